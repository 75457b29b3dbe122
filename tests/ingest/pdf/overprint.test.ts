import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { dropOverprints } from "../../../ingest/pdf/overprint.ts";
import type { GlyphRun } from "../../../ingest/pdf/types.ts";
import { pageOf } from "./pages.ts";

/** A run of one character a cell from x, on one baseline. */
function runOf(id: number, text: string, x: number, y: number, size = 10): GlyphRun {
  const glyphs = [...text].map((ch, i) => ({ ch, box: { x: x + i * size, y, w: size, h: size } }));
  return {
    id,
    text,
    glyphs,
    box: { x, y, w: glyphs.length * size, h: size },
    font: "f",
    size,
    dir: "horizontal",
    stroked: false,
    light: false,
  };
}

describe("glyphs printed twice on one spot", () => {
  test("a title drawn twice a hair apart (fake bold) is kept once, and the copy recorded with the run it repeats", async () => {
    const page = await pageOf({
      text: [
        { text: "加粗标题", x: 50, y: 300, size: 20, stroke: true },
        { text: "加粗标题", x: 50.4, y: 300.2, size: 20 },
        { text: "正文", x: 50, y: 340, size: 10 },
      ],
    });
    const { runs, overprints } = dropOverprints(page.runs);
    expect(runs.map((r) => r.text)).toEqual(["加粗标题", "正文"]);
    expect(overprints).toEqual([{ text: "加粗标题", run: 1, of: 0, box: expect.anything() }]);
  });

  test("the same character side by side (啸啸) is text, not an overprint", () => {
    const { runs, overprints } = dropOverprints([runOf(0, "姜啸啸", 0, 0)]);
    expect(runs[0]!.text).toBe("姜啸啸");
    expect(overprints).toEqual([]);
  });

  test("only the glyphs that repeat are dropped: a run partly over another keeps the rest", () => {
    const { runs, overprints } = dropOverprints([runOf(0, "新时代", 0, 0), runOf(1, "代表", 20, 0)]);
    expect(runs.map((r) => r.text)).toEqual(["新时代", "表"]);
    expect(overprints.map((o) => [o.text, o.run, o.of])).toEqual([["代", 1, 0]]);
  });

  test("nothing is lost: every glyph is kept or recorded as an overprint", () => {
    const run = fc.record({
      text: fc.string({ unit: fc.constantFrom(..."新时代发展方位奋进目标"), minLength: 1, maxLength: 8 }),
      x: fc.integer({ min: 0, max: 60 }),
      y: fc.constantFrom(0, 0.5, 30),
    });
    fc.assert(
      fc.property(fc.array(run, { maxLength: 6 }), (specs) => {
        const runs = specs.map((s, i) => runOf(i, s.text, s.x, s.y));
        const out = dropOverprints(runs);
        const count = (xs: { text: string }[]) => xs.reduce((n, x) => n + [...x.text].length, 0);
        expect(count(out.runs) + count(out.overprints)).toBe(count(runs));
      }),
    );
  });
});
