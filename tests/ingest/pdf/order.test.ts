import { describe, expect, test } from "vitest";
import { readingOrder } from "../../../ingest/pdf/reading-order.ts";
import type { Block, PdfLine, Rule } from "../../../ingest/pdf/types.ts";
import type { TextItem } from "./make-pdf.ts";
import { column, pageOf, stateOf } from "./pages.ts";

/** The page's lines in reading order, as text. */
const readingOf = async (
  text: TextItem[],
  shapes: { x: number; y: number; w: number; h: number; fill?: boolean }[] = [],
) => stateOf(await pageOf({ text, shapes })).layoutLines.map((l) => l.text);

/** A story: a headline over `cols` columns of body text starting at x, y; columns 150 wide, 20 apart. */
function story(head: string, body: string, x: number, y: number, cols: number, headSize = 24): TextItem[] {
  const per = Math.ceil([...body].length / cols);
  return [
    { text: head, x, y: y + headSize, size: headSize, font: "hei" },
    ...Array.from({ length: cols }, (_, c) =>
      column([...body].slice(c * per, (c + 1) * per).join(""), x + c * 170, y + headSize + 30, 10, 15),
    ).flat(),
  ];
}

const BODY_A = "甲".repeat(15 * 8);
const BODY_B = "乙".repeat(15 * 6);
const BODY_C = "丙".repeat(15 * 6);

/** A block of body text (or a headline, larger) at x, y, w wide and h tall. */
const block = (id: number, x: number, y: number, w: number, h: number, size = 10): Block => ({
  id,
  lines: Array.from({ length: Math.max(1, Math.round(h / 14)) }, () => ({}) as PdfLine),
  box: { x, y, w, h },
  size,
  family: size > 10 ? "hei" : "song",
  bold: size > 10,
  dir: "horizontal",
});

