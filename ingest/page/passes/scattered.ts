import { BOX_LABEL } from "../patterns/heading.ts";
import type { Unit } from "../types.ts";
import { findContinuation, goesOnWith, leavesSentenceCut } from "./continuation.ts";

/** A paragraph printed under a story's scattered rest that is that story's too: plain text, no story's opening. */
const goesWithRest = (u: Unit): boolean => u.kind === "paragraph" && !u.note && !u.dateline && !BOX_LABEL.test(u.text);

/**
 * Text that pdftotext printed out of order: its blocks come column by column, so a story's sentence cut by the
 * column may go on past a heading or another story's text, further down the page. A paragraph that leaves its
 * sentence unfinished where nothing after it can go on with it (a heading, a byline, a dateline follows) is
 * followed by the first later paragraph that opens mid-sentence (a mark no sentence opens with, the rest of a word
 * the cut split) and that no paragraph before it runs on into, with the paragraphs printed under it up to the next
 * heading or story's opening (the same column's, the story's text going on); reflow then joins the sentence.
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
      // (the paragraphs pdftotext printed right under it, up to a heading or the next story's opening, are the
      // same column's: the story's text goes on there)
      let end = j + 1;
      while (end < units.length && goesWithRest(units[end]!)) end++;
      // (with the closing byline printed under it: the story's)
      if (units[end]?.kind === "closing") end++;
      const moved = units.splice(j, end - j);
      units.splice(
        i + 1,
        0,
        ...moved.map((u, k) =>
          k === 0 ? { ...u, why: `${u.why}; goes on with line ${p.lines.at(-1)}'s sentence, printed apart` } : u,
        ),
      );
      break;
    }
  }
  return units;
}
