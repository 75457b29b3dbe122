import { filedByline } from "../patterns/lines.ts";
import { isFiled } from "../units/paragraph-edges.ts";
import { BOX_LABEL, FIELD_LINE } from "../patterns/heading.ts";
import { opensStory } from "../patterns/printed-headline.ts";
import { closesWhatPLeftOpen } from "../text/brackets.ts";
import { hanBigrams, hanPair } from "../text/han.ts";
import { CONTINUATION_START, endsSentence, finished, firstSentence, sentences } from "../text/marks.ts";
import { printedWidth } from "../text/width.ts";
import { wordAcross } from "../text/words.ts";
import { LEAD_OPENING } from "../patterns/lead.ts";
import { isCreditOnly, PICTURE_CREDIT_END } from "../patterns/caption.ts";
import type { Paragraph, Unit } from "../types.ts";
import { indentsParagraphs } from "../units/paragraphs.ts";

/**
 * Where a sentence a paragraph leaves unfinished goes on: the evidence that a later paragraph continues it,
 * weighed (reflow.ts joins them).
 */

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
  /**
   * Q opens as a story's lead does (近日，… / 10月9日，…) and a picture's credit ends it: a picture story set into the
   * sentence, which goes on after it.
   */
  pictureStory: -3,
  /** On a page that indents its paragraphs, Q's first line is not indented: it opens inside a paragraph. */
  unindented: 2,
} as const;

/** Whether the page indents its paragraphs, kept while the units stay as many (reflow joins them as it goes). */
const indenting = new WeakMap<Unit[], { n: number; yes: boolean }>();
function pageIndents(units: Unit[]): boolean {
  const kept = indenting.get(units);
  if (kept && kept.n === units.length) return kept.yes;
  const yes = indentsParagraphs(units);
  indenting.set(units, { n: units.length, yes });
  return yes;
}

/** Fewest lines of a paragraph's rest that need not finish a sentence: fewer may be a head's lines. */
const REST_MIN_LINES = 3;

/**
 * On a page that indents its paragraphs, the paragraph at j opens at the column's edge: inside a paragraph, after
 * what was set into it (a blank line or other material before it, not the paragraph it may be the rest of). It
 * finishes a sentence or runs to some lines, as a paragraph's rest does, not a head the export left unmarked.
 */
function opensUnindented(units: Unit[], j: number): boolean {
  const q = units[j];
  const before = units[j - 1];
  if (q?.kind !== "paragraph" || q.indented || isFiled(q)) return false;
  if (before?.kind === "paragraph" && before.lines.at(-1)! + 1 === q.lines[0]) return false;
  return (endsSentence(q.text) || q.lines.length >= REST_MIN_LINES) && pageIndents(units);
}

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
    (u.kind === "heading" && opensStory(u)) ||
    isFiled(u)
  );
}

