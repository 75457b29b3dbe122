import type { ReadPage, Unit } from "../types.ts";
import { append } from "../../../archive/array.ts";
import { blocksOf, labelledBlock, type RunReader } from "./block.ts";
import { closingInBrackets } from "./closing-in-brackets.ts";
import { runOfOneLabel } from "./run-of-one-label.ts";
import { sideBySideHeadlines } from "./side-by-side-headlines.ts";
import { wideGapLine } from "./wide-gap-line.ts";

/** The rules that read a block's lines into units, asked in this order at each line; the last always applies. */
const FIRST_READERS: readonly RunReader[] = [wideGapLine, closingInBrackets, sideBySideHeadlines];
export const RUN_READERS: readonly RunReader[] = [
  ...FIRST_READERS,
  runOfOneLabel(FIRST_READERS.filter((r) => r.anywhere)),
];

/**
 * Labelled lines to units, block by block (blank lines part blocks): at each line the first rule of
 * RUN_READERS that applies reads it and the lines it takes.
 */
export function unitsOf(page: ReadPage): Unit[] {
  const out: Unit[] = [];
  for (const lines of blocksOf(page.lines)) {
    const block = labelledBlock(lines, page);
    for (let at = 0; at < lines.length; ) {
      for (const reader of RUN_READERS) {
        const read = reader.read(block, at, out);
        if (!read) continue;
        append(out, read.units);
        at += read.taken;
        break;
      }
    }
  }
  return out;
}
