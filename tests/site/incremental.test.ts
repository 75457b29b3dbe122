// A rebuild after adding a page reuses what did not change (Astro pages copied from its cache, Pagefind
// shards copied from theirs) and gives exactly the site a build from nothing gives.
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { build as runBuild } from "./build-from.ts";

const scratch = mkdtempSync(join(tmpdir(), "lubao-incremental-"));

/** Build a content folder into out with the given caches; small shards, so the 27 seed stories make several. */
async function build(
  content: string,
  out: string,
  caches: string,
): Promise<{ log: string; pagefind: { indexed: number; reused: number; bundles: number } }> {
  const timing = join(scratch, `${out.split("/").at(-1)}-pagefind.json`);
  const env = {
    ...process.env,
    LUBAO_CONTENT_DIR: content,
    LUBAO_DATA_DIR: join(scratch, `${out.split("/").at(-1)}-data`),
    LUBAO_OUT_DIR: out,
    LUBAO_CACHE_DIR: join(caches, "parse"),
    LUBAO_ASTRO_CACHE_DIR: join(caches, "astro"),
    LUBAO_PAGEFIND_CACHE_DIR: join(caches, "pagefind"),
    LUBAO_SHARD_PAGES: "8",
    LUBAO_PAGEFIND_TIMING: timing,
  };
  const log = await runBuild(env);
  return {
    log,
    pagefind: JSON.parse(readFileSync(timing, "utf8")) as { indexed: number; reused: number; bundles: number },
  };
}

/** Every file under a folder, by relative path, as bytes. */
function files(dir: string): Map<string, Buffer> {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    names.map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name))]),
  );
}

describe("adding a page to a built archive", () => {
  let rebuilt: Awaited<ReturnType<typeof build>>;
  let fresh: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    // one content folder, as an editor has: pages name their source file, so it must not move
    const content = join(scratch, "content");
    cpSync("content", content, { recursive: true });
    const caches = join(scratch, "caches");
    await build(content, join(scratch, "first"), caches);
    // one more page: a second day of the Jiyang paper
    cpSync("content/jiyang/2024-07-a.txt", join(content, "jiyang/2024-08-a.txt"));
    writeFileSync(
      join(content, "jiyang/2024-08-a.meta.json"),
      JSON.stringify({ publication: "jiyang", date: "2024-08-01", page: 2 }),
    );
    rebuilt = await build(content, join(scratch, "rebuilt"), caches);
    fresh = await build(content, join(scratch, "fresh"), join(scratch, "fresh-caches"));
  }, 300_000);

  test("reuses the pages and index shards it can", () => {
    // article pages of the other papers are copied from the last build, not rendered
    expect((rebuilt.log.match(/\((restored|cached)\)/gu) ?? []).length).toBeGreaterThanOrEqual(20);
    expect(fresh.log).not.toMatch(/\((restored|cached)\)/u);
    expect(rebuilt.pagefind.bundles).toBeGreaterThanOrEqual(3);
    expect(rebuilt.pagefind.reused).toBeGreaterThanOrEqual(1);
    expect(rebuilt.pagefind.indexed).toBeGreaterThanOrEqual(1); // the shard the new stories fall in
    expect(fresh.pagefind.reused).toBe(0);
  });

  test("gives byte for byte the site a build from nothing gives", () => {
    const a = files(join(scratch, "rebuilt"));
    const b = files(join(scratch, "fresh"));
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    const differing = [...a].filter(([name, bytes]) => !bytes.equals(b.get(name)!)).map(([name]) => name);
    expect(differing).toEqual([]);
    // the new page's stories are there
    expect([...a.keys()].filter((f) => f.startsWith("articles/jiyang-2024-08-a-")).length).toBeGreaterThan(0);
  });
});
