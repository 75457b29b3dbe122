import type { LineReading } from "../types.ts";

/** A block of the page: lines one under another with a blank line (or the page's edge) around them. */
export interface Block {
  lines: readonly LineReading[];
  /** The last line of the block above, and the first of the block below. */
  before: LineReading | undefined;
  after: LineReading | undefined;
}

/** The page's blocks in order, from its readings (blank lines have none). */
export function blocksOf(order: readonly LineReading[]): Block[] {
  const out: Block[] = [];
  let start = 0;
  for (let i = 1; i <= order.length; i++) {
    if (i < order.length && order[i]!.line.n === order[i - 1]!.line.n + 1) continue;
    if (start < i) out.push({ lines: order.slice(start, i), before: order[start - 1], after: order[i] });
    start = i;
  }
  return out;
}
