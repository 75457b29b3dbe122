// What makes a large ingest quick must not change what it writes: worker threads, records packed as
// JSON text, the parse cache, and the one-pass helpers that replaced slower ones.
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, test, vi } from "vitest";
import { ingestFolder } from "../../ingest/ingest.ts";
import { ingestFolderParallel } from "../../ingest/parallel.ts";
import { pack, writeJoinedJsonArrays } from "../../ingest/pack.ts";
import { startDataStaging, writeArchive } from "../../ingest/write.ts";
import { cachedParse, parseKey, parserSources } from "../../ingest/cache.ts";
import { parsePage } from "../../ingest/page/stages.ts";
import { hanPairCounts } from "../../ingest/page/text/han.ts";
import { firstSentence, sentences } from "../../ingest/page/text/marks.ts";
import type { Unit } from "../../ingest/page/types.ts";

const content = join(import.meta.dirname, "../../content");

/** The seed pages three times over, as three more days of each paper, plus one page claiming a slot already taken. */
function archiveFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "lubao-scale-"));
  cpSync(join(content, "publications.json"), join(dir, "publications.json"));
  const seeds = readdirSync(content, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".txt"));
  for (const day of [1, 2, 3])
    for (const f of seeds) {
      const [pub] = f.split("/");
      const meta = JSON.parse(readFileSync(join(content, f.replace(/\.txt$/u, ".meta.json")), "utf8")) as Record<
        string,
        unknown
      >;
      const name = `${pub}-day${day}`;
      cpSync(join(content, f), join(dir, `${name}.txt`));
      writeFileSync(join(dir, `${name}.meta.json`), JSON.stringify({ ...meta, date: `2020-01-0${day}`, page: 2 }));
    }
  // sorts last, so it lands in another worker's files than the page it collides with
  cpSync(join(content, seeds[0]!), join(dir, "zz-twin.txt"));
  writeFileSync(
    join(dir, "zz-twin.meta.json"),
    JSON.stringify({ publication: seeds[0]!.split("/")[0], date: "2020-01-01", page: 2 }),
  );
  return dir;
}

/** Every file an archive's writing leaves, by path under the data folder; a staging folder may hold records already. */
const written = (archive: Parameters<typeof writeArchive>[0], target = freshTarget(), staging?: string) => {
  writeArchive(archive, target, staging);
  return Object.fromEntries(
    readdirSync(target, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".json"))
      .map((f) => [f, readFileSync(join(target, f), "utf8")]),
  );
};
const freshTarget = () => join(mkdtempSync(join(tmpdir(), "lubao-out-")), "data");

describe("the ingest on worker threads", () => {
  afterEach(() => void vi.restoreAllMocks());

  test("writes byte for byte what one thread writes, slot warnings across workers included", async () => {
    const dir = archiveFolder();
    const stderr = vi.spyOn(process.stderr, "write");
    // the workers write each page's record into the staging folder as they go
    const target = freshTarget();
    const staging = startDataStaging(target);
    const threaded = await ingestFolderParallel(dir, { minFiles: 0, staging });
    expect(stderr.mock.calls.join()).not.toMatch(/worker threads unavailable/u); // the threads really ran
    expect(threaded.records).toEqual([]);
    expect(readdirSync(join(staging, "records"))).toHaveLength(16);
    const single = pack(ingestFolder(dir));
    const files = written(threaded, target, staging);
    expect(files).toEqual(written(single));
    expect(Object.keys(files).filter((f) => f.startsWith("records/"))).toHaveLength(16);
    expect(threaded.counts).toEqual({ pages: 16, articles: single.counts.articles });
    expect(threaded.reports).toEqual(single.reports);
    expect(
      threaded.reports
        .find((r) => r.file.endsWith("zz-twin.txt"))!
        .problems.map((p) => p.message)
        .join(),
    ).toMatch(/same issue and page/u);
  });
});

describe("records packed as JSON text", () => {
  test("chunks joined on write give the bytes of one JSON.stringify, empty chunks included", () => {
    const value = fc.oneof(
      fc.integer(),
      fc.string(),
      fc.constant(null),
      fc.record({ a: fc.string(), b: fc.array(fc.integer()) }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(value, { maxLength: 4 }), { maxLength: 5 }), (chunks) => {
        let out = "";
        writeJoinedJsonArrays(
          (t) => (out += t),
          chunks.map((c) => JSON.stringify(c)),
        );
        expect(out).toBe(JSON.stringify(chunks.flat()));
      }),
    );
  });

  test("a large archive is packed in chunks, none of them the whole list", () => {
    expect(pack(ingestFolder(content)).json.articles).toHaveLength(1);
    const many = { ...ingestFolder(content) };
    many.articles = Array.from({ length: 2500 }, (_, i) => ({
      ...many.articles[i % many.articles.length]!,
      id: `a${i}`,
    }));
    const packed = pack(many);
    expect(packed.json.articles).toHaveLength(3);
    expect(JSON.parse(`${written(packed)["articles.json"]}`)).toHaveLength(2500);
  });
});

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
    const profile = (lines: string[]) => ({ repeated: new Set(lines), furniture: new Set<string>(), headline: null });
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

describe("one-pass text helpers", () => {
  test("firstSentence is the first of sentences()", () => {
    const text = fc.string({ unit: fc.constantFrom(..."甲乙丙 。！？；”）\n,a") });
    fc.assert(
      fc.property(text, (t) => {
        expect(firstSentence(t)).toBe(sentences(t)[0]);
      }),
      { numRuns: 500 },
    );
  });

  test("hanPairCounts counts only the two-Han-character words asked for", () => {
    const units = ["位于济南市，济南的", "南济"].map((text): Unit => ({ kind: "box", text, lines: [1], why: "" }));
    expect(hanPairCounts(units, ["济南", "南济", "A1", "于济"])).toEqual(
      new Map([
        ["济南", 2],
        ["南济", 1],
        ["于济", 1],
      ]),
    );
  });
});
