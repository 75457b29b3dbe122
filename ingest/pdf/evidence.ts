import { placeIn } from "./columns.ts";
import type { Block, Box, Column, LayoutLine, PdfLine, Rule } from "./types.ts";

/**
 * Blocks in reading order to the page's numbered lines, each with what its layout says: its size against the
 * body, weight and family, block and column, how many columns it spans, its box, the white space above and
 * below it and whether a rule stands there, a picture beside it or a frame round it. The line model weighs this
 * evidence; nothing here decides a label. The page's 原文 holds its blocks' lines with a blank line between
 * blocks, as text extractors print a page: the line numbers count the blanks.
 */

/** How far below a box its columns may start and still be its own (a headline stands over them), in body sizes. */
const REACH = 6;
/** A rule this close above or below a line (in body sizes) is its rule, when it covers this much of its width. */
const RULE_NEAR = 1.5;
const RULE_COVER = 0.3;
/** A picture this close to a line (in body sizes) stands beside it. */
const PICTURE_NEAR = 2;

const round = (x: number) => Math.round(x * 100) / 100;
const bottom = (l: PdfLine) => l.box.y + l.box.h;
const sharesWidth = (a: PdfLine, b: PdfLine) =>
  Math.min(a.box.x + a.box.w, b.box.x + b.box.w) - Math.max(a.box.x, b.box.x) > 0;

/** The nearest line above (or below) a line that shares some of its width. */
function nearest(l: PdfLine, all: readonly PdfLine[], side: "above" | "below"): PdfLine | null {
  let best: PdfLine | null = null;
  let bestGap = Number.POSITIVE_INFINITY;
  for (const o of all) {
    if (o === l || !sharesWidth(o, l)) continue;
    const gap = side === "above" ? l.box.y - bottom(o) : o.box.y - bottom(l);
    if (gap >= -0.3 * l.size && gap < bestGap) {
      best = o;
      bestGap = gap;
    }
  }
  return best;
}

function ruleNear(l: PdfLine, rules: readonly Rule[], side: "above" | "below", reach: number): boolean {
  return rules.some((r) => {
    if (r.kind === "vertical") return false;
    const edges = [r.box.y, r.box.y + r.box.h];
    const near = edges.some((y) =>
      side === "above" ? y <= l.box.y + 1 && y >= l.box.y - reach : y >= bottom(l) - 1 && y <= bottom(l) + reach,
    );
    const cover = Math.min(r.box.x + r.box.w, l.box.x + l.box.w) - Math.max(r.box.x, l.box.x);
    return near && cover >= RULE_COVER * l.box.w;
  });
}

/** Two boxes within `reach` of each other on both axes (touching or overlapping counts). */
function near(a: Box, b: Box, reach: number): boolean {
  const dx = Math.max(0, b.x - (a.x + a.w), a.x - (b.x + b.w));
  const dy = Math.max(0, b.y - (a.y + a.h), a.y - (b.y + b.h));
  return dx <= reach && dy <= reach;
}

/** A drawn rectangle holding the whole box (a frame round a brief or a sidebar, not the page's own border). */
function framed(box: Box, rules: readonly Rule[], page: { width: number; height: number }): boolean {
  return rules.some(
    (r) =>
      r.kind === "rectangle" &&
      r.box.w < 0.9 * page.width &&
      r.box.h < 0.9 * page.height &&
      box.x >= r.box.x - 1 &&
      box.y >= r.box.y - 1 &&
      box.x + box.w <= r.box.x + r.box.w + 1 &&
      box.y + box.h <= r.box.y + r.box.h + 1,
  );
}

/** What the page holds besides its blocks, for the evidence: its size, rules and pictures. */
export interface Surroundings {
  width: number;
  height: number;
  rules: readonly Rule[];
  pictures: readonly Box[];
}

/** The lines of blocks in reading order, numbered from 1 with a blank line between blocks, with their evidence. */
export function layoutLinesOf(
  ordered: readonly Block[],
  columns: readonly Column[],
  page: Surroundings,
  bodySize: number,
): LayoutLine[] {
  const { rules } = page;
  const all = ordered.flatMap((b) => b.lines);
  const out: LayoutLine[] = [];
  let n = 0;
  for (const b of ordered) {
    const { column, span } = placeIn(columns, b.box, REACH * bodySize);
    // a blank line before every block but the first
    if (n > 0) n++;
    for (const [k, l] of b.lines.entries()) {
      const above = k > 0 && b.dir === "horizontal" ? b.lines[k - 1]! : nearest(l, all, "above");
      const below = k + 1 < b.lines.length && b.dir === "horizontal" ? b.lines[k + 1]! : nearest(l, all, "below");
      const gapAbove = above ? round(Math.max(0, l.box.y - bottom(above)) / bodySize) : null;
      const gapBelow = below ? round(Math.max(0, below.box.y - bottom(l)) / bodySize) : null;
      const reach = (gap: number | null) => Math.min(gap ?? RULE_NEAR, RULE_NEAR) * bodySize;
      out.push({
        n: ++n,
        text: l.text,
        runs: l.runs,
        evidence: {
          relSize: round(l.size / bodySize),
          bold: l.bold,
          family: l.family,
          dir: l.dir,
          block: b.id,
          column,
          span,
          box: { x: round(l.box.x), y: round(l.box.y), w: round(l.box.w), h: round(l.box.h) },
          gapAbove,
          gapBelow,
          blockStart: k === 0,
          blockEnd: k === b.lines.length - 1,
          ruleAbove: ruleNear(l, rules, "above", reach(gapAbove)),
          ruleBelow: ruleNear(l, rules, "below", reach(gapBelow)),
          letterSpaced: l.letterSpaced,
          blockLines: b.lines.length,
          indent: l.dir === "horizontal" ? round((l.box.x - b.box.x) / l.size) : 0,
          picture: page.pictures.some((p) => near(l.box, p, PICTURE_NEAR * bodySize)),
          framed: framed(l.box, rules, page),
          top: round(l.box.y / page.height),
          reversed: l.light,
        },
      });
    }
  }
  return out;
}

/** The page's 原文: each line at its number, blank lines between blocks. */
export function originalText(lines: readonly LayoutLine[]): string {
  const out: string[] = [];
  for (const l of lines) {
    while (out.length < l.n - 1) out.push("");
    out.push(l.text);
  }
  return out.join("\n");
}
