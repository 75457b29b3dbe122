/**
 * Marks that come in pairs, and whether a text leaves one open: every question the parser asks of brackets
 * and quotation marks is answered here, from this one table.
 */

/** What a pair encloses: an aside, a quotation, or a title (书名号). */
type PairKind = "bracket" | "quote" | "title";

/** Each row: the opening and closing mark, what they enclose, and an example. */
export const PAIRS: readonly { open: string; close: string; kind: PairKind }[] = [
  // 本报讯（记者 王小明） — asides, bylines after a dateline
  { open: "（", close: "）", kind: "bracket" },
  // 保税物流中心(B型) — the same in ASCII, as extractors and half-width fonts give it
  { open: "(", close: ")", kind: "bracket" },
  // “全国文明城市” — quotations and names in quotes
  { open: "“", close: "”", kind: "quote" },
  // 「口袋公园」 — corner quotes, as some papers and Traditional text print them
  { open: "「", close: "」", kind: "quote" },
  // 『新时代』 — inner corner quotes (and the vertical ﹃﹄ after NFKC)
  { open: "『", close: "』", kind: "quote" },
  // 《习近平谈治国理政》 — titles of books, papers, laws
  { open: "《", close: "》", kind: "title" },
];

/** Every opening mark of a pair, and the other marks that open what follows them (‘ 【 〔): none is followed by a space. */
export const OPENING_MARKS: ReadonlySet<string> = new Set([...PAIRS.map((p) => p.open), "‘", "【", "〔"]);

const OPEN_INDEX = new Map(PAIRS.map((p, i) => [p.open, i]));
const CLOSE_INDEX = new Map(PAIRS.map((p, i) => [p.close, i]));

/** How many of each pair a text opens and does not close (negative where it closes more than it opens). */
export function openCounts(text: string): number[] {
  const open = PAIRS.map(() => 0);
  for (const ch of text) {
    const o = OPEN_INDEX.get(ch);
    if (o !== undefined) open[o]!++;
    else {
      const c = CLOSE_INDEX.get(ch);
      if (c !== undefined) open[c]!--;
    }
  }
  return open;
}

/** A text leaves a bracket or quotation open at its end. */
export const leftOpen = (text: string): boolean => openCounts(text).some((n) => n > 0);

/** A text's first paired mark closes one: it goes on with a text that left it open. */
export function closesFirst(text: string): boolean {
  for (const ch of text) {
    if (OPEN_INDEX.has(ch)) return false;
    if (CLOSE_INDEX.has(ch)) return true;
  }
  return false;
}

/** Every quotation and title mark a text opens it closes (ASCII quotes in twos); brackets are not asked about. */
export function quotesBalanced(text: string): boolean {
  const open = openCounts(text);
  if (PAIRS.some((p, i) => p.kind !== "bracket" && open[i] !== 0)) return false;
  let ascii = 0;
  for (const ch of text) if (ch === '"') ascii++;
  return ascii % 2 === 0;
}

/** P leaves a pair open and Q closes that pair before it opens one of it: the sentence runs on from P into Q. */
export function closesWhatPLeftOpen(p: string, q: string): boolean {
  const left = openCounts(p);
  return PAIRS.some((pair, i) => {
    if (left[i]! <= 0) return false;
    const firstClose = q.indexOf(pair.close);
    const firstOpen = q.indexOf(pair.open);
    return firstClose >= 0 && (firstOpen < 0 || firstClose < firstOpen);
  });
}

/**
 * Whether a bracket (not a quotation) stands open after a text, given whether one stood open before it, pair
 * by pair: the latest mark of each pair decides, so one left unclosed further back does not hold a whole
 * paragraph open. Carried from line to line, it tells whether a line break falls inside brackets (a byline's
 * names).
 */
export function bracketsOpenAfter(before: readonly boolean[], text: string): boolean[] {
  const open = PAIRS.map((_, i) => before[i] ?? false);
  for (const ch of text) {
    const o = OPEN_INDEX.get(ch);
    if (o !== undefined && PAIRS[o]!.kind === "bracket") open[o] = true;
    const c = CLOSE_INDEX.get(ch);
    if (c !== undefined && PAIRS[c]!.kind === "bracket") open[c] = false;
  }
  return open;
}
