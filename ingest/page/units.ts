import type { FurnitureKind } from "../../archive/schema/page.ts";
import { printedWidth } from "./text/width.ts";
import { endsSentence } from "./text/punctuation.ts";
import type { Line } from "./normalise.ts";
import { furnitureOf } from "./patterns/lines.ts";
import { CLOSING_BYLINE, closingLineForm, isClosingByline } from "./patterns/byline.ts";
import { splitDateline } from "./patterns/dateline.ts";
import { NOTE_OPENING, quotesBalanced } from "./patterns/heading.ts";
import { followsOn, leadsIn } from "./headline-group.ts";
import { briefReading, readLines, type LineReading } from "./line-model/model.ts";
import { closesFirst, leftOpen, type LineLabel } from "./line-model/features.ts";
import type { PaperProfile } from "./profile.ts";

import { joinWrapped } from "./join.ts";
import { append, maxOf } from "../../archive/array.ts";

export { furnitureOf, openingBylineOf } from "./patterns/lines.ts";
export { joinWrapped } from "./join.ts";

interface Base {
  text: string;
  lines: number[];
  /** Why the line(s) got this reading: printed by --explain and asserted in tests. */
  why: string;
}
export type Unit =
  | (Base & { kind: "furniture"; furniture: FurnitureKind })
  | (Base & { kind: "byline" })
  | (Base & { kind: "closing" })
  | (Base & { kind: "heading"; parts: string[] })
  | (Base & { kind: "caption" })
  | (Base & { kind: "box" })
  | (Base & {
      kind: "paragraph";
      /** 本报讯… that opened it, taken off the text. */
      dateline: string | null;
      /** (记者 X) printed right after the dateline. */
      datelineByline: string | null;
      note: boolean;
      /** One line standing alone between blank lines: the shape of a caption. */
      isolated: boolean;
      /** A numbered brief (1. 2. 3.) standing as a story of its own. */
      item: boolean;
      /** Text printed twice on the page and dropped here. */
      repeats: { text: string; lines: number[] }[];
    });
export type UnitKind = Unit["kind"];
export type Paragraph = Extract<Unit, { kind: "paragraph" }>;

/** Widest a headline wrapped over several lines can be in all (em). */
const WRAPPED_HEADLINE_MAX_WIDTH = 48;

/**
 * Lines that read as one headline wrapped over several short lines: no clause marks, short in all (a
 * quotation may still be open: the next line can close it).
 */
export function wrappedHeadline(parts: string[], quoteMayRunOn = false): boolean {
  return (
    parts.length <= 4 &&
    parts.reduce((w, p) => w + printedWidth(p), 0) <= WRAPPED_HEADLINE_MAX_WIDTH &&
    !parts.some((p) => /[，,；;]|[：:]$/u.test(p)) &&
    (quoteMayRunOn || quotesBalanced(parts.join("")))
  );
}

/** Ratio under which a sentence-ending line closes its paragraph inside a block. */
const SHORT_LAST_LINE = 0.85;

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

/** A closing byline on a line of its own: names in brackets, X/文, or a name alone after the text. */
function closingOf(text: string): string | null {
  const form = closingLineForm(text);
  if (form === "bracketed") return "names in brackets on a line of their own";
  if (form === "credit") return "name with its credit (X/文)";
  if (/^[\p{Script=Han}·]{2,4}$/u.test(text)) return "an author's name set alone at the story's end";
  return null;
}

/** Two phrases side by side with a space between, each four characters or more: two headlines on one line. */
export const sideBySide = (t: string) => {
  const parts = t.split(/\s+/u).filter(Boolean);
  return parts.length === 2 && parts.every((p) => [...p].length >= 4 && !/[，,。；;]/u.test(p));
};

/** A numbered brief: 1. / 2、 at the head of a paragraph. */
const ITEM_NUMBER = /^\d{1,2}[.．、](?!\d)/u;
/** A jump line closing a paragraph: （下转第2版）. */
const TRAILING_JUMP = /[（(]\s*(下转|转|续)\s*第?\s*[A-Z]?\s*[\d一二三四五六七八九十]+\s*版\s*[)）]\s*$/u;

/**
 * Lines to units: the line model labels every line (furniture, headline, byline, caption, text), and runs
 * of one label become units: furniture lines, a byline, a headline (one or several lines), a caption, and
 * paragraphs of text with their datelines, notes and closing bylines taken off.
 */
