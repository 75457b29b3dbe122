/**
 * Setting text as a page's text export gives it, shared by the corpus generators (eval/generator for invented
 * stories, eval/real-pages for real ones): column wraps, extraction spacing, seeds.
 */

/** A seed from a name, so each paper's pages are drawn the same way every run (FNV-1a). */
export const seedOf = (s: string): number =>
  [...s].reduce((h, c) => Math.imul(h ^ c.codePointAt(0)!, 16777619) >>> 0, 2166136261);

/** Printed width in em: CJK and full-width forms one, ASCII half. */
export const width = (s: string): number => [...s].reduce((w, c) => w + (c.codePointAt(0)! < 0x2000 ? 0.5 : 1), 0);

/** Marks a typesetter never lets start a line: they hang on the line before. */
const NO_LINE_START = /[，。、；：！？”）》]/u;

/** Cut a paragraph into lines of the column width (null: the paragraph is one line). */
export function wrap(text: string, w: number | null): string[] {
  if (w === null) return [text];
  const out: string[] = [];
  let cur = "";
  for (const ch of text) {
    if (width(cur + ch) > w && cur) {
      if (NO_LINE_START.test(ch)) {
        out.push(cur + ch);
        cur = "";
        continue;
      }
      out.push(cur);
      cur = "";
    }
    cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

/** pdftotext prints numbers and Latin apart from Han: 10 月 14 日. */
export const splitNumbers = (line: string): string =>
  line.replace(/(?<=\p{Script=Han})(?=[0-9A-Za-z])|(?<=[0-9A-Za-z%])(?=\p{Script=Han})/gu, " ");

/** Justified type in extraction: a space between every character. */
export const letterSpace = (line: string): string => [...line].join(" ");

/** A pick from a list by a random draw. */
export const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!;
