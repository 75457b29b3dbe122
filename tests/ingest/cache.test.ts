// The parse cache (cache.ts): a page read back is the page parsed afresh; its key changes only when what the parse
// reads changes (the page, its paper's profile where it meets the page, every file the parser imports).
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cachedParse, parseKey, parserSources } from "../../ingest/cache.ts";
import { parsePage } from "../../ingest/page/stages.ts";

const content = join(import.meta.dirname, "../../content");

describe("the parse cache", () => {
  test("a page read back from the cache is the page parsed afresh, and the cache does not keep its lines", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "lubao-cache-"));
    const cache = { dir: cacheDir, use: "read-write" } as const;
    const text = readFileSync(
      join(content, readdirSync(content, { recursive: true, encoding: "utf8" }).find((f) => f.endsWith(".txt"))!),
      "utf8",
    );
    const miss = cachedParse(cache, parsePage, text, null);
    const hit = cachedParse(cache, parsePage, text, null);
    expect([miss.hit, hit.hit]).toEqual([false, true]);
    expect(hit.parsed).toEqual(miss.parsed);
    const [kept] = readdirSync(cacheDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".json"));
    expect(Object.keys(JSON.parse(readFileSync(join(cacheDir, kept!), "utf8")) as object)).not.toContain("lines");
  });

  test("a page's key changes with its paper's profile only where the profile meets the page's own lines", async () => {
    const text = "某报要闻\n\n全区秋粮收购工作全面启动\n\n本报讯 全区秋粮收购工作全面启动。\n";
    const profile = (lines: string[]) => ({
      repeated: new Set(lines),
      often: new Set<string>(),
      furniture: new Set<string>(),
      headline: null,
    });
    const before = parseKey(text, "某报", profile(["今日导读"]));
    // a page elsewhere in the paper made another line repeated: this page's parse cannot change
    expect(parseKey(text, "某报", profile(["今日导读", "某版编辑"]))).toBe(before);
    // one of this page's own lines became repeated: it may read differently now
    expect(parseKey(text, "某报", profile(["今日导读", "某报要闻"]))).not.toBe(before);
  });

  test("its fingerprint covers what the parser imports, and not the command line or the writer", async () => {
    const root = join(import.meta.dirname, "../../");
    const files = parserSources().map((f) => f.slice(root.length));
    expect(files).toEqual(
      expect.arrayContaining([
        "ingest/page/stages.ts",
        "ingest/page/text/width.ts",
        "archive/array.ts",
        "ingest/page/line-model/weights.json",
      ]),
    );
    for (const outside of ["ingest/cli.ts", "ingest/write.ts", "ingest/ingest.ts", "src/lib/feed.ts"])
      expect(files).not.toContain(outside);
  });
});