export function unitsOf(
  lines: Line[],
  profile: PaperProfile | null = null,
  editorLabels: ReadonlyMap<number, LineLabel> = new Map(),
): Unit[] {
  const readings = new Map<number, LineReading>(readLines(lines, profile, editorLabels).map((r) => [r.line.n, r]));
  const units: Unit[] = [];
  for (const block of blocksOf(lines)) unitsOfBlock(block, readings, units);
  return units;
}

/** Read one block's lines into units, appended to the page's units so far. */
function unitsOfBlock(block: Line[], readings: Map<number, LineReading>, out: Unit[]): void {
  // a line that closes a bracket the line above left open goes on with it, whatever its own reading
  const labels = new Map<number, LineReading["label"]>();
  for (const [k, l] of block.entries())
    labels.set(
      l.n,
      k > 0 && leftOpen(block[k - 1]!.text) && closesFirst(l.text)
        ? labels.get(block[k - 1]!.n)!
        : readings.get(l.n)!.label,
    );
  const label = (l: Line) => labels.get(l.n)!;
  // the label and its probability; --explain prints the features that weighed
  const why = (l: Line) => briefReading(readings.get(l.n)!);
  const measure = maxOf(block.map((l) => printedWidth(l.text)));
  for (let i = 0; i < block.length; ) {
    // names in brackets on a line of their own after the text close the story, whatever else they look like
    const l0 = block[i]!;
    const prevUnit = out.at(-1);
    if (
      (prevUnit?.kind === "paragraph" || prevUnit?.kind === "caption") &&
      closingOf(l0.text)?.startsWith("names in brackets")
    ) {
      out.push({
        kind: "closing",
        text: l0.text,
        lines: [l0.n],
        why: `${why(l0)}; names in brackets after the text: closing byline`,
      });
      i++;
      continue;
    }
    let kind = label(block[i]!);
    let j = i;
    while (j + 1 < block.length && label(block[j + 1]!) === kind) j++;
    // two headlines side by side over a headline below them: the first line of a headline block, even when
    // as wide as the column (某区：…赢未来 我区召开动员会议 / 2024年第4期…)
    if (
      kind === "text" &&
      j === i &&
      i === 0 &&
      j + 1 < block.length &&
      label(block[j + 1]!) === "headline" &&
      !endsSentence(l0.text) &&
      sideBySide(l0.text)
    ) {
      kind = "headline";
      while (j + 1 < block.length && label(block[j + 1]!) === "headline") j++;
    }
    const run = block.slice(i, j + 1);
    switch (kind) {
      case "furniture":
        for (const l of run)
          out.push({
            kind: "furniture",
            furniture: furnitureOf(l.text)?.kind ?? "other",
            text: l.text,
            lines: [l.n],
            why: why(l),
          });
        break;
      case "byline":
        append(out, bylinesOf(run, out, why));
        break;
      case "caption":
        out.push({
          kind: "caption",
          text: joinWrapped(run.map((l) => l.text)),
          lines: run.map((l) => l.n),
          why: why(run[0]!),
        });
        break;
      case "headline":
        append(
          out,
          headingsOf(run, (l) =>
            label(l) === "headline" ? why(l) : `${why(l)}; but two headlines side by side over the headline below them`,
          ),
        );
        break;
      case "text":
        append(out, paragraphsOf(run, block.length === 1, measure, why));
        break;
    }
    i = j + 1;
  }
}

/** Byline lines: opening bylines over two lines are one; a closing form after text closes the story. */
function bylinesOf(run: Line[], before: Unit[], why: (l: Line) => string): Unit[] {
  const out: Unit[] = [];
  for (const l of run) {
    const closing = closingOf(l.text);
    const prev = out.at(-1) ?? before.at(-1);
    if (closing && (prev?.kind === "paragraph" || prev?.kind === "caption")) {
      out.push({ kind: "closing", text: l.text, lines: [l.n], why: `${why(l)}; ${closing}` });
      continue;
    }
    const last = out.at(-1);
    // a byline printed over two lines (记者 X / 通讯员 Y 报道) is one byline
    if (last?.kind === "byline" && last.lines.at(-1) === l.n - 1) {
      last.text += ` ${l.text}`;
      last.lines.push(l.n);
    } else out.push({ kind: "byline", text: l.text, lines: [l.n], why: why(l) });
  }
  return out;
}

/** A title's first line is the fuller one: a first line under this share of the next is a kicker over it. */
const WRAPPED_FIRST_LINE_MIN = 0.8;

