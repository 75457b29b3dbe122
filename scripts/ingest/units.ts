import type { FurnitureKind } from "../../src/lib/schema/page.ts";
import { printedWidth } from "../../src/lib/text/width.ts";
import { endsSentence } from "../../src/lib/text/punctuation.ts";
import type { Line } from "./normalise.ts";
import { FURNITURE_RULES } from "./patterns/furniture.ts";
import { OPENING_BYLINE_RULES, OPENING_BYLINE_MAX_WIDTH, CLOSING_BYLINE, isClosingByline, onlyRolesAndNames } from "./patterns/byline.ts";
import { splitDateline } from "./patterns/dateline.ts";
import { headlineLike, HEADLINE_MAX_WIDTH, NOTE_OPENING, quotesBalanced } from "./patterns/heading.ts";

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
      /** Text printed twice on the page and dropped here. */
      repeats: { text: string; lines: number[] }[];
    });
export type UnitKind = Unit["kind"];
export type Paragraph = Extract<Unit, { kind: "paragraph" }>;

/** Furniture kind of a line, if it is page furniture. */
export function furnitureOf(text: string, w = printedWidth(text)): { kind: FurnitureKind; why: string } | null {
  if (w > FURNITURE_MAX_WIDTH) return null;
  for (const r of FURNITURE_RULES) if (w <= r.maxWidth && r.pattern.test(text)) return { kind: r.kind, why: r.why };
  return null;
}

/** Widest any furniture rule allows: wider lines need no test. */
const FURNITURE_MAX_WIDTH = Math.max(...FURNITURE_RULES.map((r) => r.maxWidth));

/** Why a line is an opening byline, or null. */
export function openingBylineOf(text: string, w = printedWidth(text)): string | null {
  if (w > OPENING_BYLINE_MAX_WIDTH || /[，。,；]/u.test(text)) return null;
  // the anchored rules first: they turn most lines away at their first characters
  const why = OPENING_BYLINE_RULES.find((r) => r.pattern.test(text))?.why;
  return why && onlyRolesAndNames(text) ? why : null;
}

/** A cheap test before the closing-byline pattern: only a line ending in a bracket can carry one. */
const endsBracket = (t: string) => /[)）]\s*$/u.test(t);

/** Join wrapped lines: CJK needs no space, Latin words and numbers do. */
export function joinWrapped(parts: string[]): string {
  return parts.reduce((acc, p) => (acc && /[A-Za-z0-9]$/u.test(acc) && /^[A-Za-z0-9]/u.test(p) ? `${acc} ${p}` : acc + p), "");
}

/** Widest a headline wrapped over several lines can be in all (em). */
const WRAPPED_HEADLINE_MAX_WIDTH = 48;

/** Lines that read as one headline wrapped over several short lines: no clause marks, short in all. */
export function wrappedHeadline(parts: string[]): boolean {
  return (
    parts.length <= 4 &&
    parts.reduce((w, p) => w + printedWidth(p), 0) <= WRAPPED_HEADLINE_MAX_WIDTH &&
    !parts.some((p) => /[，,；;]|[：:]$/u.test(p)) &&
    quotesBalanced(parts.join(""))
  );
}

/** Ratio under which a block's first line is a heading set over the lines below it. */
const SHORT_FIRST_LINE = 0.75;
/** Ratio under which a sentence-ending line closes its paragraph inside a block. */
const SHORT_LAST_LINE = 0.85;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

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

/** Lines to units: furniture, bylines, headings and paragraphs, each with the reason for its reading. */
export function unitsOf(lines: Line[]): Unit[] {
  const units: Unit[] = [];
  for (const block of blocksOf(lines)) units.push(...unitsOfBlock(block));
  return units;
}

