import type { Line, LineLabel, ReadPage, Unit } from "../types.ts";
import { briefReading } from "../line-model/model.ts";
import { closesFirst, leftOpen } from "../text/brackets.ts";
import { printedWidth } from "../text/width.ts";
import { maxOf } from "../../../archive/array.ts";

/** A block of consecutive non-blank lines, each with the label it is read with and why. */
export interface LineBlock {
  lines: Line[];
  label: (l: Line) => LineLabel;
  why: (l: Line) => string;
  /** The block's widest line (em): a paragraph's last line is short against it. */
  measure: number;
  /** The page's text is wrapped in columns: a head may be wrapped too. */
  wrapped: boolean;
}

/**
 * A rule that reads the lines of a block from one line on into units, given the page's units so far; null
 * when it does not apply there. The rules of RUN_READERS (units.ts) are asked in turn at each line.
 */
export interface RunReader {
  name: string;
  does: string;
  /** It reads a line wherever it stands, inside another rule's run too (that run ends before it). */
  anywhere?: true;
  read: (block: LineBlock, at: number, before: readonly Unit[]) => { units: Unit[]; taken: number } | null;
}

/** Split raw lines into blocks of consecutive non-blank lines. */
export function blocksOf(lines: Line[]): Line[][] {
  const blocks: Line[][] = [];
  let cur: Line[] = [];
  for (const l of lines) {
    if (l.text === "") {
      if (cur.length) blocks.push(cur);
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) blocks.push(cur);
  return blocks;
}

/**
 * A block's lines with their labels: the line model's, except that a line closing a bracket the line above
 * left open goes on with that line, whatever its own reading (…（记者 王小明 / 李四）…).
 */
export function labelledBlock(lines: Line[], page: ReadPage): LineBlock {
  const reading = (l: Line) => page.readings.get(l.n)!;
  const labels = new Map<number, LineLabel>();
  for (const [k, l] of lines.entries())
    labels.set(
      l.n,
      k > 0 && leftOpen(lines[k - 1]!.text) && closesFirst(l.text) ? labels.get(lines[k - 1]!.n)! : reading(l).label,
    );
  return {
    lines,
    label: (l) => labels.get(l.n)!,
    // the label and its probability; --explain prints the features that weighed
    why: (l) => briefReading(reading(l)),
    measure: maxOf(lines.map((l) => printedWidth(l.text))),
    wrapped: page.wrapped,
  };
}

/** The run of lines from `at` that share its label, up to a line `stop` claims. */
export function runFrom(block: LineBlock, at: number, stop: (j: number) => boolean = () => false): Line[] {
  const kind = block.label(block.lines[at]!);
  let j = at;
  while (j + 1 < block.lines.length && block.label(block.lines[j + 1]!) === kind && !stop(j + 1)) j++;
  return block.lines.slice(at, j + 1);
}
