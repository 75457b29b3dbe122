import { describe, expect, test } from "vitest";
import { excerptAround } from "../../search/engine/excerpt.ts";
import { adjacency, holdsEvery, normaliseQuery, termsOf, wholeMatches } from "../../search/engine/terms.ts";

const marked = (text: string, terms: string[]) => wholeMatches(text, terms).map((m) => text.slice(m.start, m.end));

describe("whole terms", () => {
  test("a Han term is found where its characters stand together, never piecemeal", () => {
    expect(marked("向高而攀，创新驱动，高新区新时代", ["高新区"])).toEqual(["高新区"]);
    expect(marked("对接济南，经济发展", ["济南"])).toEqual(["济南"]);
  });
  test("digits stand whole: 2024 is not a piece of 12024 or 20245, nor 15% of 115%", () => {
    expect(marked("2024年，12024人，20245号，2024", ["2024"])).toEqual(["2024", "2024"]);
    expect(marked("增长15%，占115%，15.5%", ["15%"])).toEqual(["15%"]);
    expect(holdsEvery("共12024人", ["2024"])).toBe(false);
  });
  test("Latin stands whole, in either case", () => {
    expect(marked("Jiyang jiyangqu JIYANG", ["jiyang"])).toEqual(["Jiyang", "JIYANG"]);
  });
  test("full-width digits and letters are folded before searching", () => {
    expect(normaliseQuery(" ２０２４　ｊｉｙａｎｇ ")).toBe("2024 jiyang");
    expect(termsOf('"高新区" 济阳  济阳')).toEqual(["高新区", "济阳"]);
  });
  test("pages whose matched positions stand in a row as long as the term are checked first", () => {
    expect(adjacency([3, 9, 10, 11, 40], ["高新区"])).toBe(1);
    expect(adjacency([3, 9, 10, 40, 41], ["高新区"])).toBeCloseTo(2 / 3);
    expect(adjacency([7], ["2024"])).toBe(0);
  });
});

describe("excerpts", () => {
  test("cut around the first whole match, with its marks", () => {
    const body = `${"前文".repeat(40)}校长陈学冬介绍，学校规模不大。${"后文".repeat(40)}`;
    const e = excerptAround(body, ["陈学冬"], 10);
    expect(e.text).toMatch(/^….{10}陈学冬.{10}…$/u);
    expect(e.marks.map((m) => e.text.slice(m.start, m.end))).toEqual(["陈学冬"]);
  });
  test("never cut inside a character", () => {
    const e = excerptAround(`😀${"字".repeat(5)}关键${"字".repeat(5)}😀`, ["关键"], 6);
    expect(e.text).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u);
    expect(e.text).toBe("😀字字字字字关键字字字字字😀");
  });
});
