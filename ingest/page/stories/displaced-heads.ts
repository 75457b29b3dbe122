import { COLUMN_LABEL, followsOn } from "../patterns/heading.ts";
import { hanBigrams } from "../text/han.ts";
import type { Assignment, Body, Heading, Layout } from "../types.ts";
import { boundTogether } from "./headline-fields.ts";

/** Fewest words (Han pairs) a head shares with a story to be read as its own, printed away from it. */
const OWN_WORDS_MIN = 4;

/** Words (Han pairs) some headings share with a story's text. */
function sharedWords(headings: readonly Heading[], body: Body): number {
  const head = hanBigrams(headings.map((h) => h.text).join(""));
  const text = hanBigrams(
    body.units
      .filter((u) => u.kind === "paragraph" || u.kind === "caption")
      .map((u) => u.text)
      .join(""),
  );
  let n = 0;
  for (const b of head) if (text.has(b)) n++;
  return n;
}

/** Head material that titles a story: more than a column's label or a subtitle (——…). */
const titles = (hs: readonly Heading[]) => hs.some((h) => !COLUMN_LABEL.test(h.text) && !followsOn(h.text));

/**
 * Heads pdftotext printed away from their stories: where two stories' heads stand side by side, it prints both
 * heads in a row and then both stories (全省首个智慧农业示范园 / 落成 / “一网通办”让企业办事更便捷 / 本报讯 … / … / ——集
 * 科研试验… / 日前，寿光市智慧农业示范园…). A story left with no head (or a subtitle only) takes the part of another
 * story's stack of heads whose words are its own, when the rest of the stack is the other story's.
 */
export function reuniteDisplacedHeads(layout: Layout, assignment: Assignment): Assignment {
  const above = assignment.above.map((hs) => [...hs]);
  const why = [...assignment.why];
  layout.bodies.forEach((body, k) => {
    if (titles(above[k]!) || titles(assignment.below[k]!)) return;
    let best: { j: number; s: number; first: boolean; words: number } | null = null;
    above.forEach((stack, j) => {
      if (j === k || stack.length < 2) return;
      const own = layout.bodies[j]!;
      for (let s = 1; s < stack.length; s++) {
        if (boundTogether(stack[s - 1]!.text, stack[s]!.text, layout.wrapped)) continue;
        for (const first of [true, false]) {
          const [part, rest] = first ? [stack.slice(0, s), stack.slice(s)] : [stack.slice(s), stack.slice(0, s)];
          if (!titles(part) || !titles(rest) || followsOn(part[0]!.text)) continue;
          const words = sharedWords(part, body);
          if (words < OWN_WORDS_MIN || words <= 2 * sharedWords(part, own)) continue;
          if (sharedWords(rest, own) < sharedWords(rest, body)) continue;
          if (!best || words > best.words) best = { j, s, first, words };
        }
      }
    });
    if (!best) return;
    const { j, s, first } = best;
    const stack = above[j]!;
    const part = first ? stack.slice(0, s) : stack.slice(s);
    above[j] = first ? stack.slice(s) : stack.slice(0, s);
    above[k] = [...part, ...above[k]!];
    why.push(
      `${part.map((h) => h.text).join(" | ")}: printed over story ${j + 1}'s head, its words story ${k + 1}'s: that story's head, printed away from it`,
    );
  });
  return { ...assignment, above, why };
}
