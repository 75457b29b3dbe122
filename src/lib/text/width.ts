/** Printed width of a line in em: CJK and full-width forms take a whole em, ASCII half. Spaces are not counted. */
export function printedWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (/\s/u.test(ch)) continue;
    const c = ch.codePointAt(0) ?? 0;
    w += c < 0x2000 ? 0.5 : 1;
  }
  return w;
}

/** Non-blank characters of a string, for "nothing is lost" accounting. */
export function inkOf(s: string): string {
  return s.replace(/\s+/gu, "");
}
