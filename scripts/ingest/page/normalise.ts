import { closeSpacing } from "./letter-spacing.ts";

/** One raw line: its 1-based number, its text without the line end, and the same trimmed with extraction spacing closed. */
export interface Line {
  n: number;
  raw: string;
  /** Trimmed, letter-spacing and split numbers closed (the raw line keeps them for 原文). */
  text: string;
  /** Leading white space in em (a full-width space is one, two ASCII spaces one). */
  indent: number;
}

/** Any line end: CRLF, CR, LF, and the Unicode line and paragraph separators. */
export const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/u;

/** Text to lines: any line end (CRLF, CR, LF, U+2028) splits; tabs become spaces; NULs and stray controls go. */
export function normalise(text: string): Line[] {
  const clean = text.replace(/^\uFEFF/u, "").replace(/\t/gu, "  ").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu, "");
  return clean.split(LINE_BREAK).map((raw, i) => {
    const lead = /^[\s\u3000]*/u.exec(raw)?.[0] ?? "";
    let indent = 0;
    for (const ch of lead) indent += ch === "\u3000" ? 1 : 0.5;
    return { n: i + 1, raw, text: closeSpacing(raw.trim()), indent };
  });
}
