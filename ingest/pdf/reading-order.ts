import { ruleBetween } from "./blocks.ts";
import { isBody } from "./columns.ts";
import type { Block, Box, Rule } from "./types.ts";

/**
 * Blocks to reading order by recursive XY cuts: a region of the page is cut where white space crosses it
 * from edge to edge, and each part is read in turn, top before bottom, left before right. A newspaper page
 * is laid out in nested rectangles, each story a rectangle whose headline spans the columns under it, so a
 * gutter that runs the whole height of a region separates stories (or one story's columns, once its headline
 * is cut off above them). Across a region, a gap separates stacked stories, or a headline from its body: a
 * gap with a headline under it ends a story and is cut before any gutter; other gaps are cut only where no
 * gutter runs. Pictures are obstacles to gaps across a region: they hold no text, but no such cut runs through
 * them; a gutter may (text flows down a column past a picture set across columns). A picture with captions under
 * it is read with them, as one item.
 */

/** Least white space that cuts: a gutter (across the page) and a gap between stacked parts (down the page). */
const MIN_GUTTER = 0.5;
const MIN_GAP = 0.6;

/** What the cuts move: a block, a headline with what stands under it (its group), or an obstacle (null). */
interface Item {
  box: Box;
  block: Block | null;
  /** The blocks that go with the headline block, read after it in this order (its subtitle, its author). */
  with?: Block[];
}

/** Where white space crosses the items from edge to edge along one axis: each such gap, from where to where. */
function gapsAlong(items: readonly Item[], axis: "x" | "y", min: number): [number, number][] {
  const spans = items
    .map((i) => (axis === "x" ? [i.box.x, i.box.x + i.box.w] : [i.box.y, i.box.y + i.box.h]) as [number, number])
    .sort((a, b) => a[0] - b[0]);
  const gaps: [number, number][] = [];
  let reach = spans[0]![1];
  for (const [from, to] of spans.slice(1)) {
    if (from - reach >= min) gaps.push([reach, from]);
    reach = Math.max(reach, to);
  }
  return gaps;
}

/** The middle of each gap white space makes across the items along one axis: where to cut. */
const cutsAlong = (items: readonly Item[], axis: "x" | "y", min: number): number[] =>
  gapsAlong(items, axis, min).map(([a, b]) => (a + b) / 2);

/** A rule drawn across this much of a region's width (a rule between stories) cuts the region where it stands. */
const RULE_ACROSS = 0.8;

