import { z } from "astro/zod";

/**
 * Text an editor types into a JSON file (a title, a kicker, a note, a 版名, a paper's name) and the site prints:
 * checked where it is read, so a slip stops `--check` with the file's name rather than the build somewhere later.
 * Each row: what is refused, an example, and why.
 */
const UNFIT: readonly { pattern: RegExp; says: (c: string) => string }[] = [
  // "\ud800" written as a JSON escape: no character at all; Pagefind and XML writers fail on it
  {
    pattern: /[\ud800-\udfff]/u,
    says: () => "holds half a character (a lone surrogate such as \\ud800): write the character itself",
  },
  // NUL, ESC, a tab or line end inside a title: nothing a reader can see, and what breaks HTML and feeds
  {
    pattern: /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u,
    says: (c) => `holds a control character (${codePoint(c)}) that cannot be printed: remove it`,
  },
  // U+FFFE/U+FFFF are no characters; XML refuses them
  { pattern: /[\ufffe\uffff]/u, says: (c) => `holds ${codePoint(c)}, which is no character: remove it` },
];

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

/** Why a text cannot be printed as it is, or null when it can. */
export function unfitText(s: string): string | null {
  for (const row of UNFIT) {
    const m = row.pattern.exec(s);
    if (m) return row.says(m[0]);
  }
  return null;
}

/** Nothing but spaces (a title of " " would print an empty headline). */
export const isBlank = (s: string) => /^[\s\u200b-\u200d\u2060\ufeff]*$/u.test(s);

/** A string the site prints as it is: no control characters, no half characters, not blank. */
export const printableText = () =>
  z.string().superRefine((s, ctx) => {
    const why = isBlank(s) ? "is blank: give the text, or leave the field out" : unfitText(s);
    if (why) ctx.addIssue({ code: "custom", message: why });
  });
