// The page parser's one-pass text helpers (page/text/) give what the slower helpers they replaced gave.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { hanPairCounts } from "../../ingest/page/text/han.ts";
import { firstSentence, sentences } from "../../ingest/page/text/marks.ts";
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
});
