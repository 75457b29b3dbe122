import type { Block, Box } from "./types.ts";

/**
 * Blocks to reading order by recursive XY cuts: a region of the page is cut where white space crosses it
 * from edge to edge, and each part is read in turn, top before bottom, left before right. A newspaper page
 * is laid out in nested rectangles, each story a rectangle whose headline spans the columns under it, so a
 * gutter that runs the whole height of a region separates stories (or one story's columns, once its headline
 * is cut off above them). Across a region, a gap separates stacked stories, or a headline from its body: a
 * gap with a headline under it ends a story and is cut before any gutter; other gaps are cut only where no
 * gutter runs. Pictures are obstacles: they hold no text, but no cut runs through them.
 */

/** Least white space that cuts: a gutter (across the page) and a gap between stacked parts (down the page). */
const MIN_GUTTER = 0.5;
const MIN_GAP = 0.6;

interface Item {
  box: Box;
  block: Block | null;
}

/** Where white space crosses the items from edge to edge along one axis: the middle of each such gap. */
function cutsAlong(items: readonly Item[], axis: "x" | "y", min: number): number[] {
  const spans = items
    .map((i) => (axis === "x" ? [i.box.x, i.box.x + i.box.w] : [i.box.y, i.box.y + i.box.h]) as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const cuts: number[] = [];
  let reach = spans[0]![1];
  for (const [from, to] of spans.slice(1)) {
    if (from - reach >= min) cuts.push((from + reach) / 2);
    reach = Math.max(reach, to);
  }
  return cuts;
}

function split(items: readonly Item[], axis: "x" | "y", cuts: readonly number[]): Item[][] {
  const parts: Item[][] = cuts.map(() => []);
  parts.push([]);
  for (const i of items) {
    const at = axis === "x" ? i.box.x : i.box.y;
    let k = 0;
    while (k < cuts.length && at > cuts[k]!) k++;
    parts[k]!.push(i);
  }
  return parts.filter((p) => p.length > 0);
}

/** What a cut did, for --explain: the region's depth, the axis cut, where, and how many blocks it held. */
export type CutTrace = (
  depth: number,
  axis: "x" | "y" | "none",
  cuts: readonly number[],
  blocks: readonly Block[],
) => void;

/**
 * A part holding vertical type and at most a line or two beside it (a vertical headline and its author, set
 * to the right of the story they head, as type read right to left is) is read before the part to its left.
 */
function verticalHeadlinesFirst(parts: Item[][]): Item[][] {
  const out = [...parts];
  for (let k = 1; k < out.length; k++) {
    const blocks = out[k]!.filter((i) => i.block);
    const headline = blocks.some((i) => i.block!.dir === "vertical");
    if (headline && blocks.every((i) => i.block!.dir === "vertical" || i.block!.lines.length <= 2)) {
      const [part] = out.splice(k, 1);
      out.splice(k - 1, 0, part!);
    }
  }
  return out;
}

/** Type this much larger than the body is a headline's. */
const HEADLINE = 1.3;

/** The first block below a cut (the top of the next band) is set in headline type. */
function headlineOpens(items: readonly Item[], cut: number, bodySize: number): boolean {
  let first: Item | null = null;
  for (const i of items) if (i.block && i.box.y > cut && (!first || i.box.y < first.box.y)) first = i;
  return first !== null && first.block!.size >= HEADLINE * bodySize;
}

function order(items: readonly Item[], bodySize: number, out: Block[], trace?: CutTrace, depth = 0): void {
  const blocks = items.filter((i) => i.block !== null);
  if (blocks.length === 0) return;
  if (blocks.length === 1) {
    out.push(blocks[0]!.block!);
    return;
  }
  const region = blocks.map((b) => b.block!);
  const horizontal = cutsAlong(items, "y", MIN_GAP * bodySize);
  // a gap under which a headline opens the next band ends a story across the whole region: cut there first,
  // even where a gutter runs through both stories (their headlines too short to cross it)
  const stories = horizontal.filter((cut) => headlineOpens(items, cut, bodySize));
  if (stories.length > 0) {
    trace?.(depth, "y", stories, region);
    for (const part of split(items, "y", stories)) order(part, bodySize, out, trace, depth + 1);
    return;
  }
  const vertical = cutsAlong(items, "x", MIN_GUTTER * bodySize);
  if (vertical.length > 0) {
    trace?.(depth, "x", vertical, region);
    for (const part of verticalHeadlinesFirst(split(items, "x", vertical)))
      order(part, bodySize, out, trace, depth + 1);
    return;
  }
  if (horizontal.length > 0) {
    // bands between the gaps; neighbouring bands that a gutter runs through together are one region (two
    // stories side by side whose headlines end at the same height are not cut between headline and body)
    const bands: Item[][] = [];
    const used: number[] = [];
    for (const [k, band] of split(items, "y", horizontal).entries()) {
      const last = bands.at(-1);
      if (last && cutsAlong([...last, ...band], "x", MIN_GUTTER * bodySize).length > 0) last.push(...band);
      else {
        if (last) used.push(horizontal[k - 1]!);
        bands.push([...band]);
      }
    }
    trace?.(depth, "y", used, region);
    for (const part of bands) order(part, bodySize, out, trace, depth + 1);
    return;
  }
  trace?.(depth, "none", [], region);
  // no clean cut (a story set round another, text round a vertical headline): vertical type first, then top
  // to bottom and left to right
  const rank = (i: Item) => (i.block!.dir === "vertical" ? 0 : 1);
  for (const b of [...blocks].sort((p, q) => rank(p) - rank(q) || p.box.y - q.box.y || p.box.x - q.box.x))
    out.push(b.block!);
}

/** The blocks in reading order; `obstacles` (pictures) stand in the way of cuts but are not read. */
export function readingOrder(
  blocks: readonly Block[],
  bodySize: number,
  obstacles: readonly Box[] = [],
  trace?: CutTrace,
): Block[] {
  const out: Block[] = [];
  order(
    [...blocks.map((b) => ({ box: b.box, block: b })), ...obstacles.map((box) => ({ box, block: null }))],
    bodySize,
    out,
    trace,
  );
  return out;
}