describe("blocks in reading order", () => {
  test("a headline over two columns, then the first column, then the second; the story beside it after", async () => {
    const lines = await readingOf([
      ...story("甲标题跨两栏", BODY_A, 20, 20, 2),
      ...story("乙标题", BODY_B, 360, 20, 1, 18),
    ]);
    expect(lines[0]).toBe("甲标题跨两栏");
    expect(lines.slice(1, 9).every((l) => l.startsWith("甲"))).toBe(true);
    expect(lines[9]).toBe("乙标题");
    expect(lines.slice(10).every((l) => l.startsWith("乙"))).toBe(true);
  });

  test("two stories stacked in the same columns are read one after the other", async () => {
    const lines = await readingOf([...story("甲标题", BODY_A, 20, 20, 2), ...story("丙标题", BODY_C, 20, 300, 2)]);
    const first = (s: string) => lines.findIndex((l) => l.startsWith(s));
    const last = (s: string) => lines.findLastIndex((l) => l.startsWith(s));
    expect(lines[0]).toBe("甲标题");
    expect(last("甲")).toBeLessThan(first("丙标题"));
    expect(lines.slice(first("丙标题") + 1).every((l) => l.startsWith("丙"))).toBe(true);
  });

  test("two headlines side by side that end at one height stay over their own stories", async () => {
    const lines = await readingOf([...story("甲标题", BODY_A, 20, 20, 2), ...story("乙标题", BODY_B, 360, 20, 1)]);
    expect(lines.indexOf("乙标题")).toBeGreaterThan(lines.findLastIndex((l) => l.startsWith("甲")));
  });

  test("a picture between a headline and its columns does not pull the story beside it in between", async () => {
    const withPicture = [
      { text: "甲标题跨两栏", x: 20, y: 44, size: 24, font: "hei" as const },
      ...column("甲".repeat(60), 20, 250, 10, 15),
      ...column("甲".repeat(60), 190, 250, 10, 15),
      ...story("乙标题", BODY_B, 360, 20, 1),
    ];
    // a gap across the whole page under the headlines: the picture frame is what holds the left story together
    const lines = await readingOf(withPicture, [{ x: 20, y: 60, w: 320, h: 180 }]);
    expect(lines.indexOf("乙标题")).toBeGreaterThan(lines.findLastIndex((l) => l.startsWith("甲")));
  });

  test("an author's name under a headline is read with it, whatever stands beside it or how far the headline's size sets it", async () => {
    const lines = await readingOf([
      { text: "甲标题跨三栏宽宽的", x: 20, y: 60, size: 40, font: "hei" },
      // the name stands 0.7 of the headline's size under it, centred over the second column
      { text: "王小明", x: 205, y: 98, size: 10 },
      ...column("甲".repeat(90), 20, 130, 10, 15),
      ...column("甲".repeat(90), 190, 130, 10, 15),
      ...column("甲".repeat(90), 360, 130, 10, 15),
      // another story's column beside the headline, running past the name's height
      ...column("乙".repeat(150), 560, 20, 10, 5),
    ]);
    expect(lines.slice(0, 2)).toEqual(["甲标题跨三栏宽宽的", "王小明"]);
  });

  test("a graphic that juts over the gutter between two stories does not join them", () => {
    const blocks = [
      block(0, 20, 20, 320, 24, 24),
      block(1, 20, 60, 150, 360),
      block(2, 190, 60, 150, 300),
      // the story beside it runs from the top of the page
      block(3, 360, 10, 150, 350),
    ];
    // a label set at the foot of the left story's second column, over the gutter
    const graphic = { x: 300, y: 380, w: 120, h: 30 };
    expect(readingOrder(blocks, 10, [graphic]).map((b) => b.id)).toEqual([0, 1, 2, 3]);
  });

  test("a picture's title and credit under it are read together, not each with the column over it", () => {
    const blocks = [
      block(1, 20, 60, 150, 400),
      block(2, 190, 60, 150, 200),
      block(3, 360, 60, 150, 200),
      // under the picture set across the second and third columns: its title at the left, its credit at the right
      block(4, 200, 412, 40, 10),
      block(5, 420, 412, 80, 10),
    ];
    const picture = { x: 190, y: 270, w: 320, h: 138 };
    expect(readingOrder(blocks, 10, [picture]).map((b) => b.id)).toEqual([1, 2, 3, 4, 5]);
  });

  test("a frame's top side parts the story above from the boxed story under it, whose gutters line up with it", () => {
    const blocks = [
      block(0, 20, 20, 490, 24, 24),
      block(1, 20, 60, 150, 200),
      block(2, 190, 60, 150, 200),
      block(3, 360, 60, 150, 200),
      // the boxed story: its headline over two columns, its third column running up beside the headline
      block(4, 20, 320, 320, 24, 24),
      block(5, 20, 360, 150, 100),
      block(6, 190, 360, 150, 100),
      block(7, 360, 300, 150, 160),
    ];
    const frame: Rule = { box: { x: 15, y: 290, w: 500, h: 180 }, kind: "rectangle" };
    expect(readingOrder(blocks, 10, [], undefined, [frame]).map((b) => b.id)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  test("the page's header is read first, even where a column under it starts higher than the lead headline", () => {
    const blocks = [
      block(0, 420, 10, 80, 30, 30),
      block(1, 360, 25, 50, 12, 12),
      block(2, 20, 90, 300, 40, 40),
      block(3, 20, 150, 140, 300),
      block(4, 180, 150, 140, 300),
      // the story beside the lead runs from just under the header
      block(5, 360, 60, 150, 390),
    ];
    expect(readingOrder(blocks, 10).map((b) => b.id)).toEqual([1, 0, 2, 3, 4, 5]);
  });

  test("two authors' names side by side under a headline are both read with it", () => {
    const blocks = [
      block(0, 20, 20, 320, 24, 24),
      // each name stands over one of the story's columns
      block(1, 120, 56, 30, 10),
      block(2, 200, 56, 30, 10),
      block(3, 20, 80, 150, 200),
      block(4, 190, 80, 150, 200),
    ];
    expect(readingOrder(blocks, 10).map((b) => b.id)).toEqual([0, 1, 2, 3, 4]);
  });

  test("a vertical headline set right of its story is read first", async () => {
    const lines = await readingOf([
      { text: "意气风发走进新时代", x: 300, y: 40, size: 20, vertical: true, font: "hei" },
      ...column("丁".repeat(60), 20, 50, 10, 24),
    ]);
    expect(lines[0]).toBe("意气风发走进新时代");
  });
});
