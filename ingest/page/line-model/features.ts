import { printedWidth } from "../text/width.ts";
import { CONTINUATION_START, endsSentence } from "../text/punctuation.ts";
import { fixLabel } from "../../../archive/schema/fix.ts";
import type { Line } from "../normalise.ts";
import { splitDateline } from "../patterns/dateline.ts";
import { closingLineForm } from "../patterns/byline.ts";
import { FIELD_LINE, NOTE_OPENING, headlineLike, quotesBalanced } from "../patterns/heading.ts";
import { furnitureOf, openingBylineOf } from "../patterns/lines.ts";
import type { PaperProfile } from "../profile.ts";
import { hanPairCounts } from "../reflow.ts";
import { isHanUnit } from "../text/han.ts";

/** What a line can be, as an editor reads a page: the labels a correction (fix.json `label`) can set too. */
export const LABELS = fixLabel.options;
export type LineLabel = (typeof LABELS)[number];

/** One non-blank line with what is known around it. */
export interface LineView {
  line: Line;
  width: number;
  /** The previous and next non-blank lines, and whether a blank line stands between. */
  prev: Line | null;
  next: Line | null;
  blankBefore: boolean;
  blankAfter: boolean;
  /** Position among the page's non-blank lines, 0 to 1. */
  position: number;
  /** The column width text wraps at around this line, in em; null where paragraphs are one line each. */
  wrap: number | null;
  /** This line's last character and the next line's first make a word the page uses elsewhere (…的政 / 府…). */
  brokenWord: boolean;
}

/** Context a feature reads: this line, its neighbours, and the paper's habits. */
export interface FeatureContext {
  v: LineView;
  profile: PaperProfile | null;
}

// Patterns read by the features below, each kept as a small named test.
/** What the pattern tables say of a line, worked out once: a line is asked about again as its neighbours' neighbour. */
interface Facts {
  furniture: boolean;
  byline: boolean;
  dateline: boolean;
}
const facts = new WeakMap<Line, Facts>();
function factsOf(l: Line): Facts {
  let f = facts.get(l);
  if (!f) {
    f = {
      furniture: furnitureOf(l.text) !== null,
      byline: openingBylineOf(l.text) !== null,
      dateline: splitDateline(l.text) !== null,
    };
    facts.set(l, f);
  }
  return f;
}
const isFurniture = (l: Line | null) => l !== null && factsOf(l).furniture;
const isByline = (l: Line | null) => l !== null && factsOf(l).byline;
const isDateline = (l: Line | null) => l !== null && factsOf(l).dateline;
/** A story's first sentence often opens with when it happened: 10月9日，近日，日前，今年以来… */
export const LEAD_OPENING =
  /^(\d{1,2}月\d{1,2}日[，,\s上下晚]|近日|日前|近期|连日来|今年以来|近年来|目前|当天|昨天|昨日|今天|今年\d{0,2}月?|日益|为进一步|为深入|为切实|为全面|为加快)/u;
