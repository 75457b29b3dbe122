import type { Box, LayoutLine } from "./types.ts";

/**
 * The areas of the printed page a story covers, for the site to show on the page: the boxes of the lines it
 * holds (each the union of its glyphs, as the runs drew them), put together block by block and then merged
 * into a few rectangles, as a reader would outline a story with a pen.
 */

/** Two rectangles are one area when their union is at most this much larger than what they cover. */
const MERGE_SLACK = 1.15;
/** Boxes are kept to a tenth of a point. */
const tenth = (x: number) => Math.round(x * 10) / 10;

const area = (b: Box) => b.w * b.h;
const union = (a: Box, b: Box): Box => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
};
const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/** A box inside the page, to the tenth of a point, never empty (the schema's boxes have a size). */
export function onPage(b: Box, page: { width: number; height: number }): Box {
  const x = Math.min(Math.max(0, b.x), page.width);
  const y = Math.min(Math.max(0, b.y), page.height);
  const w = Math.max(0.1, Math.min(page.width, b.x + b.w) - x);
  const h = Math.max(0.1, Math.min(page.height, b.y + b.h) - y);
  return { x: tenth(x), y: tenth(y), w: tenth(w), h: tenth(h) };
}

/** Rectangles merged while two of them make one without taking in much that neither covers. */
export function mergeBoxes(boxes: readonly Box[]): Box[] {
  const out = [...boxes];
  for (let merged = true; merged; ) {
    merged = false;
    for (let i = 0; i < out.length && !merged; i++)
      for (let j = i + 1; j < out.length && !merged; j++) {
        const u = union(out[i]!, out[j]!);
        if (area(u) <= MERGE_SLACK * (area(out[i]!) + area(out[j]!) - overlap(out[i]!, out[j]!))) {
          out.splice(j, 1);
          out[i] = u;
          merged = true;
        }
      }
  }
  return out.sort((a, b) => a.y - b.y || a.x - b.x);
}

/** The areas the given lines of a page cover: their boxes block by block, merged. */
export function areasOf(
  lines: readonly LayoutLine[],
  held: ReadonlySet<number>,
  page: { width: number; height: number },
): Box[] {
  const byBlock = new Map<number, Box>();
  for (const l of lines) {
    if (!held.has(l.n)) continue;
    const b = l.evidence.box;
    const seen = byBlock.get(l.evidence.block);
    byBlock.set(l.evidence.block, seen ? union(seen, b) : b);
  }
  return mergeBoxes([...byBlock.values()]).map((b) => onPage(b, page));
}

/** What a page's reading says holds each line: its stories' text and headlines, its furniture, its leftovers. */
export interface Holdings {
  articles: readonly {
    lines: readonly [number, number];
    blocks: readonly { lines: readonly number[] }[];
    repeats: readonly { lines: readonly number[] }[];
  }[];
  furniture: readonly { lines: readonly number[] }[];
  unassigned: readonly { lines: readonly number[] }[];
}

/**
 * The lines each story holds: the lines of its blocks and repeats, and the lines of its own span no block,
 * furniture or leftover claims (its headline, byline, dateline); a line two stories' spans share goes to the
 * story whose text stands nearest it.
 */
export function linesHeld(page: Holdings): Set<number>[] {
  const claimed = new Set<number>();
  const held = page.articles.map((a) => {
    const own = new Set<number>();
    for (const b of [...a.blocks, ...a.repeats]) for (const n of b.lines) own.add(n);
    for (const n of own) claimed.add(n);
    return own;
  });
  for (const x of [...page.furniture, ...page.unassigned]) for (const n of x.lines) claimed.add(n);
  const distance = (k: number, n: number) => {
    let d = Infinity;
    for (const m of held[k]!) d = Math.min(d, Math.abs(m - n));
    return d;
  };
  const spans = page.articles.map((a) => a.lines);
  const lo = Math.min(...spans.map((s) => s[0]));
  const hi = Math.max(...spans.map((s) => s[1]));
  for (let n = lo; n <= hi; n++) {
    if (claimed.has(n)) continue;
    const holders = spans.flatMap((s, k) => (s[0] <= n && n <= s[1] ? [k] : []));
    if (holders.length === 0) continue;
    const k = holders.reduce((best, c) => (distance(c, n) < distance(best, n) ? c : best));
    held[k]!.add(n);
  }
  return held;
}
