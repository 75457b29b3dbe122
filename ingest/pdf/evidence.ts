import { placeIn } from "./columns.ts";
import type { Block, Column, LayoutLine, PdfLine, Rule } from "./types.ts";

/**
 * Blocks in reading order to the page's numbered lines, each with what its layout says: its size against the
 * body, weight and family, block and column, how many columns it spans, its box, the white space above and
 * below it and whether a rule stands there. The line model weighs this evidence; nothing here decides a label.
 */

/** How far below a box its columns may start and still be its own (a headline stands over them), in body sizes. */
const REACH = 6;
/** A rule this close above or below a line (in body sizes) is its rule, when it covers this much of its width. */
const RULE_NEAR = 1.5;
const RULE_COVER = 0.3;

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

/** The lines of blocks in reading order, numbered from 1, with their evidence. */
export function layoutLinesOf(
  ordered: readonly Block[],
  columns: readonly Column[],
  rules: readonly Rule[],
  bodySize: number,
): LayoutLine[] {
  const all = ordered.flatMap((b) => b.lines);
  const out: LayoutLine[] = [];
  for (const b of ordered) {
    const { column, span } = placeIn(columns, b.box, REACH * bodySize);
    for (const [k, l] of b.lines.entries()) {
      const above = k > 0 && b.dir === "horizontal" ? b.lines[k - 1]! : nearest(l, all, "above");
      const below = k + 1 < b.lines.length && b.dir === "horizontal" ? b.lines[k + 1]! : nearest(l, all, "below");
      const gapAbove = above ? round(Math.max(0, l.box.y - bottom(above)) / bodySize) : null;
      const gapBelow = below ? round(Math.max(0, below.box.y - bottom(l)) / bodySize) : null;
      const reach = (gap: number | null) => Math.min(gap ?? RULE_NEAR, RULE_NEAR) * bodySize;
      out.push({
        n: out.length + 1,
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
        },
      });
    }
  }
  return out;
}
