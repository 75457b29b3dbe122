import { bracketsOpenAfter } from "../text/brackets.ts";
import type { Line } from "../types.ts";

/** Whether a line's raw text ends on a space that is a gap: normalise tells a page that pads every line. */
const endsOnGap = (l: Line) => l.endsOnGap ?? /\s$/u.test(l.raw);

/**
 * Join a paragraph's lines; where the raw line broke at a space between Han words inside an open bracket
 * (a byline's names), the space stays. What the joined text ends with is carried along, never read back
 * off it, so a paragraph of 100,000 lines joins in one pass.
 */
export function joinLines(lines: Line[]): string {
  const parts: string[] = [];
  let last = "";
  let open: boolean[] = [];
  lines.forEach((l, k) => {
    if (!l.text) return;
    const brokeAtSpace =
      k > 0 &&
      (endsOnGap(lines[k - 1]!) || /^\s/u.test(l.raw)) &&
      /\p{Script=Han}/u.test(last) &&
      /^\p{Script=Han}/u.test(l.text) &&
      open.some(Boolean);
    if (brokeAtSpace || (/[A-Za-z0-9]/u.test(last) && /^[A-Za-z0-9]/u.test(l.text))) parts.push(" ");
    parts.push(l.text);
    last = l.text.at(-1)!;
    open = bracketsOpenAfter(open, l.text);
  });
  return parts.join("");
}
