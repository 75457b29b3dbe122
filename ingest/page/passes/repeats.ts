import { inkOf } from "../../../archive/text/ink.ts";
import { firstSentence } from "../text/marks.ts";
import type { Paragraph, Unit } from "../types.ts";

/** Shortest repeat (in characters) worth calling a printing slip rather than a turn of phrase. */
const MIN_REPEAT = 8;

/**
 * Drop text the page printed twice: a paragraph identical to the one before it, or a paragraph that
 * opens with the sentence the one before it closed with. What is dropped is kept in `repeats`.
 */
export function dropRepeats(input: Unit[]): Unit[] {
  const out: Unit[] = [];
  let prev: Paragraph | null = null;
  let prevInk = "";
  for (const u of input) {
    if (u.kind !== "paragraph") {
      if (u.kind !== "caption" && u.kind !== "box") prev = null;
      out.push(u);
      continue;
    }
    const ink = inkOf(u.text);
    if (prev && ink === prevInk && ink.length >= MIN_REPEAT) {
      // the whole paragraph as printed, its dateline and byline included
      prev.repeats.push({ text: `${u.dateline ?? ""}${u.datelineByline ?? ""}${u.text}`, lines: u.lines });
      continue;
    }
    const first = prev ? firstSentence(u.text) : undefined;
    if (
      prev &&
      first &&
      first.length < u.text.length &&
      inkOf(first).length >= MIN_REPEAT &&
      prevInk.endsWith(inkOf(first))
    ) {
      const q: Paragraph = {
        ...u,
        text: u.text.slice(first.length).trimStart(),
        repeats: [...u.repeats, { text: first.trim(), lines: [u.lines[0]!] }],
        why: `${u.why}; opening sentence printed twice`,
      };
      out.push(q);
      prev = q;
      prevInk = inkOf(q.text);
      continue;
    }
    out.push(u);
    prev = u;
    prevInk = ink;
  }
  return out;
}
