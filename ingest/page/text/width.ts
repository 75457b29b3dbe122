import { isHanUnit } from "./han.ts";

/** ASCII marks that, right after a Han character, stand for the full-width mark the page printed (，：；！？). */
const FOLDED_MARKS = new Set([0x2c, 0x3a, 0x3b, 0x21, 0x3f]);

/**
 * Printed width of a line in em: CJK and full-width forms take a whole em, ASCII half. Spaces are not counted. An
 * ASCII comma, colon, semicolon, ! or ? right after a Han character counts a whole em: an export that folds the
 * marks to ASCII (OCR, a web copy) does not make the printed line narrower.
 */
export function printedWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x3000 || (c >= 0x09 && c <= 0x0d) || c === 0xa0) continue;
    if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a surrogate pair: counted with the first
    w += c >= 0x2000 || (FOLDED_MARKS.has(c) && i > 0 && isHanUnit(s.charCodeAt(i - 1))) ? 1 : 0.5;
  }
  return w;
}
