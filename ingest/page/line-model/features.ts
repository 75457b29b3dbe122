import { closesFirst, leftOpen, quotesBalanced } from "../text/brackets.ts";
import { ITEM_BULLET } from "../text/bullets.ts";
import { CONTINUATION_START, ENDS_CLAUSE, ENDS_ELLIPSIS, endsSentence } from "../text/marks.ts";
import { printedWidth } from "../text/width.ts";
import { CLOSING_AT_END, closingLineForm } from "../patterns/byline.ts";
import { CAPTION_MARK } from "../patterns/caption.ts";
import { FIELD_LINE, NOTE_OPENING, ORDINAL, headlineLike, headlinePhrasesSideBySide } from "../patterns/heading.ts";
import { LEAD_OPENING } from "../patterns/lead.ts";
import type { Line, PaperProfile } from "../types.ts";
import { isByline, isDateline, isFurniture } from "./facts.ts";
import type { LineView } from "./views.ts";

/** Context a feature reads: this line, its neighbours, and the paper's habits. */
export interface FeatureContext {
  v: LineView;
  profile: PaperProfile | null;
}

/** A line that opens a story: a dateline, a byline or a lead's first words. */
const opensStory = (l: Line | null) => l !== null && (isDateline(l) || isByline(l) || LEAD_OPENING.test(l.text));
const closingLine = (t: string) => closingLineForm(t) !== null;
const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;
/** How far from the column width a line still counts as column-wide: justified type and full-width marks vary. */
const columnTolerance = (wrap: number) => Math.max(1, 0.15 * wrap);
/** Type this many times the page's body size is larger than body; twice it is headline type (PDF layout). */
const LARGER_TYPE = 1.3;
const HEADLINE_TYPE = 2;

/**
 * The features of a line, each one a question an editor laying out a page would ask of it. Values are
 * 0 or 1 unless said. Their weights for each label are fitted (npm run fit) and live in weights.json.
 */
