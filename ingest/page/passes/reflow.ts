import { CREDIT_TAIL, isCreditOnly, PICTURE_CREDIT_END } from "../patterns/caption.ts";
import { BOX_LABEL } from "../patterns/heading.ts";
import { joinWrapped } from "../text/join.ts";
import { PICTURE_LEAD } from "../patterns/lead.ts";
import { finished, sentences } from "../text/marks.ts";
import type { Paragraph, Unit } from "../types.ts";
import { append } from "../../../archive/array.ts";
import { captionShaped, findContinuation, leavesSentenceCut, nextInReadingOrder } from "./continuation.ts";

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
      if (!leavesSentenceCut(p)) break;
      const j = printed ? nextInReadingOrder(units, i) : findContinuation(units, i);
      if (j < 0) break;
      const q = units[j] as Paragraph;
      const between = units.slice(i + 1, j).map(asInsert);
      const joined: Paragraph = {
        ...p,
        text: joinWrapped([p.text, q.text]),
        lines: [...p.lines, ...q.lines],
        repeats: [...p.repeats, ...q.repeats],
        // (the signature of a letter ends the text joined: the second part's)
        signed: q.signed,
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
/** Fewest lines a caption set into the sentence runs to when it tells a picture's story, not a photo's label. */
const PICTURE_STORY_MIN_LINES = 3;

/** Fewest sentences (its credit one of them) a caption set into the sentence tells a picture's story in, however it opens. */
const PICTURE_STORY_SENTENCES = 4;

/**
 * A box that ends on a picture's credit, or that a credit line ends (…感人事。③2 王俊祥 摄): a picture story the
 * layout set into the sentence, not the host story's side box. A credit on a line of its own joins it.
 */
function markPictures(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < units.length; i++) {
    const told = creditFinishing(units, i);
    if (told) {
      out.push(told.box);
      i = told.last;
      continue;
    }
    const u = units[i]!;
    // (a credit set over its caption, 记者 刘凯 摄 / 赣南大道快速路项目是…吊卡装箱梁。: the picture's story, then its credit)
    const below = units[i + 1];
    if (
      u.kind === "caption" &&
      isCreditOnly(u.text) &&
      below?.kind === "box" &&
      [...below.text].length >= PICTURE_STORY_MIN &&
      !PICTURE_CREDIT_END.test(below.text)
    ) {
      out.push({
        ...below,
        picture: true,
        why: `${below.why}, its credit over it: a picture story set into the sentence`,
      });
      out.push({
        kind: "closing",
        text: u.text,
        lines: u.lines,
        why: `${u.why}; the picture story's credit, set over it`,
      });
      i++;
      continue;
    }
    if (
      u.kind === "caption" &&
      u.lines.length >= PICTURE_STORY_MIN_LINES &&
      (PICTURE_LEAD.test(u.text) || sentences(u.text).length >= PICTURE_STORY_SENTENCES) &&
      PICTURE_CREDIT_END.test(u.text)
    ) {
      const why = `${u.why}; lines of a picture's story ending on its credit: a picture story set into the sentence`;
      out.push({ kind: "box", text: u.text, lines: u.lines, why, picture: true });
      continue;
    }
    const next = units[i + 1];
    const credit = (next?.kind === "caption" || next?.kind === "closing") && isCreditOnly(next.text) ? next : null;
    // (a closing byline after it, （滨州网通讯员 王五）, closes a story of its own the layout set there)
    const closed = next?.kind === "closing";
    if (
      u.kind !== "box" ||
      [...u.text].length < PICTURE_STORY_MIN ||
      !(PICTURE_CREDIT_END.test(u.text) || credit || closed)
    ) {
      out.push(u);
      continue;
    }
    const why =
      credit || PICTURE_CREDIT_END.test(u.text)
        ? `${u.why}, ending on a picture's credit: a picture story set into the sentence`
        : `${u.why}, its closing byline after it: a story of its own set into the sentence`;
    out.push({ ...u, picture: true, why });
    // (its credit on a line of its own names its authors, as a closing byline does)
    if (credit && !PICTURE_CREDIT_END.test(u.text)) {
      const rest = creditTailAt(units, i + 2);
      out.push({
        kind: "closing",
        text: rest ? joinWrapped([credit.text, rest.text]) : credit.text,
        lines: rest ? [...credit.lines, ...rest.lines] : credit.lines,
        why: `${credit.why}; the picture story's credit`,
      });
      i += rest ? 2 : 1;
    }
  }
  return out;
}

/**
 * A box whose last sentence a caption-shaped line finishes with the credit, the credit's own end perhaps wrapped to
 * one more line (…届时将带来更加丰富 / 新鲜的海产品。本报记者 张倩 本报通讯员 冯树健 摄 / 影报道): one picture story.
 */
function creditFinishing(units: Unit[], i: number): { box: Unit; last: number } | null {
  const u = units[i]!;
  // (a labelled side box, 链接 / 编者按, is the host story's, whatever caption follows it)
  if (u.kind !== "box" || BOX_LABEL.test(u.text)) return null;
  // (a finished box, its picture's caption under it ending on the credit, 图为…大棚。王维俊 本报记者张殿文摄: the
  // picture's story, then its caption)
  const below = units[i + 1];
  const captioned = below?.kind === "caption" && PICTURE_CREDIT_END.test(below.text) && !isCreditOnly(below.text);
  if (finished(u.text) && !captioned) return null;
  for (let j = i + 1; j < Math.min(units.length, i + 3); j++) {
    const piece = units[j]!;
    if (piece.kind !== "caption" && piece.kind !== "box") return null;
    const parts = units.slice(i, j + 1);
    if (!PICTURE_CREDIT_END.test(joinWrapped(parts.map((x) => x.text)))) continue;
    const tail = creditTailAt(units, j + 1);
    if (tail) parts.push(tail);
    const lines: number[] = [];
    for (const x of parts) append(lines, x.lines);
    const why = `${u.why}, its sentence finished by a caption line ending on a picture's credit: a picture story set into the sentence`;
    return {
      box: { kind: "box", text: joinWrapped(parts.map((x) => x.text)), lines, why, picture: true },
      last: i + parts.length - 1,
    };
  }
  return null;
}

/** 摄影报道 broken after 摄: its rest (影报道), a caption of its own at k, is the credit's. */
function creditTailAt(units: readonly Unit[], k: number): Unit | null {
  const u = units[k];
  return u?.kind === "caption" && CREDIT_TAIL.test(u.text.trim()) ? u : null;
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
