import type { Line } from "../types.ts";
import { endsSentence } from "../text/marks.ts";
import { hanPairCounts, isHanUnit } from "../text/han.ts";
import { printedWidth } from "../text/width.ts";

/** One non-blank line with what is known around it: what the line model's features read. */
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

/** How many lines either side a column's own width is read from. */
const WRAP_WINDOW = 12;

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
  return lines.map((_, i) => {
    const local: number[] = [];
    for (let j = Math.max(0, i - WRAP_WINDOW); j < Math.min(lines.length, i + WRAP_WINDOW); j++)
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