export const FEATURES: readonly { name: string; why: string; value: (c: FeatureContext) => number }[] = [
  { name: "bias", why: "every line", value: () => 1 },
  // width against the column the page wraps at
  {
    name: "fullWidth",
    why: "as wide as the column: running text the column wrapped",
    value: ({ v }) => (v.wrap !== null && near(v.width, v.wrap, columnTolerance(v.wrap)) ? 1 : 0),
  },
  {
    name: "short",
    why: "well short of the column (under 60%)",
    value: ({ v }) => (v.wrap !== null ? (v.width < 0.6 * v.wrap ? 1 : 0) : v.width <= 20 ? 1 : 0),
  },
  {
    name: "wider",
    why: "wider than the column: set across columns, as headlines are",
    value: ({ v }) => (v.wrap !== null && v.width > v.wrap + 2 ? 1 : 0),
  },
  { name: "long", why: "over 40 em: a paragraph printed on one line", value: ({ v }) => (v.width > 40 ? 1 : 0) },
  { name: "tiny", why: "four em or less", value: ({ v }) => (v.width <= 4 ? 1 : 0) },
  // punctuation
  {
    name: "endsSentence",
    why: "ends a sentence (。！？)",
    value: ({ v }) => (endsSentence(v.line.text) && !ENDS_ELLIPSIS.test(v.line.text) ? 1 : 0),
  },
  {
    name: "endsEllipsis",
    why: "ends on an ellipsis: a list left open, as kickers lead into their title",
    value: ({ v }) => (ENDS_ELLIPSIS.test(v.line.text) ? 1 : 0),
  },
  {
    name: "endsClause",
    why: "ends on a clause mark (，、；), so the sentence runs on",
    value: ({ v }) => (ENDS_CLAUSE.test(v.line.text) ? 1 : 0),
  },
  {
    name: "endsColon",
    why: "ends on a colon: a kicker leading into its title, or a sentence leading into a quote",
    value: ({ v }) => (/[：:]$/u.test(v.line.text) ? 1 : 0),
  },
  {
    name: "innerStop",
    why: "holds a finished sentence before its end",
    value: ({ v }) => (/[。！？!?][^”」』）)]/u.test(v.line.text.slice(0, -1)) ? 1 : 0),
  },
  {
    name: "commas",
    why: "two or more commas: clauses of running text",
    value: ({ v }) => ((v.line.text.match(/[，,]/gu)?.length ?? 0) >= 2 ? 1 : 0),
  },
  {
    name: "noPunctuation",
    why: "no sentence or clause mark at all",
    value: ({ v }) => (/[，,。；;：:！!？?、]/u.test(v.line.text) ? 0 : 1),
  },
  {
    name: "startsMidSentence",
    why: "opens with a mark or particle no sentence opens with",
    value: ({ v }) => (CONTINUATION_START.test(v.line.text) ? 1 : 0),
  },
  {
    name: "quoteOpen",
    why: "leaves a quotation or title mark open",
    value: ({ v }) => (quotesBalanced(v.line.text) ? 0 : 1),
  },
  {
    name: "closesAbove",
    why: "closes a bracket or quotation the line above left open: the same sentence",
    value: ({ v }) => (v.prev !== null && !v.blankBefore && leftOpen(v.prev.text) && closesFirst(v.line.text) ? 1 : 0),
  },
  { name: "asciiHeavy", why: "mostly Latin letters and digits", value: ({ v }) => (ascii(v.line.text) >= 0.5 ? 1 : 0) },
  // place among the lines around it
  { name: "blankBefore", why: "a blank line (or the page's top) above", value: ({ v }) => (v.blankBefore ? 1 : 0) },
  { name: "blankAfter", why: "a blank line (or the page's end) below", value: ({ v }) => (v.blankAfter ? 1 : 0) },
  {
    name: "isolated",
    why: "blank lines on both sides: a line standing alone",
    value: ({ v }) => (v.blankBefore && v.blankAfter ? 1 : 0),
  },
  {
    name: "overColumn",
    why: "set over wider text directly below it (under 75% of the next line)",
    value: ({ v }) => (v.next !== null && !v.blankAfter && v.width < 0.75 * printedWidth(v.next.text) ? 1 : 0),
  },
  {
    name: "afterFinished",
    why: "the line above ends a sentence, or there is none",
    value: ({ v }) => (v.prev === null || endsSentence(v.prev.text) ? 1 : 0),
  },
  {
    name: "continuesAbove",
    why: "the line above runs on into this one: no blank, no sentence end, column-wide",
    value: ({ v }) =>
      v.prev !== null &&
      !v.blankBefore &&
      !endsSentence(v.prev.text) &&
      (v.wrap === null ? false : printedWidth(v.prev.text) >= 0.85 * v.wrap)
        ? 1
        : 0,
  },
  {
    name: "runsOn",
    why: "runs on into the line below: column-wide, no sentence end, no blank after",
    value: ({ v }) =>
      v.next !== null &&
      !v.blankAfter &&
      v.wrap !== null &&
      near(v.width, v.wrap, columnTolerance(v.wrap)) &&
      !endsSentence(v.line.text)
        ? 1
        : 0,
  },
  {
    name: "brokenWord",
    why: "its last character and the next line's first make a word the page uses elsewhere",
    value: ({ v }) => (v.brokenWord ? 1 : 0),
  },
  {
    name: "beforeOpening",
    why: "the line below opens a story: a dateline, a byline or a lead's first words",
    value: ({ v }) => (opensStory(v.next) ? 1 : 0),
  },
  {
    name: "afterOpening",
    why: "the line above is a byline or a dateline",
    value: ({ v }) => (v.prev !== null && (isByline(v.prev) || isDateline(v.prev)) ? 1 : 0),
  },
  {
    name: "afterClosing",
    why: "the line above closes a story with its byline: what follows starts another",
    value: ({ v }) => (v.prev !== null && (closingLine(v.prev.text) || CLOSING_AT_END.test(v.prev.text)) ? 1 : 0),
  },
  {
    name: "interrupts",
    why: "a short finished line after a line the column cut short mid-sentence: a caption set into the text",
    value: ({ v }) =>
      v.wrap !== null &&
      v.prev !== null &&
      !v.blankBefore &&
      ENDS_CLAUSE.test(v.prev.text) &&
      printedWidth(v.prev.text) < 0.85 * v.wrap &&
      v.width < 0.85 * v.wrap &&
      endsSentence(v.line.text)
        ? 1
        : 0,
  },
  {
    name: "twoHeadlines",
    why: "two headline-shaped phrases side by side: headlines set next to each other",
    value: ({ v }) => (headlinePhrasesSideBySide(v.line.text) ? 1 : 0),
  },
  { name: "top", why: "among the first tenth of the page's lines", value: ({ v }) => (v.position < 0.1 ? 1 : 0) },
  {
    name: "bottom",
    why: "among the last twentieth of the page's lines",
    value: ({ v }) => (v.position > 0.95 ? 1 : 0),
  },
  {
    name: "amongFurniture",
    why: "the lines above and below are both furniture",
    value: ({ v }) => (isFurniture(v.prev) && isFurniture(v.next) ? 1 : 0),
  },
  {
    name: "besideFurniture",
    why: "the line above or below is furniture",
    value: ({ v }) => (isFurniture(v.prev) || isFurniture(v.next) ? 1 : 0),
  },
  {
    name: "nextHeadlineShaped",
    why: "the line below is headline-shaped: part of a stack",
    value: ({ v }) => (v.next !== null && headlineLike(v.next.text) && !isFurniture(v.next) ? 1 : 0),
  },
  // the patterns of each kind of line
  {
    name: "headlineShape",
    why: "headline-shaped: short, no clause marks, no finished sentence",
    value: ({ v }) => (headlineLike(v.line.text) ? 1 : 0),
  },
  {
    name: "bylinePattern",
    why: "role words and names (□ 本报记者 X, 记者 X 通讯员 Y)",
    value: ({ v }) => (isByline(v.line) ? 1 : 0),
  },
  {
    name: "closingPattern",
    why: "names in brackets, or X/文, on a line of their own",
    value: ({ v }) => (closingLine(v.line.text) ? 1 : 0),
  },
  {
    name: "nameOnly",
    why: "two to four Han characters alone: an author's name set at a story's end",
    value: ({ v }) => (/^[\p{Script=Han}·]{2,4}$/u.test(v.line.text) ? 1 : 0),
  },
  {
    name: "datelinePattern",
    why: "opens with a dateline (本报讯, …融媒讯, 新华社…电)",
    value: ({ v }) => (isDateline(v.line) ? 1 : 0),
  },
  {
    name: "leadOpening",
    why: "opens as a lead does: a date or 近日/日前…",
    value: ({ v }) => (LEAD_OPENING.test(v.line.text) ? 1 : 0),
  },
  {
    name: "furniturePattern",
    why: "matches a furniture rule (masthead, date, credits, hotline…)",
    value: ({ v }) => (isFurniture(v.line) ? 1 : 0),
  },
  {
    name: "captionMark",
    why: "ends in 摄/供图 or opens with 图为/▲: a photo caption",
    value: ({ v }) => (CAPTION_MARK.test(v.line.text) ? 1 : 0),
  },
  {
    name: "bullet",
    why: "opens with a bullet (■ ◆ ●): a brief's headline or a list item",
    value: ({ v }) => (ITEM_BULLET.test(v.line.text) ? 1 : 0),
  },
  {
    name: "ordinal",
    why: "opens with an ordinal (一、 （二） 3.): a subhead or a numbered item",
    value: ({ v }) => (ORDINAL.test(v.line.text) ? 1 : 0),
  },
  {
    name: "noteOrField",
    why: "an editor's note label or a label–value line (联系人：)",
    value: ({ v }) => (NOTE_OPENING.test(v.line.text) || FIELD_LINE.test(v.line.text) ? 1 : 0),
  },
  {
    name: "fieldAfterField",
    why: "a label–value line under another: the contact lines a notice ends with",
    value: ({ v }) => (v.prev !== null && FIELD_LINE.test(v.line.text) && FIELD_LINE.test(v.prev.text) ? 1 : 0),
  },
  // the paper's habits
  {
    name: "repeatedOnPages",
    why: "printed on other pages of the same paper",
    value: ({ v, profile }) => (profile?.repeated.has(v.line.text) ? 1 : 0),
  },
  // the printed page's layout, when the page came from a PDF (0 on a text page: the text features decide)
  {
    name: "largerType",
    why: "set in type well above the page's body size (PDF layout)",
    value: ({ v }) => (v.line.layout && v.line.layout.relSize >= LARGER_TYPE ? 1 : 0),
  },
  {
    name: "headlineType",
    why: "set in headline-sized type, twice the body size or more (PDF layout)",
    value: ({ v }) => (v.line.layout && v.line.layout.relSize >= HEADLINE_TYPE ? 1 : 0),
  },
  {
    name: "boldType",
    why: "set in bold type (PDF layout)",
    value: ({ v }) => (v.line.layout?.bold ? 1 : 0),
  },
  {
    name: "spansColumns",
    why: "stands across more than one column (PDF layout)",
    value: ({ v }) => (v.line.layout && v.line.layout.span > 1 ? 1 : 0),
  },
  {
    name: "ruleAbove",
    why: "a rule printed right above it (PDF layout)",
    value: ({ v }) => (v.line.layout?.ruleAbove ? 1 : 0),
  },
  {
    name: "bodyType",
    why: "set in the page's body size (PDF layout)",
    value: ({ v }) => (v.line.layout && Math.abs(v.line.layout.relSize - 1) < 0.12 ? 1 : 0),
  },
  {
    name: "smallerType",
    why: "set smaller than the body: credits, captions, page furniture (PDF layout)",
    value: ({ v }) => (v.line.layout && v.line.layout.relSize <= 0.88 ? 1 : 0),
  },
  {
    name: "kaiType",
    why: "set in 楷 or 仿宋, as bylines and captions are (PDF layout)",
    value: ({ v }) => (v.line.layout && /^(kai|fangsong)$/u.test(v.line.layout.family) ? 1 : 0),
  },
  {
    name: "heiBodyType",
    why: "set in 黑 at about body size: datelines, bylines, page furniture (PDF layout)",
    value: ({ v }) => (v.line.layout?.family === "hei" && v.line.layout.relSize < LARGER_TYPE ? 1 : 0),
  },
  {
    name: "lineAlone",
    why: "a block of one line: a headline, a byline, a caption or a credit (PDF layout)",
    value: ({ v }) => (v.line.layout?.blockLines === 1 ? 1 : 0),
  },
  {
    name: "besidePicture",
    why: "a picture stands right beside it, as its caption does (PDF layout)",
    value: ({ v }) => (v.line.layout?.picture ? 1 : 0),
  },
  {
    name: "inFrame",
    why: "set inside a drawn frame: a boxed brief or sidebar (PDF layout)",
    value: ({ v }) => (v.line.layout?.framed ? 1 : 0),
  },
  {
    name: "pageTopEdge",
    why: "in the top twelfth of the printed page, where nameplates and folios stand (PDF layout)",
    value: ({ v }) => (v.line.layout && v.line.layout.top < 0.08 ? 1 : 0),
  },
  {
    name: "pageFootEdge",
    why: "at the printed page's foot, where credits and folios stand (PDF layout)",
    value: ({ v }) => (v.line.layout && v.line.layout.top > 0.95 ? 1 : 0),
  },
  {
    name: "verticalType",
    why: "set top to bottom (竖排), as some headlines are (PDF layout)",
    value: ({ v }) => (v.line.layout?.vertical ? 1 : 0),
  },
  {
    name: "letterSpacedType",
    why: "letter-spaced type that is no body line: a headline set wide (PDF layout)",
    value: ({ v }) => (v.line.layout?.letterSpaced && v.line.layout.blockLines <= 2 ? 1 : 0),
  },
  {
    name: "outsideGrid",
    why: "its block starts outside the page's column grid (PDF layout)",
    value: ({ v }) => (v.line.layout && v.line.layout.column < 0 ? 1 : 0),
  },
  {
    name: "reversedType",
    why: "light type on a dark bar: a banner or a section's label (PDF layout)",
    value: ({ v }) => (v.line.layout?.reversed ? 1 : 0),
  },
  {
    name: "wideSpaceAbove",
    why: "white space of two body lines or more above it (PDF layout)",
    value: ({ v }) => (v.line.layout && (v.line.layout.gapAbove === null || v.line.layout.gapAbove >= 2) ? 1 : 0),
  },
];

function ascii(t: string): number {
  let a = 0;
  let n = 0;
  for (const ch of t) {
    if (ch === " ") continue;
    n++;
    if (ch.charCodeAt(0) < 0x80) a++;
  }
  return n ? a / n : 0;
}

/** The feature vector of a line, in FEATURES order. */
export function featuresOf(v: LineView, profile: PaperProfile | null): number[] {
  const c = { v, profile };
  return FEATURES.map((f) => f.value(c));
}
