import {
  BYLINE_AFTER_TEXT,
  bylineRunIn,
  CLOSING_BYLINE,
  creditRunIn,
  isClosingByline,
  namesInByline,
} from "../patterns/byline.ts";
import { filedByline } from "../patterns/lines.ts";
import { CREDIT_AFTER_TEXT } from "../patterns/caption.ts";
import { splitDateline } from "../patterns/dateline.ts";
import { LEADING_JUMP, TRAILING_JUMP } from "../patterns/furniture.ts";
import { NOTE_OPENING } from "../patterns/heading.ts";
import { nameAlone } from "../patterns/names.ts";
import type { Line, Unit } from "../types.ts";
import { joinLines } from "./join-lines.ts";

/** A paragraph that says who or where filed it (a dateline, a reporter's credit before the text): a story's first. */
export const isFiled = (u: Unit): boolean => u.kind === "paragraph" && (u.dateline !== null || u.credit !== null);

/** The reader who wrote a letter, after its last sentence: 。读者 薛芳玲 (a name, not 。读者朋友们). */
const READER_AFTER_TEXT = /(?<=[。！？!?”])\s*(读者)\s*([\p{Script=Han}·]{2,4})$/u;

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
  // a page opening with the rest of a story from another page: the jump line is the page's, not the story's
  const from = LEADING_JUMP.exec(text);
  if (from) {
    out.push({
      kind: "furniture",
      furniture: "jump",
      text: from[0].trim(),
      lines: [nums[0]!],
      why: "jump from another page before the first sentence",
    });
    text = text.slice(from[0].length);
  }
  let dateline: string | null = null;
  let datelineByline: string | null = null;
  const dl = splitDateline(text);
  if (dl) {
    dateline = dl.dateline;
    datelineByline = dl.byline;
    text = dl.rest;
    reason += `; ${dl.why}`;
  }
  // 记者 陈芮 文/摄 4月18日，… — a reporter's credit before the text: it opens the story, as a dateline does, and
  // names its authors (its words stay the paragraph's: the paper printed them there)
  // (本报特派记者 郭静 张洪波 3月7日发自北京 on a line of its own: the byline is its dateline, its words stay too)
  const filed = !dl && filedByline(text) ? namesInByline(text).join(" ") || null : null;
  const credit = dl ? null : (creditRunIn(text) ?? filed);
  if (credit)
    reason += filed ? "; a byline that says when and where it was filed" : "; a reporter's credit opening the text";
  // 本报记者 韩钟昆 解决当前经济… — an older paper's byline set into its story's first line
  const runIn = dl || credit ? null : bylineRunIn(text);
  if (runIn) {
    out.push({ kind: "byline", text: runIn.byline, lines: [nums[0]!], why: "a byline set into the first line" });
    text = runIn.rest;
  }
  let jump: string | null = null;
  const j = TRAILING_JUMP.exec(text);
  if (j) {
    jump = j[0].trim();
    text = text.slice(0, j.index).trimEnd();
  }
  let closing: string | null = null;
  let signed: string | null = null;
  const m = /[)）]\s*$/u.test(text) ? CLOSING_BYLINE.exec(text) : null;
  if (m && isClosingByline(m[1]!)) {
    closing = m[1]!;
    text = text.slice(0, m.index).trimEnd();
  } else {
    // …体验劳动的乐趣。晚报记者 李伟 摄 — a picture's credit run on after the last sentence, brackets or none
    const c = CREDIT_AFTER_TEXT.exec(text);
    const reader = READER_AFTER_TEXT.exec(text);
    const b = c ? null : BYLINE_AFTER_TEXT.exec(text);
    if (c) {
      closing = `${c[1]} ${c[2]!.trim()} 摄`;
      text = text.slice(0, c.index).trimEnd();
    } else if (!b && reader && nameAlone(reader[2]!)) {
      // (a letter's reader signs it in its last line: the text keeps the signature, the name is its author)
      signed = reader[2]!;
      reason += "; a letter signed by its reader";
    } else if (b) {
      closing = `${b[1]} ${b[2]!.trim()}`;
      text = text.slice(0, b.index).trimEnd();
    }
  }
  const note = NOTE_OPENING.test(text);
  if (text || dateline)
    out.push({
      kind: "paragraph",
      text,
      lines: nums,
      dateline,
      datelineByline,
      credit,
      signed,
      note,
      isolated,
      indented: lines[0]!.indent >= 1,
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
