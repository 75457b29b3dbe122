import { unionOf } from "./glyphs.ts";
import type { Block, Box, FontFamily, PdfLine, Rule } from "./types.ts";

/**
 * Lines to blocks: a line goes on the block above it when it stands one line-space below that block's last
 * line, overlaps it across, is set in the same size, family and weight, and no rule stands between them.
 * A paragraph column, a headline of two lines, a byline, a caption: each is a block. Vertical lines side by
 * side (a vertical headline of two columns) are one block, read right to left.
 */

/** The widest white space between two lines of one block, in the block's type size. */
const LINE_GAP = 0.8;
/** Two lines overlap across when they share this much of the narrower one's width. */
const OVERLAP = 0.5;
/** Sizes within this ratio are one size. */
const SAME_SIZE = 1.1;

const bottom = (b: Box) => b.y + b.h;
const right = (b: Box) => b.x + b.w;
const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));

/** A horizontal rule between the bottom of one box and the top of the box below it, across both. */
export function ruleBetween(upper: Box, lower: Box, rules: readonly Rule[]): boolean {
  return rules.some(
    (r) =>
      (r.kind === "horizontal" || r.kind === "rectangle" || r.kind === "dark") &&
      [r.box.y, r.box.y + r.box.h].some((y) => y >= bottom(upper) - 1 && y <= lower.y + 1) &&
      overlap(r.box.x, right(r.box), Math.max(upper.x, lower.x), Math.min(right(upper), right(lower))) > 0,
  );
}

/** The value most characters are set in. */
function mostByChars<T>(lines: readonly PdfLine[], key: (l: PdfLine) => T): T {
  const sums = new Map<T, number>();
  for (const l of lines) sums.set(key(l), (sums.get(key(l)) ?? 0) + [...l.text].length);
  return [...sums].sort((a, b) => b[1] - a[1])[0]![0];
}

function blockOf(id: number, lines: PdfLine[]): Block {
  return {
    id,
    lines,
    box: unionOf(lines.map((l) => l.box)),
    size: mostByChars(lines, (l) => l.size),
    family: mostByChars<FontFamily>(lines, (l) => l.family),
    bold: mostByChars(lines, (l) => l.bold),
    dir: lines[0]!.dir,
  };
}

const sameType = (a: PdfLine, b: PdfLine) =>
  a.dir === b.dir &&
  Math.max(a.size, b.size) / Math.min(a.size, b.size) <= SAME_SIZE &&
  a.family === b.family &&
  a.bold === b.bold;

/** Two lines end within this many ems of each other: both run to the column's right edge. */
const SAME_MEASURE = 0.6;
/** A paragraph's first line is indented by at most this many ems. */
const INDENT = 2.5;

/**
 * Lines of one size in another face, one under the other in the same measure: a paragraph that changes face
 * (its run-in lead set in 楷 or bold, a line of digits and Latin set in another font). The upper line runs to
 * the column's right edge as the lower one does, and starts where it starts or a paragraph indent in.
 */
const runsOnInMeasure = (upper: PdfLine, lower: PdfLine) => {
  const size = Math.min(upper.size, lower.size);
  const indent = upper.box.x - lower.box.x;
  return (
    upper.dir === "horizontal" &&
    lower.dir === "horizontal" &&
    Math.max(upper.size, lower.size) / size <= SAME_SIZE &&
    Math.abs(right(upper.box) - right(lower.box)) <= SAME_MEASURE * size &&
    indent >= -0.5 * size &&
    indent <= INDENT * size
  );
};

/** Lines (top to bottom) to blocks, numbered in the order their first lines stand. */
export function blocksOf(lines: readonly PdfLine[], rules: readonly Rule[] = []): Block[] {
  const groups: PdfLine[][] = [];
  const horizontal = lines.filter((l) => l.dir === "horizontal").sort((a, b) => a.box.y - b.box.y);
  for (const l of horizontal) {
    let best: PdfLine[] | null = null;
    let bestGap = Number.POSITIVE_INFINITY;
    for (const g of groups) {
      const last = g.at(-1)!;
      const gap = l.box.y - bottom(last.box);
      if (gap > LINE_GAP * l.size || gap < -0.5 * l.size || gap >= bestGap) continue;
      const shared = overlap(last.box.x, right(last.box), l.box.x, right(l.box));
      if (shared < OVERLAP * Math.min(last.box.w, l.box.w) || !(sameType(last, l) || runsOnInMeasure(last, l)))
        continue;
      if (ruleBetween(last.box, l.box, rules)) continue;
      best = g;
      bestGap = gap;
    }
    if (best) best.push(l);
    else groups.push([l]);
  }
  // vertical lines: side by side, same type, overlapping down the page, read right to left
  const vertical = lines.filter((l) => l.dir === "vertical").sort((a, b) => right(b.box) - right(a.box));
  const vgroups: PdfLine[][] = [];
  for (const l of vertical) {
    const g = vgroups.find((v) => {
      const last = v.at(-1)!;
      return (
        sameType(last, l) &&
        last.box.x - right(l.box) <= LINE_GAP * l.size &&
        last.box.x - right(l.box) >= -0.5 * l.size &&
        overlap(last.box.y, bottom(last.box), l.box.y, bottom(l.box)) >= OVERLAP * Math.min(last.box.h, l.box.h)
      );
    });
    if (g) g.push(l);
    else vgroups.push([l]);
  }
  return [...groups, ...vgroups]
    .sort((a, b) => a[0]!.box.y - b[0]!.box.y || a[0]!.box.x - b[0]!.box.x)
    .map((g, i) => blockOf(i, g));
}
