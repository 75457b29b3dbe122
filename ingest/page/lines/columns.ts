import { endsSentence } from "../text/marks.ts";
import { hanPair, hanPairCounts } from "../text/han.ts";
import { wordAcross } from "../text/words.ts";
import { LINE_BREAK } from "./normalise.ts";

/**
 * Columns pdftotext printed interleaved, read back column by column. Where two columns of a page stand close, their
 * lines come out in turn, a line of one, a line of the other (…赋能主业的 / “头雁效应”、推动高质量发展的 / 习近平总书记
 * 指出，加快发 / “乘数效应”。 / 展新一代人工智能…): each column's sentences are cut by the other's. The evidence is
 * the words a column's line breaks cut (text/words.ts): in running text about two in five line ends cut a word
 * that the very next line completes; where columns are interleaved, the line that completes it stands two (or
 * three) lines on instead. Where that is so for a stretch of lines, each line there follows the line that many
 * lines above it, unless a cut word ties it to another line near it, and the stretch is given column by column.
 * Elsewhere the text is left as it is, byte for byte.
 */

/** Furthest back a line's cut word is looked for: up to three columns interleaved, and a head among them. */
const MAX_LAG = 6;
/** Lines either side of a line whose links tell how its stretch is interleaved. */
const WINDOW = 8;
/** A clause or sentence mark: a line holding one is running text, not a head. */
const CLAUSE = /[，,。；;、：:！？]/u;
/** Fewest links of one lag in a window for the stretch to read as interleaved at that lag. */
const MIN_LINKS = 3;

/** Whether the line completes a word the line `lag` above it cut. */
const completes = (lines: readonly string[], k: number, lag: number): boolean =>
  k - lag >= 0 && !endsSentence(lines[k - lag]!) && wordAcross(lines[k - lag]!, lines[k]!);

/** Which earlier lines (by lag) each line completes a word of. */
function linksOf(lines: readonly string[]): number[][] {
  return lines.map((_, k) => {
    const lags: number[] = [];
    for (let lag = 1; lag <= MAX_LAG; lag++) if (completes(lines, k, lag)) lags.push(lag);
    return lags;
  });
}

/** Widest a column's line is (characters): a page whose lines are mostly wider gives a paragraph a line. */
const COLUMN_LINE_MAX = 40;

/**
 * Whether a page may hold interleaved columns, asked cheaply first (the word breaker costs microseconds a call, and
 * an archive has millions of lines): most of its lines are a column's width, and the words a line's end cuts are
 * completed two lines on rather than on the next line, by the words the page prints elsewhere within a stretch, or
 * by the dictionary in a sample of its lines (the stretches below decide, by the dictionary, line by line).
 */
function mayInterleave(lines: readonly string[]): boolean {
  if (lines.length > PAGE_LINES_MAX) return false;
  if (lines.filter((l) => [...l].length <= COLUMN_LINE_MAX).length * 2 < lines.length) return false;
  return wordsOfThePageTwoOn(lines) || sampledTwoOn(lines);
}

/** Most lines a printed page's text runs to (a broadsheet of small type prints about 1,500): more is no page's. */
const PAGE_LINES_MAX = 3000;
/** Lines a page's sample is read from by the dictionary: some hundred calls to the word breaker, not thousands. */
const SAMPLE = 30;

/** In a sample of the page's lines, the dictionary completes more cut words two lines on than on the next line. */
function sampledTwoOn(lines: readonly string[]): boolean {
  const step = Math.max(1, (lines.length - 2) / SAMPLE);
  let one = 0;
  let two = 0;
  for (let x = 2; x < lines.length; x += step) {
    const k = Math.floor(x);
    if (completes(lines, k, 1)) one++;
    else if (completes(lines, k, 2)) two++;
    // (text that runs on line to line shows it soon)
    if (one >= SAMPLE / 4) return false;
  }
  return two >= MIN_LINKS && two > one;
}

/** Somewhere within a stretch, the words the page prints elsewhere are completed two lines on as often as on the next. */
function wordsOfThePageTwoOn(lines: readonly string[]): boolean {
  const pairAt = (k: number, lag: number) =>
    k - lag >= 0 && !endsSentence(lines[k - lag]!) ? hanPair(lines[k - lag]!.slice(-1), lines[k]!.slice(0, 1)) : null;
  const one = lines.map((_, k) => pairAt(k, 1));
  const two = lines.map((_, k) => pairAt(k, 2));
  const uses = hanPairCounts(
    lines.map((text) => ({ text })),
    [...one, ...two].filter((p) => p !== null),
  );
  // (the cut word itself is not in the page's text: any use is a use elsewhere)
  const word = (p: string | null) => (p !== null && uses.has(p) ? 1 : 0);
  let ones = 0;
  let twos = 0;
  for (let k = 0; k < lines.length; k++) {
    ones += word(one[k]!) - (k > 2 * WINDOW ? word(one[k - 2 * WINDOW - 1]!) : 0);
    twos += word(two[k]!) - (k > 2 * WINDOW ? word(two[k - 2 * WINDOW - 1]!) : 0);
    if (twos >= MIN_LINKS && twos >= ones) return true;
  }
  return false;
}

