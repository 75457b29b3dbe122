import { hanPair, hanPairCounts } from "../text/han.ts";
import { CONTINUATION_START } from "../text/marks.ts";
import type { Heading, Unit } from "../types.ts";
import { captionShaped } from "./continuation.ts";

/** How often a word broken across a heading and the next paragraph must occur elsewhere on the page. */
const BROKEN_WORD_MIN_USES = 2;

/**
 * A heading-shaped line that is the first line of a paragraph cut by a blank line: its last character
 * and the next paragraph's first form a word the page uses elsewhere (…位于济 / 南市…).
 */
export function mendBrokenHeadings(units: Unit[]): Unit[] {
  const asParagraph = (u: Heading, why: string): Unit => ({
    kind: "paragraph",
    text: u.text,
    lines: u.lines,
    dateline: null,
    datelineByline: null,
    credit: null,
    signed: null,
    note: false,
    isolated: false,
    // (the first line of a paragraph, as the paragraph below shows)
    indented: true,
    repeats: [],
    why: `${u.why}; but ${why}`,
  });
  // the word each one-part heading would form with the paragraph below it, when both ends are Han
  const wordAt = units.map((u, i) => {
    const next = units[i + 1];
    if (u.kind !== "heading" || u.parts.length !== 1 || next?.kind !== "paragraph" || next.dateline) return null;
    // only Han pairs are counted on the page (hanPairCounts)
    return hanPair(u.text.at(-1) ?? "", next.text[0] ?? "");
  });
  const uses = hanPairCounts(units, new Set(wordAt.filter((p) => p !== null)));
  return units.map((u, i) => {
    if (u.kind !== "heading" || u.parts.length !== 1) return u;
    const word = wordAt[i];
    if (word && (uses.get(word) ?? 0) >= BROKEN_WORD_MIN_USES)
      return asParagraph(u, `"${word}" breaks across the blank line: start of a paragraph`);
    // past any captions, the text below opens with a mark no sentence opens with: this line is its start
    for (let j = i + 1; j < units.length && j <= i + 3; j++) {
      const q = units[j]!;
      if (q.kind === "paragraph" && !captionShaped(q)) {
        if (!q.dateline && CONTINUATION_START.test(q.text)) return asParagraph(u, `line ${q.lines[0]} continues it`);
        break;
      }
      if (!captionShaped(q)) break;
    }
    return u;
  });
}
