import { oneTitle, wrappedHeadline } from "../patterns/one-title.ts";
import { twoHeadlinesSideBySide } from "../patterns/heading.ts";
import { joinWrapped } from "../text/join.ts";
import type { Heading, Line } from "../types.ts";

/**
 * Headline lines: each line a heading, but a title the column broke over lines one under the other is one
 * (only where the page's text is wrapped in columns: an export that gives a paragraph a line breaks no head).
 */
export function headingsOf(run: Line[], why: (l: Line) => string, wrapped = true): Heading[] {
  const out: Heading[] = [];
  for (const l of run) {
    const last = out.at(-1);
    // a line holding two headlines side by side carries on into the second one's wrapped lines
    const lastPart = last?.parts.at(-1) ?? "";
    const continues =
      last !== undefined &&
      (last.parts.length === 1 && twoHeadlinesSideBySide(lastPart) ? lastPart.split(/\s+/u).at(-1)! : lastPart);
    if (
      wrapped &&
      last &&
      last.lines.at(-1) === l.n - 1 &&
      continues &&
      oneTitle(continues, l.text, true) &&
      wrappedHeadline(
        [...last.parts, l.text].map((p, k) => (k === 0 ? p.replace(/\s+/gu, "") : p)),
        true,
      )
    ) {
      last.parts.push(l.text);
      last.lines.push(l.n);
      last.why += `; line ${l.n} goes on with the same title`;
    } else out.push({ kind: "heading", text: l.text, parts: [l.text], lines: [l.n], why: why(l) });
  }
  for (const h of out) h.text = joinWrapped(h.parts);
  return out;
}
