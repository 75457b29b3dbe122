import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { closeSpacing, letterSpaced } from "../../ingest/page/lines/letter-spacing.ts";
import { normalise } from "../../ingest/page/lines/normalise.ts";
import { CONSTRAINTS } from "../../ingest/page/line-model/constraints.ts";
import { FEATURES } from "../../ingest/page/line-model/features.ts";
import { LABELS } from "../../ingest/page/line-model/labels.ts";
import { lineViews, wrapWidths } from "../../ingest/page/line-model/views.ts";
import {
  PDF_WEIGHTS_FILE,
  WEIGHTS_FILE,
  explainReading,
  readLines,
  weights,
} from "../../ingest/page/line-model/model.ts";
import { hintedProfile, profileOf } from "../../ingest/page/profile.ts";
import { fitLineModel, pdfTrainingPages, serialise, trainingPages } from "../../scripts/fit-line-model.ts";
import { HELD_OUT } from "../../eval/splits.ts";

/** A story continued from the front page, its jump alone between its head and its text. */
const JUMP_PAGE = [
  "目前，镇村巡查组开展全天候巡查，发现问题及时处",
  "置到位。",
  "",
  "白甸镇：",
  "",
  "全天候巡查 “双禁”工作",
  "",
  "（上接A1版）",
  "何建华说，江苏新出海口建设可以",
  "用“九新”来概括：对外开放合作",
  "新信号、长江经济带上新支点。",
].join("\n");
describe("extraction spacing", () => {
  test.each([
    ["近 年 来 ，清 水 县 公 安 局", "近年来，清水县公安局"],
    ["本 报 讯 10 月 14 日 ， 中 国 海 油", "本报讯10月14日，中国海油"],
    ["□ 本 报 记 者  王小明", "□本报记者 王小明"],
    ["田明 宋宗泽 姜山） 10 月 14 日，", "田明 宋宗泽 姜山）10月14日，"],
    ["中国海油“海能”人工智能模型发布 中 国 海 油 党 组 召 开", "中国海油“海能”人工智能模型发布 中国海油党组召开"],
  ])("%s reads %s", (raw, read) => expect(closeSpacing(raw)).toBe(read));

  test.each([
    "记者 王小明 通讯员 李四",
    "向高而攀走在前 向新而进挑大梁",
    "总第857期 2025年第1期",
    "助力乡村振兴 践行使命 “爱心书屋”落成",
  ])("meaningful spaces stay: %s", (t) => {
    expect(letterSpaced(t)).toBe(false);
    expect(closeSpacing(t)).toBe(t);
  });

  test("the raw line keeps the extraction's spacing and its form feed for 原文; the text reads without them", () => {
    const [l] = normalise("本 报 讯 近 日 ， 某 区\f");
    expect(l).toMatchObject({ raw: "本 报 讯 近 日 ， 某 区\f", text: "本报讯近日，某区" });
  });
});

describe("the page's geometry", () => {
  test("the column width is the commonest width of lines that run on", () => {
    const lines = normalise(
      [
        "全市春耕生产有序推进",
        "",
        "眼下正值春耕备播关键时",
        "期，全市各地抢抓农时，组",
        "织农机手下田作业，田间地",
        "头一派繁忙景象。",
      ].join("\n"),
    );
    expect(wrapWidths(lines)[2]).toBe(12);
  });

  test("one paragraph to a line: no column width", () => {
    expect(wrapWidths(normalise("第一段。\n\n第二段。\n")).every((w) => w === null)).toBe(true);
  });
});