/** Gaps across the items in which a rule or a frame's side runs across nearly all the items' width: where stories are parted. */
function ruledCuts(items: readonly Item[], rules: readonly Rule[], bodySize: number): number[] {
  const left = Math.min(...items.map((i) => i.box.x));
  const right = Math.max(...items.map((i) => i.box.x + i.box.w));
  return gapsAlong(items, "y", MIN_GAP * bodySize)
    .filter(([lo, hi]) =>
      rules.some((r) => {
        if (r.kind === "vertical") return false;
        // a thin rule where it stands; a frame by its top and bottom sides (a boxed story's edges)
        const ys = r.box.h > 3 ? [r.box.y, r.box.y + r.box.h] : [r.box.y + r.box.h / 2];
        const covered = Math.min(right, r.box.x + r.box.w) - Math.max(left, r.box.x);
        return ys.some((y) => y > lo && y < hi) && covered >= RULE_ACROSS * (right - left);
      }),
    )
    .map(([a, b]) => (a + b) / 2);
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

/**
 * The page's header: the first gap across the page, when no body text stands above it and at most one block in
 * headline type (a folio, a date, a nameplate), is cut first, even where a column under it starts higher than
 * the headline beside it. (Two headlines side by side over the gap head two stories: not a header.)
 */
function headerBand(items: readonly Item[], horizontal: readonly number[], bodySize: number): number[] {
  const first = horizontal[0];
  if (first === undefined) return [];
  const above = items.flatMap((i) => (i.block && i.box.y < first ? blocksOfItem(i) : []));
  const headlines = above.filter((b) => b.size >= HEADLINE * bodySize).length;
  return above.length > 0 && headlines <= 1 && above.every((b) => !isBody(b, bodySize)) ? [first] : [];
}

/** An item's blocks in reading order: a headline group's head, then what goes with it. */
const blocksOfItem = (i: Item): Block[] => (i.block ? [i.block, ...(i.with ?? [])] : []);

interface Reading {
  bodySize: number;
  rules: readonly Rule[];
  out: Block[];
  trace?: CutTrace | undefined;
}

function order(items: readonly Item[], r: Reading, depth = 0): void {
  const { bodySize, out, trace } = r;
  const blocks = items.filter((i) => i.block !== null);
  if (blocks.length === 0) return;
  if (blocks.length === 1) {
    out.push(...blocksOfItem(blocks[0]!));
    return;
  }
  const region = blocks.map((b) => b.block!);
  const horizontal = cutsAlong(items, "y", MIN_GAP * bodySize);
  // a gap under which a headline opens the next band ends a story across the whole region, and so does a gap
  // a rule runs across: cut there first, even where a gutter runs through both stories (their headlines too
  // short to cross it)
  const ruled = ruledCuts(items, r.rules, bodySize);
  const stories = [
    ...new Set([
      ...horizontal.filter((cut) => headlineOpens(items, cut, bodySize)),
      ...ruled,
      ...(depth === 0 ? headerBand(items, horizontal, bodySize) : []),
    ]),
  ].sort((a, b) => a - b);
  if (stories.length > 0) {
    trace?.(depth, "y", stories, region);
    for (const part of split(items, "y", stories)) order(part, r, depth + 1);
    return;
  }
  // a picture stops no gutter: text runs down a column past a picture set across columns (and a graphic that
  // juts over a column rule does not join the stories either side of it)
  const vertical = cutsAlong(blocks, "x", MIN_GUTTER * bodySize);
  if (vertical.length > 0) {
    trace?.(depth, "x", vertical, region);
    for (const part of verticalHeadlinesFirst(split(items, "x", vertical))) order(part, r, depth + 1);
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
    for (const part of bands) order(part, r, depth + 1);
    return;
  }
  trace?.(depth, "none", [], region);
  // no clean cut (a story set round another, text round a vertical headline): vertical type first, then top
  // to bottom and left to right
  const rank = (i: Item) => (i.block!.dir === "vertical" ? 0 : 1);
  for (const b of [...blocks].sort((p, q) => rank(p) - rank(q) || p.box.y - q.box.y || p.box.x - q.box.x))
    out.push(...blocksOfItem(b));
}

/** Names side by side under a headline are each at most this share of its width. */
const NAME_SHARE = 0.25;

/** A headline group's next member stands this close under the one above it (in body sizes, or in the headline's
 * size: a large headline stands further above its author's name), */
const GROUP_GAP = 2.5;
const GROUP_GAP_OF_HEAD = 0.8;
/** and is a short block: this many lines at most (a subtitle, an author's name, a dateline), */
const GROUP_LINES = 2;
/** centred under the headline (its middle within this share of the headline's width from the headline's middle). */
const GROUP_CENTRED = 0.3;

const union = (a: Box, b: Box): Box => {
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
};

/**
 * Headlines with what stands under them, as one item: a subtitle, an author's name or a short line centred
 * under a headline (or set at its left edge), alone across its height, is the headline's, whatever the columns
 * below say. A name centred
 * under a headline stands over one of the story's columns; cut by columns, it would be read with that column,
 * after the columns left of it.
 */
function headlineGroups(blocks: readonly Block[], bodySize: number, rules: readonly Rule[]): Item[] {
  const taken = new Set<Block>();
  const items: Item[] = [];
  const byTop = [...blocks].sort((a, b) => a.box.y - b.box.y);
  for (const head of byTop) {
    if (taken.has(head)) continue;
    if (head.dir !== "horizontal" || head.size < HEADLINE * bodySize) continue;
    const group: Block[] = [];
    let box = head.box;
    const mid = head.box.x + head.box.w / 2;
    const sameRow = (a: Box, b: Box) => Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 0.3 * Math.min(a.h, b.h);
    // a name beside another on its row, under the headline: one short line each (two authors' names side by side)
    const besideName = (o: Block, b: Block) =>
      o.lines.length === 1 &&
      b.lines.length === 1 &&
      o.box.w <= NAME_SHARE * head.box.w &&
      b.box.w <= NAME_SHARE * head.box.w &&
      o.box.x >= head.box.x &&
      o.box.x + o.box.w <= head.box.x + head.box.w &&
      sameRow(o.box, b.box);
    // a short line under the headline, close under the group's last member
    const member = (b: Block, last: Block) =>
      b !== head &&
      !taken.has(b) &&
      !group.includes(b) &&
      b.dir === "horizontal" &&
      b.lines.length <= GROUP_LINES &&
      b.box.w < head.box.w &&
      b.box.y >= last.box.y + last.box.h - 0.3 * bodySize &&
      b.box.y - (last.box.y + last.box.h) <= Math.max(GROUP_GAP * bodySize, GROUP_GAP_OF_HEAD * head.size) &&
      // a rule under a headline ends its group (a page's header over its first story)
      !ruleBetween(last.box, b.box, rules);
    for (;;) {
      const last: Block = group.at(-1) ?? head;
      const next = byTop.find((b) => {
        if (
          !member(b, last) ||
          !(
            Math.abs(b.box.x + b.box.w / 2 - mid) <= GROUP_CENTRED * head.box.w ||
            Math.abs(b.box.x - head.box.x) <= bodySize
          )
        )
          return false;
        // its row: it and the short lines beside it under the headline (two authors' names side by side)
        const row = byTop.filter((o) => o === b || (besideName(o, b) && member(o, last)));
        // the row stands alone across its height under the headline: the first line of one column beside
        // others is the columns' (what stands beside the headline, another story's column, does not count)
        return !blocks.some(
          (o) =>
            !row.includes(o) &&
            o !== head &&
            !group.includes(o) &&
            Math.min(o.box.x + o.box.w, head.box.x + head.box.w) - Math.max(o.box.x, head.box.x) > 0 &&
            Math.min(o.box.y + o.box.h, b.box.y + b.box.h) - Math.max(o.box.y, b.box.y) > 0.3 * b.box.h,
        );
      });
      if (!next) break;
      const row = byTop
        .filter((o) => o === next || (besideName(o, next) && member(o, last)))
        .sort((a, b) => a.box.x - b.box.x);
      for (const o of row) {
        group.push(o);
        box = union(box, o.box);
      }
    }
    if (group.length === 0) continue;
    taken.add(head);
    for (const g of group) taken.add(g);
    items.push({ box, block: head, with: group });
  }
  for (const b of blocks) if (!taken.has(b)) items.push({ box: b.box, block: b });
  return items;
}

/** A caption stands this close under its picture, or under the caption line above it (in body sizes), */
const CAPTION_GAP = 1.5;
/** and within the picture's width (this many body sizes of slack either side), */
const CAPTION_SLACK = 1;
/** in a few lines: a longer block under a picture is a column of text that runs on below it. */
const CAPTION_LINES = 3;

/**
 * Pictures with the captions under them, as one item: the short blocks standing right under a picture, within
 * its width (a cartoon's title at the left of its foot, its credit at the right), are read together, where the
 * picture is read. Cut apart by the gutters the picture spans, a title would end one column's text and its
 * credit the next one's.
 */
function captionGroups(
  items: readonly Item[],
  pictures: readonly Box[],
  bodySize: number,
): { items: Item[]; obstacles: Box[] } {
  const taken = new Set<Item>();
  const groups: Item[] = [];
  const obstacles: Box[] = [];
  for (const picture of pictures) {
    const captions: Item[] = [];
    let bottom = picture.y + picture.h;
    for (;;) {
      const next = items.filter(
        (i) =>
          !taken.has(i) &&
          !captions.includes(i) &&
          !i.with &&
          i.block!.dir === "horizontal" &&
          i.block!.lines.length <= CAPTION_LINES &&
          i.box.y >= bottom - 0.3 * bodySize &&
          i.box.y - bottom <= CAPTION_GAP * bodySize &&
          i.box.x >= picture.x - CAPTION_SLACK * bodySize &&
          i.box.x + i.box.w <= picture.x + picture.w + CAPTION_SLACK * bodySize,
      );
      if (next.length === 0) break;
      captions.push(...next);
      bottom = Math.max(...next.map((i) => i.box.y + i.box.h));
    }
    if (captions.length === 0) {
      obstacles.push(picture);
      continue;
    }
    for (const c of captions) taken.add(c);
    const blocks = captions.map((c) => c.block!).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
    const box = captions.reduce((b, c) => union(b, c.box), picture);
    groups.push({ box, block: blocks[0]!, with: blocks.slice(1) });
  }
  return { items: [...items.filter((i) => !taken.has(i)), ...groups], obstacles };
}

/** The blocks in reading order; `obstacles` (pictures) stand in the way of cuts but are not read. */
export function readingOrder(
  blocks: readonly Block[],
  bodySize: number,
  obstacles: readonly Box[] = [],
  trace?: CutTrace,
  rules: readonly Rule[] = [],
): Block[] {
  const out: Block[] = [];
  // a picture with captions under it is read as one item with them; one with none is an obstacle only
  const captioned = captionGroups(headlineGroups(blocks, bodySize, rules), obstacles, bodySize);
  order([...captioned.items, ...captioned.obstacles.map((box) => ({ box, block: null }))], {
    bodySize,
    rules,
    out,
    trace,
  });
  return out;
}