/**
 * The lag each line's stretch is interleaved at: the lag above one most of the window's links have, when they
 * are MIN_LINKS or more and clearly outnumber the links to the very next line; else 1 (the text runs on).
 */
function lagsOf(links: readonly number[][]): number[] {
  return links.map((_, k) => {
    const count = new Map<number, number>();
    for (let j = Math.max(0, k - WINDOW); j <= Math.min(links.length - 1, k + WINDOW); j++)
      for (const lag of links[j]!) count.set(lag, (count.get(lag) ?? 0) + 1);
    let best = 1;
    let n = 0;
    for (const [lag, m] of count)
      if (lag > 1 && m > n) {
        best = lag;
        n = m;
      }
    return best > 1 && n >= MIN_LINKS && n >= 2 * (count.get(1) ?? 0) + 1 ? best : 1;
  });
}

/** A stretch of interleaved lines (indices into the ink lines) as its columns: each a chain of lines, in order. */
function chainsOf(links: readonly number[][], from: number, to: number, lag: number): number[][] {
  const next = new Map<number, number>();
  const hasPrev = new Set<number>();
  for (let k = from; k <= to; k++) {
    // a cut word ties the line to the line it completes; else it follows the line `lag` above, in the stretch
    const tied = [lag, ...links[k]!.filter((l) => l !== lag)].filter(
      (l) => links[k]!.includes(l) && k - l >= from && !next.has(k - l),
    );
    const prev = tied.length ? k - tied[0]! : k - lag >= from && !next.has(k - lag) ? k - lag : -1;
    if (prev >= 0) {
      next.set(prev, k);
      hasPrev.add(k);
    }
  }
  const chains: number[][] = [];
  for (let k = from; k <= to; k++) {
    if (hasPrev.has(k)) continue;
    const chain = [k];
    for (let j = next.get(k); j !== undefined; j = next.get(j)) chain.push(j);
    chains.push(chain);
  }
  return chains;
}

/** The text with interleaved columns given one after another, and how many lines moved (0: the text as it was). */
export function untangleColumns(text: string): { text: string; moved: number } {
  const raw = text.split(LINE_BREAK);
  const ink = raw.flatMap((l, i) => (l.trim() ? [i] : []));
  const lines = ink.map((i) => raw[i]!.replace(/\s+/gu, ""));
  if (!mayInterleave(lines)) return { text, moved: 0 };
  const links = linksOf(lines);
  const lags = lagsOf(links);
  if (lags.every((l) => l === 1)) return { text, moved: 0 };
  const out: string[] = [];
  let moved = 0;
  let at = 0; // the next raw line to copy
  for (let k = 0; k < lines.length; ) {
    if (lags[k] === 1) {
      k++;
      continue;
    }
    // a stretch at one lag: the raw lines before it as they were, then its columns one after another
    let end = k;
    while (end + 1 < lines.length && lags[end + 1] === lags[k]) end++;
    // a head over the stretch or after it is no column's line: a line no cut word ties at the stretch's lag and
    // no clause mark marks as running text
    const lag = lags[k]!;
    const inColumn = (x: number) =>
      links[x]!.includes(lag) || (x + lag < lines.length && links[x + lag]!.includes(lag)) || CLAUSE.test(lines[x]!);
    while (k < end && !inColumn(k)) lags[k++] = 1;
    while (end > k && !inColumn(end)) lags[end--] = 1;
    if (k === end) {
      lags[k] = 1;
      continue;
    }
    for (; at < ink[k]!; at++) out.push(raw[at]!);
    const chains = chainsOf(links, k, end, lag);
    const order = chains.flat();
    moved += order.filter((x, i) => x !== k + i).length;
    chains.forEach((chain, c) => {
      if (c > 0) out.push("");
      for (const x of chain) out.push(raw[ink[x]!]!);
    });
    at = ink[end]! + 1;
    k = end + 1;
  }
  for (; at < raw.length; at++) out.push(raw[at]!);
  return moved ? { text: out.join("\n"), moved } : { text, moved: 0 };
}
