import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inject } from "vitest";
import { holdLock } from "../../archive/store/lock.ts";

/** The repository: builds are run from it, as `npm run build` runs them. */
export const root = join(import.meta.dirname, "../..");
/** The build, started on this process's Node (the project's), without npm's own start-up. */
export const BUILD = join(root, "scripts/build.ts");

/**
 * Wait for the build's turn and hold it: every build of this repository shares its Astro work folder (.astro/),
 * whose lock (archive/store/lock.ts) stops a second build at once. Site test files run two at a time, so a test
 * takes that lock itself, waiting for it; the builds it starts then run under it (a lock the parent holds is the
 * child's). The release is given back; a test that already holds the turn holds it again at no cost.
 */
export async function buildTurn(): Promise<() => void> {
  const folder = join(root, ".astro");
  for (;;) {
    const lock = holdLock(folder, "test");
    if (lock.ok) return lock.release;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Run `fn` (which starts builds) in the build's turn. */
export async function inBuildTurn<T>(fn: () => T | Promise<T>): Promise<T> {
  const release = await buildTurn();
  try {
    return await fn();
  } finally {
    release();
  }
}

/** Where a scratch build writes: its site, its data and its caches, all outside the repository's own. */
export function scratchBuild(scratch = mkdtempSync(join(tmpdir(), "lubao-build-"))): {
  out: string;
  data: string;
  env: NodeJS.ProcessEnv;
} {
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

/** Run the build with these settings, in the build's turn; its output (stdout) is returned. */
export function build(env: NodeJS.ProcessEnv, args: string[] = []): Promise<string> {
  return inBuildTurn(() =>
    execFileSync(process.execPath, [BUILD, ...args], {
      cwd: root,
      env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
}

/**
 * Build the site from a folder of raw pages into scratch folders (caches too: every page is rendered),
 * leaving dist/ alone.
 */
export async function buildFrom(content: string, env: Record<string, string> = {}): Promise<string> {
  const { out, env: scratch } = scratchBuild();
  await build({ ...scratch, ...env, LUBAO_CONTENT_DIR: content });
  return out;
}

/**
 * One scratch build for the whole run, shared by the test files that read it (a build costs some ten seconds
 * whatever its size): built by the first to ask, in the build's turn, under the run's scratch folder by `name`;
 * the content is made only then. Nothing may change what it built.
 */
export async function sharedBuild(
  name: string,
  content: () => string,
  env: Record<string, string> = {},
): Promise<string> {
  const folder = join(inject("scratch"), name);
  const { out, env: scratch } = scratchBuild(folder);
  const done = join(folder, "built");
  await inBuildTurn(() => {
    if (existsSync(done)) return;
    execFileSync(process.execPath, [BUILD], {
      cwd: root,
      env: { ...scratch, ...env, LUBAO_CONTENT_DIR: content() },
      stdio: "pipe",
    });
    writeFileSync(done, "");
  });
  return out;
}

/**
 * The seed pages (content/) built from nothing, the search index cut in shards of eight stories (four bundles):
 * search-routes.test.ts searches it, safety.test.ts compares it with dist/, parts.test.ts with the parts combined.
 */
export const shardedSeed = () => sharedBuild("seed-shards-of-8", () => "content", { LUBAO_SHARD_PAGES: "8" });
