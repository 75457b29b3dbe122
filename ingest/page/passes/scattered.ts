import { BOX_LABEL } from "../patterns/heading.ts";
import type { Unit } from "../types.ts";
import { findContinuation, goesOnWith, leavesSentenceCut } from "./continuation.ts";

/**
 * Text that pdftotext printed out of order: its blocks come column by column, so a story's sentence cut by the
 * column may go on past a heading or another story's text, further down the page. A paragraph that leaves its
 * sentence unfinished where nothing after it can go on with it (a heading, a byline, a dateline follows) is
 * followed by the first later paragraph that opens mid-sentence (a mark no sentence opens with, the rest of a word
 * the cut split) and that no paragraph before it runs on into; reflow then joins them.
 */
export function gatherScattered(input: Unit[]): Unit[] {
  const units = [...input];
  for (let i = 0; i < units.length; i++) {
    const p = units[i]!;
    if (!leavesSentenceCut(p) || findContinuation(units, i) >= 0) continue;
    for (let j = i + 2; j < units.length; j++) {
      const q = units[j]!;
      if (q.kind !== "paragraph" || q.note || q.dateline || BOX_LABEL.test(q.text)) continue;
      // a paragraph another one runs on into is that one's
      if (leavesSentenceCut(units[j - 1]!)) continue;
      if (!goesOnWith(units, p.text, q.text)) continue;
      units.splice(j, 1);
      units.splice(i + 1, 0, { ...q, why: `${q.why}; goes on with line ${p.lines.at(-1)}'s sentence, printed apart` });
      break;
    }
  }
  return units;
}
