import type { Block, Column, PdfLine } from "./types.ts";

/**
 * The page's body size and its column grid. Body type is what most of a page's characters are set in; the
 * columns are where many body lines start, as wide as those lines usually are. A page may hold more than
 * one grid (a box set in narrower columns): each left edge many lines share is a column.
 */

/** Sizes are compared in half points: type sizes are set in quarter or half points, extraction adds noise. */
const roundSize = (s: number) => Math.round(s * 2) / 2;

/** The size most of the page's characters are set in (0 for a page with no text). */
export function bodySizeOf(lines: readonly PdfLine[]): number {
  const chars = new Map<number, number>();
  for (const l of lines) chars.set(roundSize(l.size), (chars.get(roundSize(l.size)) ?? 0) + [...l.text].length);
  let best = 0;
  let max = 0;
  for (const [size, n] of chars)
    if (n > max) {
      max = n;
      best = size;
    }
  return best;
}

/** A left edge is a column's when at least this many body lines start there, */
const MIN_LINES = 5;
/** within this many body sizes of each other. */
const EDGE_TOLERANCE = 0.6;

/** Body text set in this block: its lines are the body size (within a tenth). */
export const isBody = (b: { size: number }, bodySize: number) => Math.abs(b.size - bodySize) <= 0.1 * bodySize;

/** The column grid: left edges shared by body lines, each with the width its lines usually have. */
export function columnsOf(blocks: readonly Block[], bodySize: number): Column[] {
  const lines = blocks
    .filter((b) => b.dir === "horizontal" && isBody(b, bodySize))
    .flatMap((b) => b.lines.map((l) => ({ x: b.box.x, y: l.box.y, bottom: l.box.y + l.box.h, blockW: b.box.w })));
  const sorted = lines.sort((a, b) => a.x - b.x);
  const clusters: (typeof sorted)[] = [];
  for (const l of sorted) {
    const last = clusters.at(-1);
    if (last && l.x - last[0]!.x <= EDGE_TOLERANCE * bodySize) last.push(l);
    else clusters.push([l]);
  }
  const columns = clusters
    .filter((c) => c.length >= MIN_LINES)
    .map((c) => {
      const widths = c.map((l) => l.blockW).sort((a, b) => a - b);
      return {
        x: c[0]!.x,
        w: widths[widths.length >> 1]!,
        top: Math.min(...c.map((l) => l.y)),
        bottom: Math.max(...c.map((l) => l.bottom)),
      };
    });
  return columns;
}

/**
 * The column a box starts in (-1 when none), and how many columns it covers (at least one): columns of the
 * grid that run beside or below it, within `reach` (a headline stands over its columns).
 */
export function placeIn(
  columns: readonly Column[],
  box: { x: number; y: number; w: number; h: number },
  reach: number,
): { column: number; span: number } {
  const tolerance = (c: Column) => 0.25 * c.w;
  let column = -1;
  let span = 0;
  for (const [i, c] of columns.entries()) {
    if (c.bottom < box.y || c.top > box.y + box.h + reach) continue;
    const covered = Math.min(box.x + box.w, c.x + c.w) - Math.max(box.x, c.x);
    if (covered >= 0.5 * c.w || (covered > 0 && covered >= 0.8 * box.w)) {
      if (column < 0) column = i;
      span++;
    } else if (column < 0 && Math.abs(box.x - c.x) <= tolerance(c)) column = i;
  }
  return { column, span: Math.max(1, span) };
}
