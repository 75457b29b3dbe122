import { oneTitle, shortStart, wrappedHeadline } from "../patterns/one-title.ts";
import { twoHeadlinesSideBySide } from "../patterns/heading.ts";
import { joinWrapped } from "../text/join.ts";
import { printedHeading, sameTitleBlock } from "../patterns/printed-headline.ts";
import type { Heading, Line } from "../types.ts";

/**
 * Headline lines: each line a heading, but a title the column broke over lines one under the other is one
 * (only where the page's text is wrapped in columns: an export that gives a paragraph a line breaks no head).
 */
export function headingsOf(run: Line[], why: (l: Line) => string, wrapped = true): Heading[] {
  const out: Heading[] = [];
  const linesOf = new Map<Heading, Line[]>();
  for (const [k, l] of run.entries()) {
    const last = out.at(-1);
    // on a printed page the type says it: lines of one block of headline type are one title, others are not
    const above = run[k - 1];
    if (last && above && l.layout && above.layout) {
      if (sameTitleBlock(above, l) && last.lines.at(-1) === above.n) {
        last.parts.push(l.text);
        last.lines.push(l.n);
        last.why += `; line ${l.n} is set in the same block: the same title`;
        linesOf.get(last)!.push(l);
      } else {
        const h: Heading = { kind: "heading", text: l.text, parts: [l.text], lines: [l.n], why: why(l) };
        out.push(h);
        linesOf.set(h, [l]);
      }
      continue;
    }
    // a line holding two headlines side by side carries on into the second one's wrapped lines
    const lastPart = last?.parts.at(-1) ?? "";
    const continues =
      last !== undefined &&
      (last.parts.length === 1 && twoHeadlinesSideBySide(lastPart) ? lastPart.split(/\s+/u).at(-1)! : lastPart);
    if (
      last &&
      (wrapped || (last.parts.length === 1 && shortStart(last.parts[0]!, l.text))) &&
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
      linesOf.get(last)?.push(l);
    } else {
      const h: Heading = { kind: "heading", text: l.text, parts: [l.text], lines: [l.n], why: why(l) };
      out.push(h);
      linesOf.set(h, [l]);
    }
  }
  for (const h of out) {
    h.text = joinWrapped(h.parts);
    if ((linesOf.get(h)?.[0]?.indent ?? 0) >= 1) h.indented = true;
    const printed = printedHeading(linesOf.get(h) ?? []);
    if (printed) h.printed = printed;
  }
  return out;
}
