import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** All raw pages below a folder, sorted so every build reads them in the same order. */
export function rawFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".txt")) out.push(p);
    }
  };
  walk(dir);
  return out;
}
