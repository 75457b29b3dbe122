import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { importGraph } from "../../archive/fingerprint.ts";
import { FEATURES } from "../../ingest/page/line-model/features.ts";
import { lineViews } from "../../ingest/page/line-model/views.ts";
import { normalise } from "../../ingest/page/lines/normalise.ts";
import { oneTitle } from "../../ingest/page/patterns/one-title.ts";
import { STAGES, pageContext, parseLines, parsePage } from "../../ingest/page/stages.ts";
import { closesFirst, closesWhatPLeftOpen, leftOpen, quotesBalanced } from "../../ingest/page/text/brackets.ts";
import { bulletClass } from "../../ingest/page/text/bullets.ts";
import { layoutEvidence } from "./layout-evidence.ts";

const PAGE = join(import.meta.dirname, "../../ingest/page");

describe("the parser's shape", () => {
  test("every stage STAGES lists names files that exist", () => {
    for (const s of STAGES)
      for (const f of s.file.split(", ")) expect(existsSync(join(PAGE, f)), `${s.name}: ${f}`).toBe(true);
  });

  test("no file of the parser imports, through others, a file that imports it", () => {
    const files = importGraph(join(PAGE, "stages.ts")).filter((f) => f.startsWith(PAGE));
    const importsOf = (f: string) =>
      [...readFileSync(f, "utf8").matchAll(/\bfrom\s+"(\.{1,2}\/[^"]+\.ts)"/gu)].map((m) => join(dirname(f), m[1]!));
    const cycles = files.filter((f) => importsOf(f).some((g) => g !== f && importGraph(g).includes(f)));
    expect(cycles.map((f) => relative(PAGE, f))).toEqual([]);
  });
});

describe("brackets, one table", () => {
  test.each([
    ["本报讯（记者 王小明", true],
    ["该县被评为“全国文明", true],
    ["《习近平谈治国理政", true],
    ["本报讯（记者 王小明）近日，", false],
    ["）近日，", false],
  ])("%s leaves a pair open: %s", (t, open) => expect(leftOpen(t)).toBe(open));

  test.each([
    ["李四）近日，某区召开会议", true],
    ["城市”，群众获得感不断增强。", true],
    ["（记者 王小明）", false],
    ["近日，某区召开会议。", false],
  ])("%s closes first: %s", (t, closes) => expect(closesFirst(t)).toBe(closes));

  test.each([
    ["“新力量”实现全覆盖", true],
    ["“我们将继续努力", false],
    ["《条例》（试行）出台", true],
    ["某某（上", true],
  ])("quotations balanced in %s: %s", (t, balanced) => expect(quotesBalanced(t)).toBe(balanced));

  test("a sentence runs on where the next text closes what the first left open", () => {
    expect(closesWhatPLeftOpen("该县被评为“全国文明", "城市”，群众获得感不断增强。")).toBe(true);
    expect(closesWhatPLeftOpen("该县被评为“全国文明城市”，", "“全国文明城市”称号来之不易。")).toBe(false);
  });
});

describe("bullets, one table", () => {
  test.each([
    ["brief", "■", true],
    ["brief", "◎", false],
    ["byline", "□", true],
    ["item", "□", false],
    ["brief-only", "◆", false],
  ] as const)("%s marks include %s: %s", (role, mark, yes) =>
    expect(new RegExp(bulletClass(role), "u").test(mark)).toBe(yes),
  );
});

describe("are two headline lines one title?", () => {
  test.each([
    ["城区新增三处", "口袋公园", true, "a title the column broke"],
    ["方便电动汽车出行", "高速服务区充电桩实现全覆盖", false, "a kicker over a much wider title"],
    ["聚焦乡村振兴：", "某县人居环境整治见成效", false, "a kicker that leads in with a colon"],
    ["小巷里的大变化", "——某街道老旧小区改造纪实", false, "a subtitle"],
    ["守住老手艺 闯出新路子", "老字号焕发新活力", false, "a kicker in phrases"],
    ["圆满结束对亚非五国的国事访问", "李先念主席回到北京", false, "a kicker far wider than its title"],
  ])("%s / %s: %s (%s)", (a, b, one) => {
    expect(oneTitle(a, b, true)).toBe(one);
    expect(oneTitle(a, b, false)).toBe(one);
  });

  test("a head the column broke after its first line may leave a short second one", () =>
    expect(oneTitle("济阳公安开展夏夜治安巡查", "宣防集中统一行动", true)).toBe(true));
  test("two headings of one group apart, short in all, are one title however uneven", () =>
    expect(oneTitle("现代物流网建设", "加速推进", false)).toBe(true));

  test("lines one under the other that a word runs across are one title however uneven", () => {
    expect(oneTitle("■全省首个智慧农业示范园落", "成", true)).toBe(true);
    expect(oneTitle("热血传递爱心 全市开", "展“无偿献血月”活动", true)).toBe(true);
    // (no word across: a kicker far wider than its title stays one)
    expect(oneTitle("全省首个智慧农业示范园落成", "投用", true)).toBe(false);
  });

  test("headings of one group apart are one title only when short in all", () => {
    expect(oneTitle("全市春耕生产有序推进", "农机手下田抢抓农时", true)).toBe(true);
    expect(oneTitle("全市春耕生产有序推进", "农机手下田抢抓农时", false)).toBe(false);
  });
});

describe("a PDF page's lines enter the same stages", () => {
  const evidence = (relSize: number, bold: boolean) => layoutEvidence(relSize, bold, { span: relSize > 1 ? 3 : 1 });

  const text = "城区新增三处口袋公园\n\n本报讯 近日，城区新增三处口袋公园，方便市民休闲健身。";

  test("the line model's layout features read a line's layout evidence, and are 0 on a text page", () => {
    const lines = normalise(text);
    const withLayout = lines.map((l, i) => (l.text ? { ...l, layout: evidence(i === 0 ? 3 : 1, i === 0) } : l));
    const value = (name: string, views: ReturnType<typeof lineViews>) =>
      views.map((v) => FEATURES.find((f) => f.name === name)!.value({ v, profile: null }));
    expect(value("headlineType", lineViews(withLayout))).toEqual([1, 0]);
    expect(value("boldType", lineViews(withLayout))).toEqual([1, 0]);
    expect(value("headlineType", lineViews(lines))).toEqual([0, 0]);
  });

  // a printed page is read with weights of its own (weights-pdf.json): the same stories come out when its type
  // says what the text says (a large bold headline over body type)
  test("parseLines reads a printed page whose type agrees with its text as parsePage reads the text", () => {
    const lines = normalise(text).map((l, i) => (l.text ? { ...l, layout: evidence(i === 0 ? 3 : 1, i === 0) } : l));
    // the reasons differ only in the model's confidence (its own weights) and the page habit's evidence (a
    // printed page sets headlines above)
    const reading = (p: ReturnType<typeof parsePage>) => {
      const { lines: _, why: ___, ...rest } = p;
      return { ...rest, articles: rest.articles.map(({ why: __, ...a }) => a) };
    };
    const fromLines = reading(parseLines(lines, pageContext()));
    expect(fromLines).toEqual(reading(parsePage(text)));
    expect(fromLines.articles.map((a) => a.title)).toEqual(["城区新增三处口袋公园"]);
  });
});
