import { CLOSING_BYLINE, isClosingByline } from "../patterns/byline.ts";
import { splitDateline } from "../patterns/dateline.ts";
import { TRAILING_JUMP } from "../patterns/furniture.ts";
import { ITEM_NUMBER, NOTE_OPENING } from "../patterns/heading.ts";
import type { Line, Unit } from "../types.ts";
import { joinLines } from "./join-lines.ts";

/**
 * A paragraph's lines to units: its text, with what its edges carry that is not its text taken off — a
 * dateline and its bracket byline at the start (the byline may wrap), a jump line and then a closing byline
 * at the end; an editor's note and a numbered brief are marked.
 */
export function paragraphOf(lines: Line[], isolated: boolean, why: (l: Line) => string): Unit[] {
  const out: Unit[] = [];
  const nums = lines.map((l) => l.n);
  let text = joinLines(lines);
  let reason = why(lines[0]!);
  let dateline: string | null = null;
  let datelineByline: string | null = null;
  const dl = splitDateline(text);
  if (dl) {
    dateline = dl.dateline;
    datelineByline = dl.byline;
    text = dl.rest;
    reason += `; ${dl.why}`;
  }
  let jump: string | null = null;
  const j = TRAILING_JUMP.exec(text);
  if (j) {
    jump = j[0].trim();
    text = text.slice(0, j.index).trimEnd();
  }
  let closing: string | null = null;
  const m = /[)）]\s*$/u.test(text) ? CLOSING_BYLINE.exec(text) : null;
  if (m && isClosingByline(m[1]!)) {
    closing = m[1]!;
    text = text.slice(0, m.index).trimEnd();
  }
  const note = NOTE_OPENING.test(text);
  if (text || dateline)
    out.push({
      kind: "paragraph",
      text,
      lines: nums,
      dateline,
      datelineByline,
      note,
      isolated,
      item: ITEM_NUMBER.test(text),
      repeats: [],
      why: note ? `${reason}; editor's note label` : reason,
    });
  const last = nums.at(-1)!;
  if (closing)
    out.push({ kind: "closing", text: closing, lines: [last], why: "names in brackets after the last sentence" });
  if (jump)
    out.push({
      kind: "furniture",
      furniture: "jump",
      text: jump,
      lines: [last],
      why: "jump to another page after the last sentence",
    });
  return out;
}