/** A line shaped like a photo caption: a heading-like line or a short paragraph standing alone. */
export function captionShaped(u: Unit): boolean {
  if (u.kind === "heading" || u.kind === "caption") return true;
  // a caption is a finished sentence or a name, not the first clause of a sentence
  return (
    u.kind === "paragraph" &&
    u.isolated &&
    !isFiled(u) &&
    printedWidth(u.text) <= CAPTION_MAX_WIDTH &&
    (endsSentence(u.text) || !/[，,、]/u.test(u.text))
  );
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

/**
 * A paragraph that leaves its last sentence cut: nothing finishes it (a paragraph ending on a picture's credit or its
 * source, 。据新华社, is finished: the credit ends it; so is a form's field).
 */
export const leavesSentenceCut = (u: Unit): u is Paragraph =>
  u.kind === "paragraph" &&
  !finished(u.text) &&
  !FIELD_LINE.test(u.text) &&
  !PICTURE_CREDIT_END.test(u.text) &&
  // (a letter its reader signed ends on the name)
  u.signed === null &&
  // (a byline that says where it was filed, 本报特派记者 X 3月7日发自北京, is a line of its own)
  !filedByline(u.text);

/** How often a word cut between P and Q must stand whole on the page to count, when the dictionary lacks it (东昌). */
const CUT_WORD_USES = 2;

/** Q's first character completes the word P's last began: a word of the dictionary, or one the page prints whole. */
function cutsWord(units: Unit[], p: string, q: string): boolean {
  const pair = hanPair(p.slice(-1), q.slice(0, 1));
  if (pair === null) return false;
  // (the page's own words first: a scan costs less than the word breaker)
  const text = pageText(units);
  let uses = 0;
  for (let at = text.indexOf(pair); at >= 0 && uses < CUT_WORD_USES; at = text.indexOf(pair, at + 1)) uses++;
  return uses >= CUT_WORD_USES || wordAcross(p, q);
}

/** The page's units' text, one a line, kept while the units stay as many (reflow joins them as it goes). */
const texts = new WeakMap<Unit[], { n: number; text: string }>();
function pageText(units: Unit[]): string {
  const kept = texts.get(units);
  if (kept && kept.n === units.length) return kept.text;
  const text = units.map((u) => u.text).join("\n");
  texts.set(units, { n: units.length, text });
  return text;
}

/**
 * Q opens inside a sentence: a mark or particle no sentence opens with, it closes what P left open, or it completes
 * the word P's last character began.
 */
function opensMidSentence(units: Unit[], p: string, q: string): boolean {
  return CONTINUATION_START.test(q) || closesWhatPLeftOpen(p, q) || cutsWord(units, p, q);
}

/**
 * Q opens inside P's sentence by a sign that holds however far apart they are printed: a mark or particle no
 * sentence opens with, or the rest of the word P's last character began (a bracket closed may be any bracket's).
 */
export function goesOnWith(units: Unit[], p: string, q: string): boolean {
  return CONTINUATION_START.test(q) || cutsWord(units, p, q);
}

/** An agency's picture issued to the paper (新华社发, （中新社发）): a picture's credit. */
const ISSUED_BY = /^[（(]?\s*\p{Script=Han}{1,6}(社|网|台)发\s*[)）]?$/u;

/**
 * A picture's credit on a line of its own: roles and names only (记者 王军 摄), or a closing that ends on one
 * (（滨州日报/滨州网通讯员王天龙摄影）) or names the agency that issued the picture (新华社发).
 */
const creditLine = (u: Unit): boolean =>
  isCreditOnly(u.text) || (u.kind === "closing" && (PICTURE_CREDIT_END.test(u.text) || ISSUED_BY.test(u.text.trim())));

/** Where the paragraph at k ends when a picture's credit ends it: its credit's line (k + 1), or k itself; else -1. */
function creditedEnd(units: Unit[], k: number): number {
  const q = units[k];
  const next = units[k + 1];
  if (q?.kind !== "paragraph") return -1;
  if (next !== undefined && next.kind !== "paragraph" && creditLine(next)) return k + 1;
  return PICTURE_CREDIT_END.test(q.text) ? k : -1;
}

/** A blank line (or lines no unit holds) stands between a and b. */
const apart = (a: Unit | undefined, b: Unit | undefined) =>
  a !== undefined && b !== undefined && a.lines.at(-1)! + 1 < b.lines[0]!;

/**
 * The paragraph at j, a picture's credit ending it (run on or on the next line), opens as a lead does or stands
 * apart, a blank line above it and under its credit: a picture's story. Or it opens as a lead does and the paragraph
 * right under it ends on the credit, the two set apart so: one told in a caption's sentence and a paragraph.
 */
function pictureStoryAt(units: Unit[], j: number): boolean {
  const q = units[j]!;
  const end = creditedEnd(units, j);
  if (end >= 0)
    return (
      LEAD_OPENING.test(q.text) ||
      (apart(units[j - 1], q) && apart(units[end], units[end + 1])) ||
      creditedBlockEndingAt(units, j)
    );
  const restEnd = creditedEnd(units, j + 1);
  return (
    (LEAD_OPENING.test(q.text) &&
      restEnd >= 0 &&
      !apart(q, units[j + 1]) &&
      apart(units[j - 1], q) &&
      apart(units[restEnd], units[restEnd + 1])) ||
    creditedBlockAt(units, j)
  );
}

/** Whether the paragraph at e ends a picture's story told in paragraphs (creditedBlockAt its first). */
function creditedBlockEndingAt(units: Unit[], e: number): boolean {
  for (let k = e; k > e - PICTURE_BLOCK_MAX && k >= 1 && units[k]?.kind === "paragraph"; k--)
    if (apart(units[k - 1], units[k])) return creditedBlockAt(units, k);
  return false;
}

/** Most paragraphs a picture's story told in finished paragraphs runs to. */
const PICTURE_BLOCK_MAX = 3;

/**
 * The paragraphs from j, finished, set apart by a blank line above the first and under the last, which a picture's
 * credit ends (每年立冬前后，…。 / 据了解，…收入。（通讯员 王天龙 摄影）): a picture's story told in paragraphs.
 */
function creditedBlockAt(units: Unit[], j: number): boolean {
  if (!apart(units[j - 1], units[j])) return false;
  for (let k = j; k < j + PICTURE_BLOCK_MAX && units[k]?.kind === "paragraph"; k++) {
    const end = creditedEnd(units, k);
    if (end >= 0) return apart(units[end], units[end + 1]);
    if (!endsSentence(units[k]!.text) || apart(units[k], units[k + 1])) return false;
  }
  return false;
}

/** Q at j stands right after what a layout sets into a sentence: caption-shaped lines, or a picture story. */
function afterInsert(units: Unit[], j: number): boolean {
  const before = units[j - 1]!;
  return (
    captionShaped(before) ||
    // (a picture story that ends right above: its credit run on, not a paragraph more)
    (before.kind === "paragraph" && creditedEnd(units, j - 1) === j - 1 && pictureStoryAt(units, j - 1)) ||
    // (the picture story's credit on a line of its own, after it)
    (j >= 2 && before.kind === "closing" && creditLine(before) && pictureStoryAt(units, j - 2)) ||
    // (a picture story under its credit, opening a paragraph of its own: 记者 刘凯 摄 / 　　赣南大道快速路项目是…)
    (j >= 2 &&
      before.kind === "paragraph" &&
      before.indented &&
      (units[j - 2]!.kind === "caption" || units[j - 2]!.kind === "closing") &&
      isCreditOnly(units[j - 2]!.text)) ||
    // (a story's closing byline, with the rest of a paragraph after it: that story was set in)
    (before.kind === "closing" && opensUnindented(units, j))
  );
}

/**
 * The closing byline at k closes what was set into the sentence, not the story: a picture story's credit, or a
 * story's closing byline with text opening inside a paragraph right after it (its host's rest).
 */
function closesInsert(units: Unit[], k: number): boolean {
  const u = units[k]!;
  if (u.kind !== "closing" || units[k - 1]?.kind !== "paragraph") return false;
  return (creditLine(u) && pictureStoryAt(units, k - 1)) || opensUnindented(units, k + 1);
}

/** Score Q at index j as the continuation of the paragraph at index i. */
export function continuationScore(units: Unit[], i: number, j: number): number {
  const p = units[i] as Paragraph;
  const q = units[j] as Paragraph;
  let s = 0;
  if (opensMidSentence(units, p.text, q.text)) s += EVIDENCE.continuationStart;
  if (j === i + 1) s += EVIDENCE.adjacent;
  else if (afterInsert(units, j)) s += EVIDENCE.afterCaption;
  if (pictureStoryAt(units, j) && !opensMidSentence(units, p.text, q.text)) s += EVIDENCE.pictureStory;
  if (opensUnindented(units, j)) s += EVIDENCE.unindented;
  s += Math.min(EVIDENCE.sharedBigramsCap, sharedBigrams(p.text, q.text));
  return s;
}

/** Whether Q at j shows a sign of continuing a sentence beyond shared words: its first mark, or captions before it. */
function structuralEvidence(units: Unit[], i: number, j: number): boolean {
  return (
    opensMidSentence(units, units[i]!.text, units[j]!.text) ||
    opensUnindented(units, j) ||
    (j > i + 1 && afterInsert(units, j))
  );
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
      (next.isolated &&
      captionShaped(next) &&
      endsSentence(next.text) &&
      !opensMidSentence(units, units[i]!.text, next.text)
        ? EVIDENCE.captionNext
        : 0)
    : 0;
  let best = adjacentFits ? i + 1 : -1;
  let bestScore = adjacentFits ? adjacent + MIN_EVIDENCE_TO_SKIP - 1 : MIN_EVIDENCE_TO_SKIP - 1;
  for (let j = i + 2; j < units.length && j <= i + WINDOW; j++) {
    const u = units[j]!;
    // (a picture story's credit on a line of its own closes the picture, not the story it was set into)
    if (isBoundary(u) && !closesInsert(units, j)) break;
    // once the sentence's end is found past captions, a heading after it is the story's next subhead
    if (u.kind === "heading" && best > i + 1) break;
    if (u.kind !== "paragraph" || u.note) continue;
    if (BOX_LABEL.test(u.text)) continue; // a labelled side box is never the story's sentence
    // no caption opens with 的 or a closing mark; a short line after captions continues only on shared words
    // (a line of clauses after captions reads as the sentence's end, not as one more caption)
    const endsAfterCaptions =
      captionShaped(units[j - 1]!) &&
      (/[，,]/u.test(u.text) || sharedBigrams(units[i]!.text, u.text) >= MIN_SHARED_AFTER_CAPTION);
    if (captionShaped(u) && !opensMidSentence(units, units[i]!.text, u.text) && !endsAfterCaptions) continue;
    const s = structuralEvidence(units, i, j) ? continuationScore(units, i, j) : -1;
    if (s > bestScore) {
      best = j;
      bestScore = s;
    }
    // an inserted box is finished text (a picture's story ends on its credit): a paragraph cut in its turn is where
    // the search ends
    if (!endsSentence(u.text) && !PICTURE_CREDIT_END.test(u.text)) break;
  }
  return best;
}

/**
 * Where the paragraph at i goes on when the page's lines come in reading order (a printed page): the next
 * paragraph, past the captions and boxes set between (a picture in the column); none past a heading or
 * anything that opens a story.
 */
export function nextInReadingOrder(units: Unit[], i: number): number {
  for (let j = i + 1; j < units.length; j++) {
    const u = units[j]!;
    if (isBoundary(u) || u.kind === "heading") return -1;
    if (u.kind === "caption" || u.kind === "box") continue;
    if (u.kind !== "paragraph" || u.note || BOX_LABEL.test(u.text)) return -1;
    return j;
  }
  return -1;
}