const opensStory = (l: Line | null) => l !== null && (isDateline(l) || isByline(l) || LEAD_OPENING.test(l.text));
/** Marks that open a list item or a brief: ■ ◆ ● ▲ ★ ◎ ○ ☆. */
const BULLET = /^[■◆●▲★◎○☆▶►◇]/u;
/** What photo captions end or start with: 摄, 供图, 图为, ▲. */
const CAPTION_MARK = /(摄|供图|资料图|图片由.{1,12}提供|（图）|\(图\))$|^(图为|上图|下图|左图|右图|▲|△)/u;
const SUBHEAD_ORDINAL = /^([一二三四五六七八九十]+[、是：:]|（[一二三四五六七八九十]+）|\d{1,2}[、.．](?!\d))/u;
const closingLine = (t: string) => closingLineForm(t) !== null;
const near = (a: number, b: number, tolerance: number) => Math.abs(a - b) <= tolerance;
const ENDS_ELLIPSIS = /(…|\.\.\.)["”’」』）)]*$/u;
/** Two or more space-separated phrases of four characters or more, none a role or a clause: headlines side by side. */
const twoPhrases = (t: string) => {
  const parts = t.split(/\s+/u).filter(Boolean);
  return (
    parts.length >= 2 && parts.every((p) => [...p].length >= 4 && !/[，。；,;]/u.test(p) && !/记者|通讯员/u.test(p))
  );
};
/** A line leaves a bracket or quotation open at its end. */
export function leftOpen(t: string): boolean {
  const open = [0, 0, 0, 0];
  for (let i = 0; i < t.length; i++) {
    const k = PAIRS.indexOf(t[i]!);
    if (k >= 0) open[k >> 1]! += k & 1 ? -1 : 1;
  }
  return open.some((n) => n > 0);
}
/** Opening and closing marks in pairs: （） () “” 《》. */
const PAIRS = "（）()“”《》";
/** A line's first bracket or quotation mark is a closing one. */
export const closesFirst = (t: string) => /^[^（(“《]*[）)”》]/u.test(t);
/** A paragraph's last line carrying its closing byline: …。（王小明 李四） */
const CLOSING_AT_END = /[。！？”][（(][\p{Script=Han}·\s/／]{2,30}[)）]$/u;
/** How far from the column width a line still counts as column-wide: justified type and full-width marks vary. */
const columnTolerance = (wrap: number) => Math.max(1, 0.15 * wrap);

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
    value: ({ v }) => (/[，,、；;]$/u.test(v.line.text) ? 1 : 0),
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
      /[，,、；;]$/u.test(v.prev.text) &&
      printedWidth(v.prev.text) < 0.85 * v.wrap &&
      v.width < 0.85 * v.wrap &&
      endsSentence(v.line.text)
        ? 1
        : 0,
  },
  {
    name: "twoHeadlines",
    why: "two headline-shaped phrases side by side: headlines set next to each other",
    value: ({ v }) => (twoPhrases(v.line.text) ? 1 : 0),
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
    value: ({ v }) => (BULLET.test(v.line.text) ? 1 : 0),
  },
  {
    name: "ordinal",
    why: "opens with an ordinal (一、 （二） 3.): a subhead or a numbered item",
    value: ({ v }) => (SUBHEAD_ORDINAL.test(v.line.text) ? 1 : 0),
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

/**
 * Labels a line's form rules out, whatever its features score: each row a rule of the trade. A line that
 * opens with a dateline is a story's first line, never its headline, byline or caption.
 */
export const CONSTRAINTS: readonly { why: string; applies: (v: LineView) => boolean; allowed: readonly LineLabel[] }[] =
  [
    { why: "a dateline opens a story's text", applies: (v) => isDateline(v.line), allowed: ["text"] },
    {
      why: "an editor's note (编者按：) is the text of the story it introduces",
      applies: (v) => NOTE_OPENING.test(v.line.text),
      allowed: ["text"],
    },
    {
      why: "label–value lines one under another are a notice's contact lines (联系人：… 电话：…)",
      applies: (v) => v.prev !== null && FIELD_LINE.test(v.line.text) && FIELD_LINE.test(v.prev.text),
      allowed: ["text"],
    },
    {
      why: "a line ending in a photographer's credit (… 摄) is a caption",
      applies: (v) => v.line.text.endsWith("摄") && /[\p{Script=Han}·]{2,4}\s*摄$/u.test(v.line.text) && v.width <= 80,
      allowed: ["caption"],
    },
    {
      why: "a line marked ■ with no sentence in it is a brief's headline",
      applies: (v) => /^■/u.test(v.line.text) && v.width <= 30 && !/[，。；,;]/u.test(v.line.text),
      allowed: ["headline"],
    },
  ];

/** The labels a line may take. */
export function allowedLabels(v: LineView): readonly LineLabel[] | null {
  for (const c of CONSTRAINTS) if (c.applies(v)) return c.allowed;
  return null;
}

/** The column width text wraps at near each line: the commonest width of lines that run on into the next. */
export function wrapWidths(lines: Line[]): (number | null)[] {
  const widths = lines.map((l) => printedWidth(l.text));
  // lines that run on: followed directly by text, no sentence end; their width is the column's
  const runOn = lines.map(
    (l, i) =>
      i + 1 < lines.length && l.text !== "" && lines[i + 1]!.text !== "" && !endsSentence(l.text) && widths[i]! >= 6,
  );
  const pageModal = modal(widths.filter((_, i) => runOn[i]));
  const count = runOn.filter(Boolean).length;
  if (pageModal === null || count < 3) return lines.map(() => null);
  // columns of different widths on one page: a window's own modal width where it has enough evidence
  const WINDOW = 12;
  return lines.map((_, i) => {
    const local: number[] = [];
    for (let j = Math.max(0, i - WINDOW); j < Math.min(lines.length, i + WINDOW); j++)
      if (runOn[j]) local.push(widths[j]!);
    return local.length >= 4 ? (modal(local) ?? pageModal) : pageModal;
  });
}

/** The commonest value, ties to the larger; widths are compared to the half em. */
function modal(xs: number[]): number | null {
  if (!xs.length) return null;
  const counts = new Map<number, number>();
  for (const x of xs) {
    const k = Math.round(x * 2) / 2;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best = -1;
  let bestN = 0;
  for (const [k, n] of counts)
    if (n > bestN || (n === bestN && k > best)) {
      best = k;
      bestN = n;
    }
  return best;
}

/** How often a word broken across two lines must stand whole elsewhere on the page to count. */
const BROKEN_WORD_MIN_USES = 2;

/** The page's non-blank lines with their neighbours, blanks and column width. */
export function lineViews(lines: Line[]): LineView[] {
  const wraps = wrapWidths(lines);
  const ink = lines.map((l, i) => (l.text ? i : -1)).filter((i) => i >= 0);
  // the word each line would form with the next, counted once over the whole page
  const pairAt = ink.map((i, k) => {
    const q = ink[k + 1];
    if (q === undefined) return null;
    const a = lines[i]!.text.charCodeAt(lines[i]!.text.length - 1);
    const b = lines[q]!.text.charCodeAt(0);
    return isHanUnit(a) && isHanUnit(b) ? String.fromCharCode(a, b) : null;
  });
  const uses = hanPairCounts(lines, new Set(pairAt.filter((p) => p !== null)));
  return ink.map((i, k) => {
    const p = k > 0 ? ink[k - 1]! : -1;
    const q = k + 1 < ink.length ? ink[k + 1]! : -1;
    return {
      line: lines[i]!,
      width: printedWidth(lines[i]!.text),
      prev: p >= 0 ? lines[p]! : null,
      next: q >= 0 ? lines[q]! : null,
      blankBefore: p < 0 || p < i - 1,
      blankAfter: q < 0 || q > i + 1,
      position: ink.length > 1 ? k / (ink.length - 1) : 0,
      wrap: wraps[i]!,
      // the broken word itself is one use; it must stand whole somewhere else too
      brokenWord: pairAt[k] !== null && (uses.get(pairAt[k]!) ?? 0) >= BROKEN_WORD_MIN_USES,
    };
  });
}

/** The feature vector of a line, in FEATURES order. */
export function featuresOf(v: LineView, profile: PaperProfile | null): number[] {
  const c = { v, profile };
  return FEATURES.map((f) => f.value(c));
}
