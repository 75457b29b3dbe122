import { describe, expect, test } from "vitest";
import { linesOf } from "../../../ingest/pdf/lines.ts";
import type { TextItem } from "./make-pdf.ts";
import { pageOf } from "./pages.ts";

const linesFor = async (
  text: TextItem[],
  shapes: { x: number; y: number; w: number; h: number; fill?: boolean }[] = [],
) => {
  const page = await pageOf({ text, shapes });
  return linesOf(page.runs, page.fonts, page.rules);
};

describe("runs to lines", () => {
  test("runs on one baseline are one line; a letter-spaced headline closes up", async () => {
    const lines = await linesFor([
      { text: "奏响新思想", x: 50, y: 60, size: 24, spacing: 12, font: "hei" },
      { text: "本报讯", x: 50, y: 100, size: 10 },
      { text: "近日，全市", x: 80, y: 100, size: 10 },
    ]);
    expect(lines.map((l) => [l.text, l.letterSpaced, l.family])).toEqual([
      ["奏响新思想", true, "hei"],
      ["本报讯近日，全市", false, "song"],
    ]);
  });

  test("a wide gap inside a line is a space (a byline's names), a gutter cuts two columns apart", async () => {
    const lines = await linesFor([
      { text: "记者", x: 50, y: 100, size: 10 },
      { text: "王小明", x: 80, y: 100, size: 10 },
      { text: "右栏正文", x: 130, y: 100, size: 10 },
    ]);
    expect(lines.map((l) => l.text)).toEqual(["记者 王小明", "右栏正文"]);
  });

  test("letter-spaced phrases keep the wider gap between them as a space", async () => {
    const lines = await linesFor([
      { text: "奋进新时代", x: 50, y: 60, size: 20, spacing: 10 },
      { text: "扬帆新征程", x: 50 + 5 * 30 + 20, y: 60, size: 20, spacing: 10 },
    ]);
    expect(lines.map((l) => l.text)).toEqual(["奋进新时代 扬帆新征程"]);
  });

  test("a column rule between two glyphs cuts the line even where the gap is narrow", async () => {
    const lines = await linesFor(
      [
        { text: "左栏正文", x: 50, y: 100, size: 10 },
        { text: "右栏正文", x: 98, y: 100, size: 10 },
      ],
      [{ x: 94, y: 80, w: 0.5, h: 60, fill: true }],
    );
    expect(lines.map((l) => l.text)).toEqual(["左栏正文", "右栏正文"]);
  });

  test("a frame's side between two glyphs cuts the line: text in a box is not one line with text beside it", async () => {
    const lines = await linesFor(
      [
        { text: "左栏正文", x: 50, y: 100, size: 10 },
        { text: "框内正文", x: 100, y: 100, size: 10 },
      ],
      [{ x: 95, y: 80, w: 120, h: 60 }],
    );
    expect(lines.map((l) => l.text)).toEqual(["左栏正文", "框内正文"]);
  });

  test("sizes apart are lines apart, even on one baseline (a kicker beside a headline)", async () => {
    const lines = await linesFor([
      { text: "中国海油发布", x: 10, y: 100, size: 50, font: "hei" },
      { text: "党组召开会议", x: 320, y: 100, size: 42, font: "hei" },
    ]);
    expect(lines.map((l) => l.text)).toEqual(["中国海油发布", "党组召开会议"]);
  });

  test("vertical type is read top to bottom, and so are single characters stacked in a column", async () => {
    const lines = await linesFor([
      { text: "意气风发", x: 500, y: 100, size: 20, vertical: true, font: "hei" },
      ..."走进新时代".split("").map((ch, i) => ({ text: ch, x: 400, y: 100 + i * 24, size: 20, font: "hei" as const })),
    ]);
    expect(lines.map((l) => [l.text, l.dir]).sort()).toEqual([
      ["意气风发", "vertical"],
      ["走进新时代", "vertical"],
    ]);
  });

  test("a line keeps its glyphs' boxes and the runs it holds", async () => {
    const [line] = await linesFor([
      { text: "本报讯", x: 50, y: 100, size: 10 },
      { text: "近日", x: 80, y: 100, size: 10 },
    ]);
    expect(line!.runs).toEqual([0, 1]);
    expect(line!.glyphs.map((g) => g.ch).join("")).toBe("本报讯近日");
    expect(line!.box).toMatchObject({ x: 50, w: 50, h: 10 });
  });
});
