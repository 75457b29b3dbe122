// Issue 13, part 4: an archive built in parts, apart (each its own folder of pages: its records and search
// shards), then combined into one site, is the site one build of all the pages gives, its shards taken as the
// parts made them. The seed papers are split into two parts, in shards of eight stories as the run's sharded build
// of all the seed pages (build-from.ts shardedSeed) is cut: that build is the one the combined site is held to.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { build as runBuild, shardedSeed } from "./build-from.ts";

const scratch = mkdtempSync(join(tmpdir(), "lubao-parts-"));
const PARTS = { a: ["jiyang", "jining-gaoxin"], b: ["jinan-districts", "jinan-lianghui", "qilu-evening"] };
/** Shards of eight stories, as shardedSeed's: the seed's largest paper-year (nine stories) is cut in two. */
const SHARDS = { LUBAO_SHARD_PAGES: "8" };

/** Every file of a built site by path, with the names of source files (the 原文 view's, the export's) left out. */
function site(dir: string): Map<string, string> {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    names.map((e) => {
      const path = join(e.parentPath, e.name);
      return [
        path.slice(dir.length + 1),
        readFileSync(path, "utf8").replace(/"source":\s*"[^"]*"|文件：<code>[^<]*<\/code>/gu, ""),
      ];
    }),
  );
}

const build = (args: string[], env: Record<string, string>) => runBuild({ ...process.env, ...env }, args);

describe("an archive built in two parts and combined", () => {
  let combinedLog: string;
  let whole: string;
  beforeAll(async () => {
    for (const [part, papers] of Object.entries(PARTS)) {
      const content = join(scratch, part);
      mkdirSync(content);
      // the archive's papers and moved addresses go with every part
      for (const file of ["publications.json", "moved.json"]) cpSync(join("content", file), join(content, file));
      for (const p of papers) cpSync(join("content", p), join(content, p), { recursive: true });
      execFileSync(process.execPath, ["scripts/parts/build-part.ts", content, join(scratch, `out-${part}`)], {
        env: { ...process.env, ...SHARDS, LUBAO_CACHE_DIR: join(scratch, `parse-${part}`) },
        stdio: "pipe",
      });
    }
    const caches = (name: string) => ({
      LUBAO_DATA_DIR: join(scratch, `${name}-data`),
      LUBAO_OUT_DIR: join(scratch, name),
      LUBAO_ASTRO_CACHE_DIR: join(scratch, `${name}-astro`),
      LUBAO_PAGEFIND_CACHE_DIR: join(scratch, `${name}-pagefind`),
      LUBAO_PAGEFIND_TIMING: join(scratch, `${name}-timing.json`),
      LUBAO_CACHE_DIR: join(scratch, `${name}-parse`),
    });
    combinedLog = await build(["--parts", join(scratch, "out-a"), join(scratch, "out-b")], {
      ...caches("combined"),
      ...SHARDS,
    });
    // one build of all the pages from nothing, sharded as the parts are (the run's, shared with other files)
    whole = await shardedSeed();
  });

  test("the combined site takes every search shard from the parts and indexes none", () => {
    expect(combinedLog).toMatch(/2 parts combined: 5 pages, 27 articles/u);
    const timing = JSON.parse(readFileSync(join(scratch, "combined-timing.json"), "utf8")) as Record<string, number>;
    expect(timing).toMatchObject({ articles: 27, indexed: 0, reused: timing["bundles"] });
  });

  test("and is the site one build of all the pages gives, file for file", () => {
    const [combined, one] = [site(join(scratch, "combined")), site(whole)];
    expect([...combined.keys()].sort()).toEqual([...one.keys()].sort());
    for (const [path, text] of one) expect({ path, text: combined.get(path) }).toEqual({ path, text });
  });

  test("a part that does not agree on the papers is refused, and nothing is written", async () => {
    const other = join(scratch, "out-c");
    cpSync(join(scratch, "out-b"), other, { recursive: true });
    cpSync("tests/site/parts.test.ts", join(other, "data", "publications.json"));
    await expect(
      build(["--parts", join(scratch, "out-a"), other], {
        LUBAO_OUT_DIR: join(scratch, "refused"),
        LUBAO_DATA_DIR: join(scratch, "refused-data"),
      }),
    ).rejects.toThrow(/publications\.json differs/u);
    expect(() => readdirSync(join(scratch, "refused"))).toThrow();
  });
});
