// The page parser's one-pass text helpers (page/text/) give what the slower helpers they replaced gave.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { hanPairCounts, sharedPairs } from "../../ingest/page/text/han.ts";
import { firstSentence, sentences } from "../../ingest/page/text/marks.ts";
import { wordAcross } from "../../ingest/page/text/words.ts";
import type { Unit } from "../../ingest/page/types.ts";

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

  test("sharedPairs: the two-character words two texts share, against their own", () => {
    // 老街 夜市 shared of 老街 街夜 夜市 (3) and 老街 街的 的夜 夜市 (4): 2 / √12
    expect(sharedPairs("老街夜市", "老街的夜市")).toBeCloseTo(2 / Math.sqrt(12));
    expect(sharedPairs("金秋时节候鸟翱翔", "夜市摊位统一配备电源")).toBe(0);
    expect(sharedPairs("ABC", "老街")).toBe(0);
    const han = fc.string({ unit: fc.constantFrom(..."甲乙丙丁，A") });
    fc.assert(
      fc.property(han, han, (a, b) => {
        const s = sharedPairs(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        expect(s).toBeCloseTo(sharedPairs(b, a));
      }),
    );
  });
});

describe("a break inside a word (text/words.ts)", () => {
  test.each([
    ["完善产权制度，必", "须靠深化要素市场化改革", true],
    ["国家发改委宏观经济研究", "院研究员）", true],
    ["明年还将在城", "区再建两座", true],
    // a break between words, a finished sentence, a mark on either side
    ["来自潍城区城关街道", "曹家巷社区的居民", false],
    ["推动形成全面开放新格局。", "共享成为根本目的的发展", false],
    ["完善产权制度，", "必须靠深化", false],
  ])("%s / %s: %s", (a, b, cut) => expect(wordAcross(a, b)).toBe(cut));
});
