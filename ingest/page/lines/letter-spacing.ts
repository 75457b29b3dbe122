/**
 * Extraction artefacts in the spacing of one line, undone for reading (the raw line is kept for 原文).
 *
 * PDF extractors print justified type with a space between every character (`近 年 来 ，清 水 县`),
 * split numbers from their units (`10 月 14 日`) and leave spaces beside full-width marks
 * (`本报讯 （记者`). A space between two Han characters is otherwise meaningful: it separates names in
 * a byline (`记者 王小明 李四`) and phrases in a headline (`向高而攀 向新而进`), so it stays unless the
 * whole line is letter-spaced.
 */
import { OPENING_MARKS } from "../text/brackets.ts";
import { isHan } from "../text/han.ts";
import { isCjkMark } from "../text/marks.ts";

/** Marks that open a quotation or bracket, as code points: a phrase-separating space may stand before one. */
const OPENING = new Set([...OPENING_MARKS].map((c) => c.codePointAt(0)!));

/** Words that close a masthead field (总第N期, 第N版, N号, N日), after which a space separates fields. */
const FIELD_END = new Set([..."期版号日"].map((c) => c.codePointAt(0)!));
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || c === 0x25; // 0-9 and %
const isSpace = (c: number) => c === 0x20 || c === 0x3000 || c === 0xa0;

/** Least number of spaced Han pairs for a line to count as letter-spaced. */
const MIN_SPACED_PAIRS = 3;

interface Gap {
  /** Code point before and after the run of spaces, and the run's length. */
  before: number;
  after: number;
  width: number;
}

function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/** Whether a line is set letter-spaced: most neighbouring Han characters stand one space apart. */
export function letterSpaced(text: string): boolean {
  const cps = codePoints(text);
  let spaced = 0;
  let tight = 0;
  for (let i = 0; i + 1 < cps.length; i++) {
    if (!isHan(cps[i]!)) continue;
    if (isHan(cps[i + 1]!)) tight++;
    else if (isSpace(cps[i + 1]!) && i + 2 < cps.length && isHan(cps[i + 2]!)) spaced++;
  }
  return spaced >= MIN_SPACED_PAIRS && spaced >= tight;
}

/** Fewest spaces in a gap an export sets between parts of one line (units/wide-gap-line.ts reads them apart). */
const WIDE_GAP = 3;

/** Whether a gap of spaces between two characters is an artefact to drop. */
function artefact(g: Gap, spacedLine: boolean): boolean {
  // a gap of three spaces or more is set on purpose: parts of one line (a head, its byline, its lead)
  if (g.width >= WIDE_GAP) return false;
  const cjk = (c: number) => isHan(c) || isCjkMark(c);
  // no space is wanted after a mark, or before a mark that closes or pauses (an opening quote or
  // bracket may follow a phrase-separating space: 关心困难群众 “暖心驿站…”)
  if (
    (isCjkMark(g.before) && (cjk(g.after) || isDigit(g.after))) ||
    (isCjkMark(g.after) && !OPENING.has(g.after) && (cjk(g.before) || isDigit(g.before)))
  )
    return true;
  // digits split from their Han unit or the word before them: 10 月 14 日, 共 4 个
  // (a space after a field's closing word stays: 总第857期 2025年第1期)
  if ((isDigit(g.before) && isHan(g.after)) || (isHan(g.before) && !FIELD_END.has(g.before) && isDigit(g.after)))
    return true;
  // in letter-spaced type a single space means nothing; a wider gap still separates words
  if (spacedLine && g.width === 1 && !(isLatinWordChar(g.before) && isLatinWordChar(g.after))) return true;
  return false;
}

const isLatinWordChar = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Least run of single Han characters one space apart to be letter-spaced type within a line (中 国 海 油). */
const MIN_SPACED_RUN = 4;

/** Letter-spaced runs inside a line that is not letter-spaced as a whole: a headline set beside another. */
const SPACED_RUN = new RegExp(
  `(?<![\\p{Script=Han}])\\p{Script=Han}(?: \\p{Script=Han}){${MIN_SPACED_RUN - 1},}(?![\\p{Script=Han}])`,
  "gu",
);
function closeSpacedRuns(text: string): string {
  return text.replace(SPACED_RUN, (run) => run.replace(/ /gu, ""));
}

/**
 * A trimmed line with its spacing artefacts removed: letter-spacing closed, numbers rejoined to their
 * units, spaces beside full-width marks dropped; wider gaps in letter-spaced lines become one space.
 */
export function closeSpacing(raw: string): string {
  // most lines of Chinese type hold no space at all
  if (!/\s/u.test(raw)) return raw;
  const spacedLine = letterSpaced(raw);
  const text = spacedLine ? raw : closeSpacedRuns(raw);
  const cps = codePoints(text);
  let out = "";
  for (let i = 0; i < cps.length; ) {
    const c = cps[i]!;
    if (!isSpace(c)) {
      out += String.fromCodePoint(c);
      i++;
      continue;
    }
    let j = i;
    while (j < cps.length && isSpace(cps[j]!)) j++;
    const before = i > 0 ? cps[i - 1]! : -1;
    const after = j < cps.length ? cps[j]! : -1;
    const gap: Gap = { before, after, width: j - i };
    // spaces at the edges are trimmed by the caller; inside, only an artefact is dropped
    if (before >= 0 && after >= 0 && !artefact(gap, spacedLine))
      out += spacedLine ? " " : String.fromCodePoint(...cps.slice(i, j));
    i = j;
  }
  return out;
}
