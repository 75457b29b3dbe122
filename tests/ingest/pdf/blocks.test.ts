import { describe, expect, test } from "vitest";
import { blocksOf } from "../../../ingest/pdf/blocks.ts";
import type { FontFamily, PdfLine } from "../../../ingest/pdf/types.ts";

/** A horizontal line of `text` at x, y, `w` wide, in the given size and face. */
const line = (text: string, x: number, y: number, w: number, size = 8.3, family: FontFamily = "song"): PdfLine => ({
  text,
  box: { x, y, w, h: size },
  dir: "horizontal",
  size,
  font: family,
  family,
  bold: family === "hei",
  runs: [],
  glyphs: [],
  letterSpaced: false,
  light: false,
});

const texts = (lines: PdfLine[]) => blocksOf(lines).map((b) => b.lines.map((l) => l.text));

describe("lines to blocks", () => {
  test("a paragraph's run-in lead in another face, in the column's measure, is one block with its text", () => {
    expect(
      texts([
        line("这是新时代经济社会协调发展的", 27, 506, 130, 8.3, "kai"),
        line("必然要求。健康的、受过良好教育的劳", 9, 518, 148),
        line("动者是经济发展最重要的人力资源。", 9, 530, 148),
      ]),
    ).toEqual([
      ["这是新时代经济社会协调发展的", "必然要求。健康的、受过良好教育的劳", "动者是经济发展最重要的人力资源。"],
    ]);
  });

  test("a line of digits set in another font inside a column stays in its paragraph's block", () => {
    expect(
      texts([
        line("年开始实施的商事制度改革给投资", 324, 339, 139),
        line("2907.23万户，注册资本总额274.31", 324, 351, 139, 8.3, "latin"),
        line("万亿元，相当于国内生产总值的3.4", 324, 363, 139),
      ]),
    ).toHaveLength(1);
  });

  test("a short heading in another face over a column is a block of its own", () => {
    expect(
      texts([
        line("■项目建设助就业", 40, 100, 60, 8.3, "hei"),
        line("日前，牡丹区吴店镇泽铭医疗器械产业园", 20, 112, 140),
      ]),
    ).toEqual([["■项目建设助就业"], ["日前，牡丹区吴店镇泽铭医疗器械产业园"]]);
  });
});
