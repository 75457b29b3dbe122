/**
 * How one PDF page is read, stage by stage. Each stage is a pure function in a file of its own, with its
 * tests; this list is the whole of the PDF layer, from what the page draws to its lines in reading order
 * with their layout evidence. (Reading the file itself, the one step that is not pure, is read.ts.)
 */
import { blocksOf } from "./blocks.ts";
import { bodySizeOf, columnsOf } from "./columns.ts";
import { layoutLinesOf, originalText } from "./evidence.ts";
import { folioOf } from "./folio.ts";
import { linesOf } from "./lines.ts";
import { dropOverprints } from "./overprint.ts";
import { readingOrder } from "./reading-order.ts";
import { trustOf } from "./trust.ts";
import type {
  Block,
  Box,
  Column,
  GlyphRun,
  LayoutLine,
  Overprint,
  PageLayout,
  PdfLine,
  PdfPage,
  Refusal,
} from "./types.ts";

/** What a PDF page's reading holds as it goes through the stages. */
export interface PdfPageState {
  file: string;
  page: PdfPage;
  runs: GlyphRun[];
  overprints: Overprint[];
  lines: PdfLine[];
  refusal: Refusal | null;
  bodySize: number;
  blocks: Block[];
  columns: Column[];
  ordered: Block[];
  layoutLines: LayoutLine[];
}

/** One stage: its name, its file, what it does, and the function. */
export interface PdfStage {
  name: string;
  file: string;
  does: string;
  run: (s: PdfPageState) => PdfPageState;
}

/** Pictures with no text over them: obstacles to reading-order cuts (a background image is none). */
function obstaclesOf(s: PdfPageState): Box[] {
  const inside = (b: Box, p: Box) => {
    const cx = b.x + b.w / 2;
    const cy = b.y + b.h / 2;
    return cx > p.x && cx < p.x + p.w && cy > p.y && cy < p.y + p.h;
  };
  return s.page.pictures
    .map((p) => p.box)
    .filter((p) => !s.blocks.some((b) => inside(b.box, p)))
    .map((p) => {
      // a picture placed partly off the page is clipped to it
      const x = Math.max(0, p.x);
      const y = Math.max(0, p.y);
      return { x, y, w: Math.min(s.page.width, p.x + p.w) - x, h: Math.min(s.page.height, p.y + p.h) - y };
    });
}

export const PDF_STAGES: readonly PdfStage[] = [
  {
    name: "overprints",
    file: "overprint.ts",
    does: "glyphs printed twice on one spot (fake bold, a title drawn twice) dropped once and recorded",
    run: (s) => ({ ...s, ...dropOverprints(s.runs) }),
  },
  {
    name: "lines",
    file: "lines.ts",
    does: "runs on one baseline joined into lines, cut at gutters and rules; letter-spacing closed; vertical type read top to bottom",
    run: (s) => ({
      ...s,
      lines: linesOf(s.runs, s.page.fonts, s.page.rules, new Set(s.overprints.flatMap((o) => [o.of, o.run]))),
    }),
  },
  {
    name: "trust",
    file: "trust.ts",
    does: "a page with no text layer, or whose text is not plausible Chinese (fonts without a Unicode map), is refused",
    run: (s) => ({ ...s, refusal: trustOf(s.lines.map((l) => l.text).join("\n"), s.file, s.page.index) }),
  },
  {
    name: "blocks",
    file: "blocks.ts",
    does: "lines to blocks by line spacing, overlap, size, family and weight, and rules",
    run: (s) => ({ ...s, blocks: blocksOf(s.lines, s.page.rules) }),
  },
  {
    name: "columns",
    file: "columns.ts",
    does: "the page's body size (most characters) and its column grid (left edges many body lines share)",
    run: (s) => {
      const bodySize = bodySizeOf(s.lines);
      return { ...s, bodySize, columns: columnsOf(s.blocks, bodySize) };
    },
  },
  {
    name: "reading order",
    file: "reading-order.ts",
    does: "blocks ordered by recursive XY cuts: gutters that run a region's height first, then gaps across it",
    run: (s) => ({ ...s, ordered: readingOrder(s.blocks, s.bodySize, obstaclesOf(s), undefined, s.page.rules) }),
  },
  {
    name: "evidence",
    file: "evidence.ts",
    does: "the page's lines numbered in reading order, each with its layout evidence for the line model",
    run: (s) => ({
      ...s,
      layoutLines: layoutLinesOf(
        s.ordered,
        s.columns,
        {
          width: s.page.width,
          height: s.page.height,
          rules: s.page.rules,
          pictures: s.page.pictures.map((p) => p.box),
        },
        s.bodySize,
      ),
    }),
  },
];

/** The stages that run after a refusal: none (a refused page is not read further). */
const AFTER_TRUST = PDF_STAGES.findIndex((st) => st.name === "trust") + 1;

/** One PDF page through every stage: its layout, or the refusal that names the file. */
export function layoutOf(page: PdfPage, file: string): PageLayout | Refusal {
  let s: PdfPageState = {
    file,
    page,
    runs: page.runs,
    overprints: [],
    lines: [],
    refusal: null,
    bodySize: 0,
    blocks: [],
    columns: [],
    ordered: [],
    layoutLines: [],
  };
  for (const [i, stage] of PDF_STAGES.entries()) {
    s = stage.run(s);
    if (i + 1 === AFTER_TRUST && s.refusal) return s.refusal;
  }
  return {
    file,
    index: page.index,
    folio: folioOf(s.lines, page.height, s.bodySize),
    width: page.width,
    height: page.height,
    bodySize: s.bodySize,
    columns: s.columns,
    lines: s.layoutLines,
    text: originalText(s.layoutLines),
    runs: page.runs.map((r) => ({ id: r.id, box: r.box })),
    overprints: s.overprints,
    rules: page.rules,
    pictures: page.pictures,
  };
}

export const isRefusal = (x: PageLayout | Refusal): x is Refusal => "reason" in x;
