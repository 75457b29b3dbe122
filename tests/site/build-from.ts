import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Where a scratch build writes: its site, its data and its caches, all outside the repository's own. */
export function scratchBuild(): { out: string; data: string; env: NodeJS.ProcessEnv } {
  const scratch = mkdtempSync(join(tmpdir(), "lubao-build-"));
  const out = join(scratch, "dist");
  const data = join(scratch, "data");
  const env = {
    ...process.env,
    LUBAO_CACHE_DIR: join(scratch, "cache/parse"),
    LUBAO_ASTRO_CACHE_DIR: join(scratch, "cache/astro"),
    LUBAO_PAGEFIND_CACHE_DIR: join(scratch, "cache/pagefind"),
    LUBAO_DATA_DIR: data,
    LUBAO_OUT_DIR: out,
  };
  return { out, data, env };
}

/**
 * Build the site from a folder of raw pages into scratch folders (caches too: every page is rendered),
 * leaving dist/ alone.
 */
export function buildFrom(content: string): string {
  const { out, env } = scratchBuild();
  execFileSync("npm", ["run", "build"], { env: { ...env, LUBAO_CONTENT_DIR: content }, stdio: "pipe" });
  return out;
}
