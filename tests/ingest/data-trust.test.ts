// Issue 15: data a researcher can trust.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { explainPage } from "../../ingest/explain.ts";
import { ingestFolder } from "../../ingest/ingest.ts";
import { estimateDate, fileNameDate } from "../../ingest/issue-date.ts";
import { formatPaperDate, isoPaperDate, knownIsoDate, newestFirst } from "../../archive/dates.ts";
import { pinyinOf } from "../../archive/places/gazetteer.ts";
import { articleSchema, type PaperDate } from "../../archive/schema/index.ts";
import { folder } from "./folder.ts";

const content = join(import.meta.dirname, "../../content");
const seeds = readdirSync(content, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".txt"));

describe("--explain explains the parse the build publishes", () => {
  const built = ingestFolder(content);
  test.each(seeds)("%s: the same stories, the same titles", (f) => {
    const explained = explainPage(join(content, f));
    expect(explained.ok).toBe(true);
    expect(explained.titles).toEqual(built.articles.filter((a) => a.source.endsWith(f)).map((a) => a.title));
  });
});

describe("a date that is not known is not printed", () => {
  const undated = "全区召开秋粮收购工作会议\n\n本报讯 近日，全区召开秋粮收购工作会议，部署相关工作。\n";
  test("two undated pages of one paper are two issues, each keyed by its page, with no date", () => {
    const a = ingestFolder(
      folder({ "test-paper/a.txt": undated, "test-paper/b.txt": undated.replace("秋粮", "夏粮") }),
    );
    expect(a.issues.map((i) => i.id).sort()).toEqual([
      "test-paper-undated-test-paper-a",
      "test-paper-undated-test-paper-b",
    ]);
    for (const i of a.issues) {
      expect(i.date.precision).toBe("unknown");
      expect(formatPaperDate(i.date)).toBe("日期不详");
      expect(isoPaperDate(i.date)).toBeNull();
      expect(knownIsoDate(i.date)).toBeNull();
    }
  });
  test("an estimate is shown as one, and never given as datePublished", () => {
    const d = estimateDate(["2024年7月16日，全区召开会议。"])!;
    expect(formatPaperDate(d)).toBe("2024年7月16日以后（推断）");
    expect(isoPaperDate(d)).toBe("2024-07-16/..");
    expect(knownIsoDate(d)).toBeNull();
  });
});

describe("estimating an issue's date", () => {
  test("the dates the stories name are a lower bound: not before the latest of them", () => {
    expect(estimateDate(["2023年12月29日，市政协召开会议。2023年11月3日，项目开工。"])).toMatchObject({
      precision: "not-before",
      year: 2023,
      month: 12,
      day: 29,
      inferred: true,
    });
  });
  test("a year in the kicker outweighs an earlier date in the stories (a 2024 special reporting on December 2023)", () => {
    expect(estimateDate(["2023年12月29日，市政协召开会议。"], ["2024某市两会特别策划"])).toMatchObject({
      precision: "year",
      year: 2024,
      inferred: true,
    });
  });
  test("a date in the file's name is the editor's, and is read", () => {
    expect(fileNameDate("content/jinan-lianghui/2024-01-a.txt")).toMatchObject({
      precision: "month",
      year: 2024,
      month: 1,
      inferred: false,
    });
    expect(fileNameDate("2025-01-03-p01.txt")).toMatchObject({ precision: "day", day: 3 });
    expect(fileNameDate("page-2024.txt")).toBeNull();
    expect(fileNameDate("2024-13-a.txt")).toBeNull();
  });
  test("the 2024 两会 special is filed in January 2024, not December 2023", () => {
    const a = ingestFolder(content);
    expect(a.issues.find((i) => i.publication === "jinan-lianghui")).toMatchObject({
      id: "jinan-lianghui-2024-01",
      date: { year: 2024, month: 1 },
    });
  });
});

describe("places", () => {
  test("高新区 keeps its 新 in pinyin: one function for slugs and the export", () => {
    expect(pinyinOf("济南高新区")).toBe("jinangaoxin");
    expect(pinyinOf("济宁高新区")).toBe("jininggaoxin");
    expect(pinyinOf("单县")).toBe("shanxian");
  });
  test("the places a story is about and those it names in passing are kept apart", () => {
    const a = ingestFolder(content).articles.find((x) => x.title.startsWith("济阳区：向"))!;
    expect(articleSchema.shape.subjects.element.shape).not.toHaveProperty("role");
    expect(a.subjects.map((d) => d.name)).toContain("济阳区");
    expect(a.mentions.every((m) => !a.subjects.some((d) => d.code === m.code))).toBe(true);
  });
});

test("one newest-first order: by day within a month, undated last", () => {
  const d = (date: PaperDate, id: string) => ({ date, id });
  const list = [
    d({ precision: "unknown", evidence: "" }, "u"),
    d({ precision: "month", year: 2024, month: 7, inferred: true, evidence: "" }, "m"),
    d({ precision: "day", year: 2024, month: 7, day: 3, inferred: false, evidence: "" }, "d3"),
    d({ precision: "day", year: 2024, month: 7, day: 16, inferred: false, evidence: "" }, "d16"),
    d({ precision: "not-before", year: 2024, month: 8, day: null, inferred: true, evidence: "" }, "nb"),
  ];
  expect(list.sort(newestFirst).map((x) => x.id)).toEqual(["nb", "d16", "d3", "m", "u"]);
});