describe("the line model", () => {
  test("every feature has a name, a reason and a weight for every label", () => {
    const w = weights();
    expect(new Set(FEATURES.map((f) => f.name)).size).toBe(FEATURES.length);
    expect(w.features).toEqual(FEATURES.map((f) => f.name));
    for (const l of LABELS) for (const f of FEATURES) expect(typeof w.emission[l]![f.name]).toBe("number");
    for (const f of FEATURES) expect(f.why.length).toBeGreaterThan(5);
  });

  test("labels a small page as an editor would, each line with the features that weighed", () => {
    const lines = normalise(
      [
        "今天 多云，北风3级",
        "",
        "城区新增三处口袋公园",
        "",
        "□本报记者 王小明",
        "",
        "本报讯 近日，城区新增三处口袋公园，方便市民休闲健身。",
        "",
        "责任编辑 张三  美术编辑 李四  校对 王五",
      ].join("\n"),
    );
    const read = readLines(lines, null);
    expect(read.map((r) => r.label)).toEqual(["furniture", "headline", "byline", "text", "furniture"]);
    expect(read[1]!.contributions.length).toBeGreaterThan(0);
  });

  test("a label an editor set stands over the model's, and --explain says so", () => {
    const lines = normalise(
      ["城区新增三处口袋公园", "", "本报讯 近日，城区新增三处口袋公园，方便市民休闲健身。"].join("\n"),
    );
    const read = readLines(lines, null, new Map([[1, "furniture"]]));
    expect(read.map((r) => [r.label, r.byEditor ?? false])).toEqual([
      ["furniture", true],
      ["text", false],
    ]);
    expect(explainReading(read[0]!)).toContain("set by an editor");
  });

  test.each(CONSTRAINTS.map((c) => [c.why, c] as const))(
    "a rule of the trade holds whatever the scores: %s",
    (_, c) => {
      const examples: Record<string, string> = {
        "a dateline opens a story's text": "本报讯 全区会议召开",
        "a line marked ■ with no sentence in it is a brief's headline": "■城区新增三处口袋公园",
        "a teaser for a story on another page, with its page (■古城相依千年水 A3), is the page's furniture":
          "■古城相依千年水 A3",
        "a line ending in a photographer's credit (… 摄) is a caption": "游客在园区采摘草莓。 本报记者 王一 摄",
        "a jump alone on its line (（上接A1版）, （下转第2版）) is the page's furniture": JUMP_PAGE,
        "a byline set into the story's first line (本报记者 韩钟昆 解决当前…) opens its text":
          "加快投资体制改革\n\n本报记者 韩钟昆 解决当前经",
        "a line the paper's editor lists as its furniture (hints.furniture) is furniture":
          "城区新增三处口袋公园\n\n读懂家乡事 就看沂河\n\n本报讯 近日，城区新增三处口袋公园。",
      };
      const text =
        examples[c.why] ??
        (c.why.startsWith("an editor's note") ? "编者按：本报推出系列报道" : "联系人：王老师\n电话：12345678");
      const profile = hintedProfile([], { furniture: ["读懂家乡事 就看沂河"] });
      const read = readLines(normalise(text), profile);
      const line = c.why.includes("hints.furniture")
        ? read[1]!
        : c.why.startsWith("a jump alone")
          ? read.find((r) => r.line.text.startsWith("（上接"))!
          : read.at(-1)!;
      expect(c.allowed).toContain(line.label);
    },
  );

  test("a jump alone between a story's head and the text it continues is the page's furniture, not a head", () => {
    const read = readLines(normalise(JUMP_PAGE), null);
    expect(read.find((r) => r.line.text.startsWith("（上接"))!.label).toBe("furniture");
  });

  test("a teaser's page marked ■ is no brief's headline", () => {
    const read = readLines(normalise("城区新增三处口袋公园\n\n■A03、06版"), null);
    expect(read.at(-1)!.label).not.toBe("headline");
  });

  test("refitting on the development corpus reproduces weights.json byte for byte", () => {
    expect(serialise(fitLineModel(trainingPages()))).toBe(readFileSync(WEIGHTS_FILE, "utf8"));
  }, 60_000);

  test("refitting on the pressed pages' PDF readings reproduces weights-pdf.json byte for byte", () => {
    expect(serialise(fitLineModel(pdfTrainingPages()))).toBe(readFileSync(PDF_WEIGHTS_FILE, "utf8"));
  }, 60_000);

  test("the held-out papers are never fitted on", () => {
    const papers = new Set(trainingPages().map((p) => p.paper));
    for (const held of HELD_OUT) expect(papers.has(held)).toBe(false);
  });
});

describe("paper profiles", () => {
  test("a short line printed on every page of a paper is its furniture", () => {
    const pages = [
      "沂河日报\n\n城区新增三处口袋公园\n\n本报讯 近日，城区新增口袋公园。",
      "沂河日报\n\n全市春耕生产有序推进\n\n本报讯 近日，全市春耕生产有序推进。",
    ].map(normalise);
    const profile = profileOf(pages);
    expect([...profile.repeated]).toEqual(["沂河日报"]);
    expect(profileOf([pages[0]!]).repeated.size).toBe(0);
    const view = lineViews(pages[0]!)[0]!;
    expect(FEATURES.find((f) => f.name === "repeatedOnPages")!.value({ v: view, profile })).toBe(1);
  });

  test("an editor's hints: lines always furniture, and the headline habit", () => {
    const profile = profileOf([normalise("读书看报 天天向上\n\n正文。")], {
      furniture: ["读书看报 天天向上"],
      headline: "below",
    });
    expect(profile.repeated.has("读书看报 天天向上")).toBe(true);
    expect(profile.headline).toBe("below");
  });
});
