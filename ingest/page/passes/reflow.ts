import { isCreditOnly, PICTURE_CREDIT_END } from "../patterns/caption.ts";
import { FIELD_LINE, BOX_LABEL } from "../patterns/heading.ts";
import { joinWrapped } from "../text/join.ts";
import { finished } from "../text/marks.ts";
import type { Paragraph, Unit } from "../types.ts";
import { append } from "../../../archive/array.ts";
import { captionShaped, findContinuation, nextInReadingOrder } from "./continuation.ts";

/**
 * Join sentences cut by a column break, a caption or a side box. A paragraph that does not end its
 * sentence is joined to the paragraph that continues it; what stood between becomes captions and a box,
 * placed after the joined paragraph. On a printed page the lines come in reading order, so the sentence goes
 * on in the next text past captions; on a text page the evidence is weighed (continuation.ts).
 */
export function reflow(input: Unit[], printed = false): Unit[] {
  const units = [...input];
  for (let i = 0; i < units.length; i++) {
    for (;;) {
      const p = units[i]!;
      // (a paragraph ending on a picture's credit or its source, 。据新华社, is finished: the credit ends it)
      if (p.kind !== "paragraph" || finished(p.text) || FIELD_LINE.test(p.text) || PICTURE_CREDIT_END.test(p.text))
        break;
      const j = printed ? nextInReadingOrder(units, i) : findContinuation(units, i);
      if (j < 0) break;
      const q = units[j] as Paragraph;
      const between = units.slice(i + 1, j).map(asInsert);
      const joined: Paragraph = {
        ...p,
        text: joinWrapped([p.text, q.text]),
        lines: [...p.lines, ...q.lines],
        repeats: [...p.repeats, ...q.repeats],
        why: `${p.why}; joined to line ${q.lines[0]}`,
      };
      units.splice(i, j - i + 1, joined, ...markPictures(mergeBoxes(between)));
    }
  }
  return units;
}

/** Material found inside a cut sentence: captions stay captions, paragraphs become a side box. */
function asInsert(u: Unit): Unit {
  if (u.kind === "paragraph" && BOX_LABEL.test(u.text))
    return { kind: "box", text: u.text, lines: u.lines, why: "labelled side box inside a cut sentence" };
  if (captionShaped(u))
    return {
      kind: "caption",
      text: u.text,
      lines: u.lines,
      why: "caption-shaped line inside a cut sentence",
      cutInto: true,
    };
  if (u.kind === "paragraph")
    return { kind: "box", text: u.text, lines: u.lines, why: "paragraphs inside a cut sentence: a side box" };
  return u;
}

/** Shortest box that tells a picture's story (characters), not a photo's label. */
const PICTURE_STORY_MIN = 20;

/**
 * A box that ends on a picture's credit, or that a credit line ends (…感人事。③2 王俊祥 摄): a picture story the
 * layout set into the sentence, not the host story's side box. A credit on a line of its own joins it.
 */
function markPictures(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const next = units[i + 1];
    const credit = next?.kind === "caption" && isCreditOnly(next.text) ? next : null;
    if (u.kind !== "box" || [...u.text].length < PICTURE_STORY_MIN || !(PICTURE_CREDIT_END.test(u.text) || credit)) {
      out.push(u);
      continue;
    }
    const why = `${u.why}, ending on a picture's credit: a picture story set into the sentence`;
    out.push({ ...u, picture: true, why });
    // (its credit on a line of its own names its authors, as a closing byline does)
    if (credit && !PICTURE_CREDIT_END.test(u.text)) {
      out.push({
        kind: "closing",
        text: credit.text,
        lines: credit.lines,
        why: `${credit.why}; the picture story's credit`,
      });
      i++;
    }
  }
  return out;
}

function mergeBoxes(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (const u of units) {
    const prev = out.at(-1);
    if (u.kind === "box" && prev?.kind === "box") {
      prev.text += `\n${u.text}`;
      append(prev.lines, u.lines);
    } else out.push(u);
  }
  return out;
}
