import { printedWidth } from "./text/width.ts";
import { CONTINUATION_START, endsSentence, firstSentence, sentences } from "./text/punctuation.ts";
import type { Paragraph, Unit } from "./units.ts";
import { joinWrapped } from "./join.ts";
import { FIELD_LINE } from "./patterns/heading.ts";
import { hanPairKey, isHanUnit } from "./text/han.ts";
import { append } from "../../archive/array.ts";

/** How many units ahead a sentence cut by a caption or a box is looked for. */
const WINDOW = 8;
/** Widest a one-line paragraph can be and still read as a photo caption (em). */
const CAPTION_MAX_WIDTH = 30;

/** Evidence that Q continues P, each weighed. */
const EVIDENCE = {
  /** Q opens with a mark or particle no sentence opens with (的, ，, ”…). */
  continuationStart: 5,
  /** Q stands right after caption-shaped lines: the caption was dropped into the sentence. */
  afterCaption: 3,
  /** Q is the very next unit: column breaks are the common cause. */
  adjacent: 1,
  /** Cap on the shared-word evidence, so topic overlap never outweighs a grammatical clue. */
  sharedBigramsCap: 6,
  /** The next unit is a finished caption-shaped line standing alone: the sentence more likely goes on after it. */
  captionNext: -2,
} as const;

/** Labels that open a side box (链接：, 背景：, 小贴士…): such a paragraph is inserted material. */
export const BOX_LABEL = /^(相关)?(链接|背景|小贴士|延伸阅读|名词解释|资料|数据|知多少)\s*[:：]/u;

/** Words a short line after captions must share with the cut sentence to be taken as its end. */
const MIN_SHARED_AFTER_CAPTION = 2;

/** Least evidence for joining past other material (or across a heading). */
const MIN_EVIDENCE_TO_SKIP = 3;

/** A unit that cannot sit inside a story's sentence: a new story opens or the page's furniture stands there. */
function isBoundary(u: Unit): boolean {
  return (
    u.kind === "furniture" ||
    u.kind === "byline" ||
    u.kind === "closing" ||
    (u.kind === "paragraph" && u.dateline !== null)
  );
}

/** A line shaped like a photo caption: a heading-like line or a short paragraph standing alone. */
export function captionShaped(u: Unit): boolean {
  if (u.kind === "heading" || u.kind === "caption") return true;
  // a caption is a finished sentence or a name, not the first clause of a sentence
  return (
    u.kind === "paragraph" &&
    u.isolated &&
    !u.dateline &&
    printedWidth(u.text) <= CAPTION_MAX_WIDTH &&
    (endsSentence(u.text) || !/[，,、]/u.test(u.text))
  );
}

/** Pairs of consecutive Han characters (other characters skipped), each pair as one number. */
function hanBigrams(s: string): Set<number> {
  const out = new Set<number>();
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isHanUnit(c)) continue;
    if (prev >= 0) out.add(hanPairKey(prev, c));
    prev = c;
  }
  return out;
}

/** The end of P's last sentence as bigrams; one P is scored against many Qs in turn, so the last is kept. */
let tailMemo = { p: "", bigrams: new Set<number>() };
function tailBigrams(p: string): Set<number> {
  if (tailMemo.p !== p) tailMemo = { p, bigrams: hanBigrams((sentences(p).at(-1) ?? p).slice(-60)) };
  return tailMemo.bigrams;
}

/** Words (as Han bigrams) shared by the end of P and the start of Q. */
export function sharedBigrams(p: string, q: string): number {
  const a = tailBigrams(p);
  let n = 0;
  for (const b of hanBigrams((firstSentence(q) ?? q).slice(0, 80))) if (a.has(b)) n++;
  return n;
}

/** Q opens inside a sentence: a mark or particle no sentence opens with, or it closes what P left open. */
function opensMidSentence(p: string, q: string): boolean {
  return CONTINUATION_START.test(q) || closesWhatPLeftOpen(p, q);
}

/** Score Q at index j as the continuation of the paragraph at index i. */
export function continuationScore(units: Unit[], i: number, j: number): number {
  const p = units[i] as Paragraph;
  const q = units[j] as Paragraph;
  let s = 0;
  if (opensMidSentence(p.text, q.text)) s += EVIDENCE.continuationStart;
  if (j === i + 1) s += EVIDENCE.adjacent;
  else if (captionShaped(units[j - 1]!)) s += EVIDENCE.afterCaption;
  s += Math.min(EVIDENCE.sharedBigramsCap, sharedBigrams(p.text, q.text));
  return s;
}

const PAIRS: readonly [string, string][] = [
  ["“", "”"],
  ["（", "）"],
  ["《", "》"],
  ["「", "」"],
];

/** P leaves a quotation or bracket open and Q closes one before opening any: the sentence runs on. */
const count = (s: string, ch: string) => {
  let n = 0;
  for (let at = s.indexOf(ch); at >= 0; at = s.indexOf(ch, at + 1)) n++;
  return n;
};

export function closesWhatPLeftOpen(p: string, q: string): boolean {
  return PAIRS.some(([open, close]) => {
    const left = count(p, open) - count(p, close);
    const firstClose = q.indexOf(close);
    const firstOpen = q.indexOf(open);
    return left > 0 && firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen);
  });
}

/** Whether Q at j shows a sign of continuing a sentence beyond shared words: its first mark, or captions before it. */
function structuralEvidence(units: Unit[], i: number, j: number): boolean {
  return opensMidSentence(units[i]!.text, units[j]!.text) || (j > i + 1 && captionShaped(units[j - 1]!));
}

/**
 * Where the paragraph at i goes on, or -1. The next paragraph is the default (a column break); a later
 * one wins only with a structural sign (a continuing mark, captions just before it) and clearly more
 * evidence, since shared words alone cannot tell a side box from the story it sits in.
 */