/**
 * Two headline lines printed one under the other that are one title the column broke: no phrase gaps,
 * no kicker or subtitle mark, short in all, and the first line at least nearly as wide as the second.
 */
export function wrappedTitle(a: string, b: string): boolean {
  return (
    !/\s/u.test(a + b) &&
    !leadsIn(a) &&
    !followsOn(b) &&
    printedWidth(a) >= WRAPPED_FIRST_LINE_MIN * printedWidth(b) &&
    wrappedHeadline([a, b], true)
  );
}

/** Headline lines: each line a heading, but a title broken over two lines is one. */
function headingsOf(run: Line[], why: (l: Line) => string): Unit[] {
  const out: Extract<Unit, { kind: "heading" }>[] = [];
  for (const l of run) {
    const last = out.at(-1);
    // a line holding two headlines side by side carries on into the second one's wrapped lines
    const lastPart = last?.parts.at(-1) ?? "";
    const continues =
      last !== undefined &&
      (last.parts.length === 1 && sideBySide(lastPart) ? lastPart.split(/\s+/u).at(-1)! : lastPart);
    if (
      last &&
      last.lines.at(-1) === l.n - 1 &&
      continues &&
      wrappedTitle(continues, l.text) &&
      wrappedHeadline(
        [...last.parts, l.text].map((p, k) => (k === 0 ? p.replace(/\s+/gu, "") : p)),
        true,
      )
    ) {
      last.parts.push(l.text);
      last.lines.push(l.n);
      last.why += `; line ${l.n} goes on with the same title`;
    } else out.push({ kind: "heading", text: l.text, parts: [l.text], lines: [l.n], why: why(l) });
  }
  for (const h of out) h.text = joinWrapped(h.parts);
  return out;
}

/**
 * Text lines to paragraphs. A paragraph ends where the next line is indented, or after a short line that
 * ends a sentence, or where a dateline, an editor's note or a numbered brief begins. Its dateline and
 * bracket byline are taken off its joined text (the byline may wrap), and a closing byline or a jump off
 * its end.
 */
function paragraphsOf(run: Line[], isolated: boolean, measure: number, why: (l: Line) => string): Unit[] {
  const out: Unit[] = [];
  let cur: Line[] = [];
  const flush = () => {
    if (cur.length) append(out, paragraphOf(cur, isolated, why));
    cur = [];
  };
  for (let k = 0; k < run.length; k++) {
    const line = run[k]!;
    const prev = run[k - 1];
    const newParagraph =
      prev !== undefined &&
      ((line.indent >= 1 && line.indent > prev.indent) ||
        (endsSentence(prev.text) && printedWidth(prev.text) < SHORT_LAST_LINE * measure) ||
        splitDateline(line.text) !== null ||
        (endsSentence(prev.text) && (NOTE_OPENING.test(line.text) || ITEM_NUMBER.test(line.text))));
    if (newParagraph) flush();
    cur.push(line);
  }
  flush();
  return out;
}

/**
 * Join a paragraph's lines; where the raw line broke at a space between Han words inside an open bracket
 * (a byline's names), the space stays. What the joined text ends with is carried along, never read back
 * off it, so a paragraph of 100,000 lines joins in one pass.
 */
function joinLines(lines: Line[]): string {
  const parts: string[] = [];
  let last = "";
  // the latest bracket seen, of each kind: inside one when it is an opening bracket
  let fullWidthOpen = false;
  let asciiOpen = false;
  lines.forEach((l, k) => {
    if (!l.text) return;
    const insideBracket = fullWidthOpen || asciiOpen;
    const brokeAtSpace =
      k > 0 &&
      (/\s$/u.test(lines[k - 1]!.raw) || /^\s/u.test(l.raw)) &&
      /\p{Script=Han}/u.test(last) &&
      /^\p{Script=Han}/u.test(l.text) &&
      insideBracket;
    if (brokeAtSpace || (/[A-Za-z0-9]/u.test(last) && /^[A-Za-z0-9]/u.test(l.text))) parts.push(" ");
    parts.push(l.text);
    last = l.text.at(-1)!;
    for (const c of l.text) {
      if (c === "（") fullWidthOpen = true;
      else if (c === "）") fullWidthOpen = false;
      else if (c === "(") asciiOpen = true;
      else if (c === ")") asciiOpen = false;
    }
  });
  return parts.join("");
}

function paragraphOf(lines: Line[], isolated: boolean, why: (l: Line) => string): Unit[] {
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
  // what a paragraph's end can carry that is not its text: a jump line, then a closing byline
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