function unitsOfBlock(block: Line[]): Unit[] {
  const out: Unit[] = [];
  const widths = block.map((l) => printedWidth(l.text));
  const measure = Math.max(...widths);
  let para: { parts: string[]; lines: number[]; dateline: string | null; datelineByline: string | null; note: boolean; why: string } | null = null;
  let atStart = true;
  const flush = () => {
    if (para && para.parts.join("").trim()) {
      out.push({
        kind: "paragraph",
        text: joinWrapped(para.parts),
        lines: para.lines,
        dateline: para.dateline,
        datelineByline: para.datelineByline,
        note: para.note,
        isolated: block.length === 1,
        repeats: [],
        why: para.why,
      });
    }
    para = null;
  };
  for (let i = 0; i < block.length; i++) {
    const line = block[i]!;
    const t = line.text;
    const furniture = furnitureOf(t, widths[i]);
    if (furniture) {
      flush();
      out.push({ kind: "furniture", furniture: furniture.kind, text: t, lines: [line.n], why: furniture.why });
      atStart = true;
      continue;
    }
    const bylineWhy = openingBylineOf(t, widths[i]);
    if (bylineWhy) {
      flush();
      const prev = out.at(-1);
      // a byline printed over two lines (记者 X / 通讯员 Y 报道) is one byline
      if (prev?.kind === "byline" && prev.lines.at(-1) === line.n - 1) {
        prev.text += ` ${t}`;
        prev.lines.push(line.n);
      } else out.push({ kind: "byline", text: t, lines: [line.n], why: bylineWhy });
      atStart = true;
      continue;
    }
    const closing = endsBracket(t) ? CLOSING_BYLINE.exec(t) : null;
    if (closing && closing.index === 0 && isClosingByline(closing[1]!)) {
      flush();
      out.push({ kind: "closing", text: t, lines: [line.n], why: "names in brackets on a line of their own" });
      atStart = true;
      continue;
    }
    const dl = splitDateline(t);
    if (dl) {
      flush();
      para = { parts: [], lines: [line.n], dateline: dl.dateline, datelineByline: dl.byline, note: false, why: dl.why };
      pushText(dl.rest, line.n);
      atStart = false;
      continue;
    }
    if (NOTE_OPENING.test(t)) {
      flush();
      para = { parts: [], lines: [], dateline: null, datelineByline: null, note: true, why: "editor's note label" };
      pushText(t, line.n);
      atStart = false;
      continue;
    }
    if (atStart && widths[i]! <= HEADLINE_MAX_WIDTH && headlineLike(t)) {
      let j = i;
      while (j + 1 < block.length && headlineLike(block[j + 1]!.text, true) && !openingBylineOf(block[j + 1]!.text) && !splitDateline(block[j + 1]!.text) && !furnitureOf(block[j + 1]!.text)) j++;
      const next = block[j + 1];
      const runEndsBlock = !next || !!openingBylineOf(next.text) || !!splitDateline(next.text) || !!furnitureOf(next.text);
      const run = block.slice(i, j + 1);
      if (runEndsBlock && (run.length === 1 || wrappedHeadline(run.map((l) => l.text)))) {
        out.push({ kind: "heading", text: joinWrapped(run.map((l) => l.text)), parts: run.map((l) => l.text), lines: run.map((l) => l.n), why: next ? "short unpunctuated lines before a story opening" : "short unpunctuated lines standing alone" });
        i = j;
        atStart = true;
        continue;
      }
      const below = widths.slice(i + 1, i + 4);
      if (below.length && widths[i]! < SHORT_FIRST_LINE * median(below) && !/[，,]/u.test(t)) {
        out.push({ kind: "heading", text: t, parts: [t], lines: [line.n], why: "short unpunctuated line set over a column of text" });
        atStart = false; // what follows in the block is the text under it
        continue;
      }
    }
    // a new paragraph inside a block: an indented line, or the line after a short one that ends a sentence
    const prevLine = block[i - 1];
    if (para && prevLine && ((line.indent >= 1 && line.indent > prevLine.indent) || (endsSentence(prevLine.text) && widths[i - 1]! < SHORT_LAST_LINE * measure))) flush();
    if (!para) para = { parts: [], lines: [], dateline: null, datelineByline: null, note: false, why: "running text" };
    pushText(t, line.n);
    atStart = false;
  }
  flush();
  return out;

  // adds a line's text to the open paragraph, splitting off a closing byline at its end
  function pushText(text: string, n: number) {
    const m = endsBracket(text) ? CLOSING_BYLINE.exec(text) : null;
    if (m && isClosingByline(m[1]!)) {
      const before = text.slice(0, m.index).trimEnd();
      if (before) {
        para!.parts.push(before);
        if (!para!.lines.includes(n)) para!.lines.push(n);
      }
      flush();
      out.push({ kind: "closing", text: m[1]!, lines: [n], why: "names in brackets after the last sentence" });
      atStart = true;
      return;
    }
    if (text) para!.parts.push(text);
    if (!para!.lines.includes(n)) para!.lines.push(n);
  }
}