export function findContinuation(units: Unit[], i: number): number {
  const next = units[i + 1];
  if (!next || isBoundary(next)) return -1;
  const adjacentFits = next.kind === "paragraph" && !next.note && !next.dateline && !BOX_LABEL.test(next.text);
  const adjacent = adjacentFits
    ? continuationScore(units, i, i + 1) +
      (next.isolated && captionShaped(next) && endsSentence(next.text) && !opensMidSentence(units[i]!.text, next.text)
        ? EVIDENCE.captionNext
        : 0)
    : 0;
  let best = adjacentFits ? i + 1 : -1;
  let bestScore = adjacentFits ? adjacent + MIN_EVIDENCE_TO_SKIP - 1 : MIN_EVIDENCE_TO_SKIP - 1;
  for (let j = i + 2; j < units.length && j <= i + WINDOW; j++) {
    const u = units[j]!;
    if (isBoundary(u)) break;
    // once the sentence's end is found past captions, a heading after it is the story's next subhead
    if (u.kind === "heading" && best > i + 1) break;
    if (u.kind !== "paragraph" || u.note) continue;
    if (BOX_LABEL.test(u.text)) continue; // a labelled side box is never the story's sentence
    // no caption opens with 的 or a closing mark; a short line after captions continues only on shared words
    // (a line of clauses after captions reads as the sentence's end, not as one more caption)
    const endsAfterCaptions =
      captionShaped(units[j - 1]!) &&
      (/[，,]/u.test(u.text) || sharedBigrams(units[i]!.text, u.text) >= MIN_SHARED_AFTER_CAPTION);
    if (captionShaped(u) && !opensMidSentence(units[i]!.text, u.text) && !endsAfterCaptions) continue;
    const s = structuralEvidence(units, i, j) ? continuationScore(units, i, j) : -1;
    if (s > bestScore) {
      best = j;
      bestScore = s;
    }
    // an inserted box is finished text: a paragraph cut in its turn is where the search ends
    if (!endsSentence(u.text)) break;
  }
  return best;
}

/**
 * Join sentences cut by a column break, a caption or a side box. A paragraph that does not end its
 * sentence is joined to the paragraph that continues it; what stood between becomes captions and a box,
 * placed after the joined paragraph.
 */
export function reflow(input: Unit[]): Unit[] {
  const units = [...input];
  for (let i = 0; i < units.length; i++) {
    for (;;) {
      const p = units[i]!;
      if (p.kind !== "paragraph" || endsSentence(p.text) || FIELD_LINE.test(p.text)) break;
      const j = findContinuation(units, i);
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
      units.splice(i, j - i + 1, joined, ...mergeBoxes(between));
    }
  }
  return units;
}

/** Material found inside a cut sentence: captions stay captions, paragraphs become a side box. */
function asInsert(u: Unit): Unit {
  if (u.kind === "paragraph" && BOX_LABEL.test(u.text))
    return { kind: "box", text: u.text, lines: u.lines, why: "labelled side box inside a cut sentence" };
  if (captionShaped(u))
    return { kind: "caption", text: u.text, lines: u.lines, why: "caption-shaped line inside a cut sentence" };
  if (u.kind === "paragraph")
    return { kind: "box", text: u.text, lines: u.lines, why: "paragraphs inside a cut sentence: a side box" };
  return u;
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

/** How often each two-character word occurs on the page, in one pass (a 20 MB page costs one pass). */
export function hanPairCounts(units: readonly { text: string }[], words: Iterable<string>): Map<string, number> {
  const wanted = new Map<number, string>();
  // most characters open no wanted word: a table lookup skips them before the map is asked
  const opens = new Uint8Array(65536);
  for (const w of words) {
    const [a, b] = [w.charCodeAt(0), w.charCodeAt(1)];
    if (w.length !== 2 || !isHanUnit(a) || !isHanUnit(b)) continue;
    wanted.set(hanPairKey(a, b), w);
    opens[a] = 1;
  }
  const counts = new Map<string, number>();
  if (!wanted.size) return counts;
  for (const u of units) {
    const t = u.text;
    for (let i = 0; i + 1 < t.length; i++) {
      const a = t.charCodeAt(i);
      const b = t.charCodeAt(i + 1);
      if (!opens[a] || !isHanUnit(b)) continue;
      const w = wanted.get(hanPairKey(a, b));
      if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return counts;
}

/** How often a word broken across a heading and the next paragraph must occur elsewhere on the page. */
const BROKEN_WORD_MIN_USES = 2;

/**
 * A heading-shaped line that is the first line of a paragraph cut by a blank line: its last character
 * and the next paragraph's first form a word the page uses elsewhere (…位于济 / 南市…).
 */
export function mendBrokenHeadings(units: Unit[]): Unit[] {
  const asParagraph = (u: Extract<Unit, { kind: "heading" }>, why: string): Unit => ({
    kind: "paragraph",
    text: u.text,
    lines: u.lines,
    dateline: null,
    datelineByline: null,
    note: false,
    isolated: false,
    item: false,
    repeats: [],
    why: `${u.why}; but ${why}`,
  });
  // the word each one-part heading would form with the paragraph below it, when both ends are Han
  const wordAt = units.map((u, i) => {
    const next = units[i + 1];
    if (u.kind !== "heading" || u.parts.length !== 1 || next?.kind !== "paragraph" || next.dateline) return null;
    const word = (u.text.at(-1) ?? "") + (next.text[0] ?? "");
    // only Han pairs are counted on the page (hanPairCounts)
    return word.length === 2 && isHanUnit(word.charCodeAt(0)) && isHanUnit(word.charCodeAt(1)) ? word : null;
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
