import type { Line } from "../types.ts";
import { closeSpacing } from "./letter-spacing.ts";

/**
 * A line end: CRLF, CR or LF, as every editor and extractor counts lines. U+2028 and U+2029 are not
 * line ends here: counting them would put every later line number (in warnings, in 原文) out of step.
 */
export const LINE_BREAK = /\r\n|\r|\n/u;

/** Controls a page may carry (form feeds between extracted pages, ESC, DEL, NUL): kept in the raw line, not read. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

/**
 * Text to lines. The raw line is the file's line exactly (原文); its text drops controls, turns tabs and
 * U+2028/9 into spaces, and closes extraction spacing.
 */
export function normalise(text: string): Line[] {
  return text
    .replace(/^\uFEFF/u, "")
    .split(LINE_BREAK)
    .map((raw, i) => {
      const clean = raw
        .replace(CONTROLS, "")
        .replace(/\t/gu, "  ")
        .replace(/[\u2028\u2029]/gu, " ");
      const lead = /^[\s\u3000]*/u.exec(clean)?.[0] ?? "";
      let indent = 0;
      for (const ch of lead) indent += ch === "\u3000" ? 1 : 0.5;
      return { n: i + 1, raw, text: closeSpacing(clean.trim()), indent };
    });
}
