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
  const cleaned = text
    .replace(/^\uFEFF/u, "")
    .split(LINE_BREAK)
    .map((raw) => ({
      raw,
      clean: raw
        .replace(CONTROLS, "")
        .replace(/\t/gu, "  ")
        .replace(/[\u2028\u2029]/gu, " "),
    }));
  const space = asciiSpaceWidth(cleaned.map((c) => c.clean));
  const padded = paddedPage(cleaned.map((c) => c.raw));
  return cleaned.map(({ raw, clean }, i) => {
    const lead = /^[\s\u3000]*/u.exec(clean)?.[0] ?? "";
    let indent = 0;
    for (const ch of lead) indent += ch === "\u3000" ? 1 : space;
    return { n: i + 1, raw, text: closeSpacing(clean.trim()), indent, endsOnGap: !padded && /\s$/u.test(raw) };
  });
}

/** Share of a page's lines ending on white space above which the extractor padded them all. */
const PADDED_SHARE = 0.8;
/** Fewest lines a page must have to tell padding from a few gaps. */
const PADDED_MIN_LINES = 3;

/** Whether an extractor padded the page's lines: nearly every line with text ends on white space. */
function paddedPage(raws: readonly string[]): boolean {
  const inked = raws.filter((r) => r.trim() !== "");
  const ending = inked.filter((r) => /\s$/u.test(r)).length;
  return inked.length >= PADDED_MIN_LINES && ending >= PADDED_SHARE * inked.length;
}

/** Fewest indented lines that tell a page's indent. */
const INDENTED_MIN = 3;
/** Share of a page's indented lines that must open on exactly two ASCII spaces for them to be its paragraph indent. */
const ONE_INDENT_SHARE = 0.8;

/**
 * How wide an ASCII space at a line's start is (em). Type sets it at half a Han character, but an export that
 * writes the paragraph indent, two full-width spaces, as two ASCII spaces (or a tab, or &nbsp;&nbsp;) means two characters: on a
 * page with no full-width indent whose indented lines nearly all open on exactly two spaces, a space there is one
 * character wide, so an indented line's width still meets the column's.
 */
function asciiSpaceWidth(lines: readonly string[]): number {
  const leads = lines
    .filter((l) => l.trim() !== "")
    .map((l) => /^[ \u00a0\u3000]*/u.exec(l)![0])
    .filter(Boolean);
  if (leads.length < INDENTED_MIN || leads.some((lead) => lead.includes("\u3000"))) return 0.5;
  return leads.filter((lead) => lead.length === 2).length >= ONE_INDENT_SHARE * leads.length ? 1 : 0.5;
}
