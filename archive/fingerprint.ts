import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

/** A source file and every file it imports by a relative path, directly or through others, sorted. */
export function importGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, "utf8").matchAll(
      /\bfrom\s+"(\.{1,2}\/[^"]+\.ts)"|\bimport\(\s*"(\.{1,2}\/[^"]+\.ts)"\s*\)/gu,
    ))
      visit(join(dirname(file), m[1] ?? m[2]!));
  };
  visit(entry);
  return [...seen].sort();
}

/** A fingerprint of some files' names (relative to base) and bytes: what a cache made by their code is kept under. */
export function fingerprintOf(files: readonly string[], base: string): string {
  const h = createHash("sha1");
  for (const f of files) h.update(relative(base, f)).update("\0").update(readFileSync(f));
  return h.digest("hex");
}
