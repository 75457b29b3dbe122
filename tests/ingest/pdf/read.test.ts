import { describe, expect, test } from "vitest";
import { readPdf } from "../../../ingest/pdf/read.ts";
import { makePdf } from "./make-pdf.ts";

const read = async (bytes: Uint8Array) => {
  const r = await readPdf(bytes);
  if (!r.ok) throw new Error(r.message);
  return r.pages;
};

describe("reading a PDF to glyph runs", () => {
  test("pages come in the file's order, each with its size", async () => {
    const pages = await read(
      makePdf([
        { text: [{ text: "第一版", x: 50, y: 50, size: 12 }] },
        { width: 800, height: 1100, text: [{ text: "第二版", x: 50, y: 50, size: 12 }] },
      ]),
    );
    expect(pages.map((p) => [p.index, p.width, p.height, p.runs.map((r) => r.text).join("")])).toEqual([
      [1, 600, 800, "第一版"],
      [2, 800, 1100, "第二版"],
    ]);
  });

  test("a run's glyphs stand where the page prints them: origin top-left, one em box each", async () => {
    const [page] = await read(makePdf([{ text: [{ text: "记者王", x: 50, y: 100, size: 10 }] }]));
    const run = page!.runs[0]!;
    expect(run.size).toBeCloseTo(10);
    expect(run.glyphs.map((g) => [g.ch, g.box.x, +g.box.y.toFixed(2), g.box.w, g.box.h])).toEqual([
      ["记", 50, 91.2, 10, 10],
      ["者", 60, 91.2, 10, 10],
      ["王", 70, 91.2, 10, 10],
    ]);
    expect(run.box).toEqual({ x: 50, y: expect.closeTo(91.2) as number, w: 30, h: 10 });
  });

  test("character spacing moves each glyph on; vertical type goes down the page", async () => {
    const [page] = await read(
      makePdf([
        {
          text: [
            { text: "奏响新", x: 50, y: 60, size: 24, spacing: 12 },
            { text: "意气风发", x: 500, y: 100, size: 20, vertical: true },
          ],
        },
      ]),
    );
    const [spaced, vertical] = page!.runs;
    expect(spaced!.glyphs.map((g) => g.box.x)).toEqual([50, 86, 122]);
    expect(vertical!.dir).toBe("vertical");
    expect(vertical!.glyphs.map((g) => [g.ch, g.box.y])).toEqual([
      ["意", 100],
      ["气", 120],
      ["风", 140],
      ["发", 160],
    ]);
  });

  test("fonts: family from the name, vertical fonts marked; stroked type marked", async () => {
    const [page] = await read(
      makePdf([
        {
          text: [
            { text: "标题", x: 50, y: 60, size: 24, font: "hei", stroke: true },
            { text: "正文", x: 50, y: 100, size: 10 },
            { text: "竖排", x: 500, y: 100, size: 20, font: "hei", vertical: true },
          ],
        },
      ]),
    );
    const font = (id: string) => page!.fonts.find((f) => f.id === id)!;
    expect(
      page!.runs.map((r) => [r.text, font(r.font).name, font(r.font).family, font(r.font).vertical, r.stroked]),
    ).toEqual([
      ["标题", "SimHei", "hei", false, true],
      ["正文", "STSong-Light", "song", false, false],
      ["竖排", "SimHei", "hei", true, false],
    ]);
  });

  test("rules and frames the page draws; specks and the page-sized background are not rules", async () => {
    const [page] = await read(
      makePdf([
        {
          shapes: [
            { x: 0, y: 0, w: 600, h: 800, fill: true },
            { x: 40, y: 200, w: 300, h: 1, fill: true },
            { x: 320, y: 210, w: 0.8, h: 200, fill: true },
            { x: 40, y: 420, w: 200, h: 100 },
            { x: 10, y: 10, w: 2, h: 2, fill: true },
          ],
        },
      ]),
    );
    expect(page!.rules.map((r) => [r.kind, Math.round(r.box.x), Math.round(r.box.y)])).toEqual([
      ["horizontal", 40, 200],
      ["vertical", 320, 210],
      ["rectangle", 40, 420],
    ]);
  });

  test("a file that is no PDF is a message, not a crash", async () => {
    const r = await readPdf(new TextEncoder().encode("本报讯 not a pdf"));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/not a readable PDF/);
  });
});
