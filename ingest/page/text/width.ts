/** Printed width of a line in em: CJK and full-width forms take a whole em, ASCII half. Spaces are not counted. */
export function printedWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x3000 || (c >= 0x09 && c <= 0x0d) || c === 0xa0) continue;
    if (c >= 0xdc00 && c <= 0xdfff) continue; // second half of a surrogate pair: counted with the first
    w += c < 0x2000 ? 0.5 : 1;
  }
  return w;
}
