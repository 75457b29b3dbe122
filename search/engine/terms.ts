// What a reader typed, as terms to find whole. Shared by the search page, the story page's highlighting
// and their tests: a term is found where it stands whole, never as a piece of a longer number or word.

/** The query as it is searched: NFKC folds full-width digits and letters (２０２４, ｊｉｙａｎｇ) to plain ones. */
export const normaliseQuery = (raw: string): string => raw.normalize("NFKC").replace(/\s+/gu, " ").trim();

/** The query's terms: split at spaces, quotation marks dropped (the search is whole-term anyway). */
export function termsOf(query: string): string[] {
  return [
    ...new Set(
      query
        .replace(/["“”「」]/gu, " ")
        .split(/\s+/u)
        .filter((t) => t.length > 0),
    ),
  ];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");

/**
 * A term as a pattern that finds it whole: a term that starts (or ends) with a digit is not part of a
 * longer number (2024 in 12024 or 20245), one that starts (or ends) with a Latin letter is not part of a
 * longer word (jiyang in jiyangqu); Han characters have no spaces to stand between, so a Han term is found
 * wherever its characters stand together. Latin letters match in either case.
 */
export function termPattern(term: string): RegExp {
  const before = /^[0-9]/u.test(term) ? "(?<![0-9.])" : /^[A-Za-z]/u.test(term) ? "(?<![A-Za-z])" : "";
  const after = /[0-9]$/u.test(term) ? "(?![0-9]|\\.[0-9])" : /[A-Za-z]$/u.test(term) ? "(?![A-Za-z])" : "";
  return new RegExp(`${before}${escapeRegExp(term)}${after}`, "giu");
}

/** Where each of the terms stands whole in a text, in order, overlaps dropped. */
export function wholeMatches(text: string, terms: readonly string[]): { start: number; end: number }[] {
  const all = terms.flatMap((t) =>
    [...text.matchAll(termPattern(t))].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  );
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: { start: number; end: number }[] = [];
  for (const m of all) if (!out.length || m.start >= out.at(-1)!.end) out.push(m);
  return out;
}

/** Whether every term stands whole somewhere in the text (spaces between Han characters ignored, as a reader would). */
export function holdsEvery(text: string, terms: readonly string[]): boolean {
  const joined = text.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, "");
  return terms.every((t) => termPattern(t).test(joined));
}

/**
 * How strongly a page's matched positions suggest it holds the Han terms whole, before its text is
 * fetched: Pagefind gives the positions of the words it matched, and where it indexed a term a character
 * at a time, a page holding the term whole has as many positions in a row. Pagefind's segmentation of
 * Chinese (dictionary words where it knows them) means a whole term may also show as fewer, longer words,
 * so this orders which pages are checked first; it never rules a page out.
 */
export function adjacency(positions: readonly number[], terms: readonly string[]): number {
  const at = new Set(positions);
  let score = 0;
  for (const t of terms) {
    const n = [...t].length;
    if (!/^\p{Script=Han}+$/u.test(t) || n < 2) continue;
    let best = 1;
    for (const p of positions) {
      if (at.has(p - 1)) continue;
      let run = 1;
      while (run < n && at.has(p + run)) run++;
      best = Math.max(best, run);
    }
    score += best / n;
  }
  return score;
}
