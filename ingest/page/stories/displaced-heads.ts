import { COLUMN_LABEL, followsOn } from "../patterns/heading.ts";
import { sharedPairs } from "../text/han.ts";
import { sharedWords } from "./assign-headlines.ts";
import { finished } from "../text/marks.ts";
import type { Assignment, Heading, Layout, Unit } from "../types.ts";
import { boundTogether } from "./headline-fields.ts";

/**
 * Most a story's text printed under another's shares of the two-character words of the text right above it (0 none,
 * 1 the same): more, and it is the same story going on (pressed pages' pdftotext, seed 23: 0.05 finds 119 of 300
 * stories, 0.01 finds 117).
 */
const TOPIC_SHARE_MAX = 0.05;
/** Fewest words (Han pairs) a head shares with a story to be read as its own, printed away from it. */
const OWN_WORDS_MIN = 4;

/** Head material that titles a story: more than a column's label or a subtitle (——…). */
const titles = (hs: readonly Heading[]) => hs.some((h) => !COLUMN_LABEL.test(h.text) && !followsOn(h.text));

/**
 * The ways a stack of heads parts into two heads, each titling a story: at every line the lines around do not bind
 * into one title (headline-fields.ts).
 */
function partings(stack: readonly Heading[], wrapped: boolean): { s: number; upper: Heading[]; lower: Heading[] }[] {
  const out: { s: number; upper: Heading[]; lower: Heading[] }[] = [];
  for (let s = 1; s < stack.length; s++) {
    if (boundTogether(stack[s - 1]!.text, stack[s]!.text, wrapped)) continue;
    const [upper, lower] = [stack.slice(0, s), stack.slice(s)];
    if (titles(upper) && titles(lower)) out.push({ s, upper, lower });
  }
  return out;
}

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
    // (a stack printed above the headless story: pdftotext prints the heads in a row before both stories)
    above.forEach((stack, j) => {
      if (j >= k || stack.length < 2) return;
      const own = layout.bodies[j]!;
      for (const { s, upper, lower } of partings(stack, layout.wrapped)) {
        for (const first of [true, false]) {
          const [part, rest] = first ? [upper, lower] : [lower, upper];
          if (followsOn(part[0]!.text)) continue;
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

/**
 * A story's text that pdftotext printed under another's, its head printed over that other's head (非遗传承人走进校园 /
 * 河长制让小河重现清澈 / 王芳 刘伟 / 夏日的莒县，… / …常态化。 / (blank) / 近日，博山区一所小学迎来…传承人走进课堂…): where a
 * body's stack of heads parts into two, and after finished text and a blank line the body goes on with text whose
 * words are the first part's and not the rest's, on another topic than the text above it, the body is two stories,
 * each under its own part.
 */
export function splitAtDisplacedHeads(layout: Layout): Layout {
  const bodies = [...layout.bodies];
  const gaps = [...layout.gaps];
  let inserts = layout.inserts;
  for (let k = 0; k < bodies.length; k++) {
    const gap = gaps[k]!;
    const units = bodies[k]!.units;
    if (gap.length < 2) continue;
    let cut: { s: number; m: number } | null = null;
    for (const { s, upper: part, lower: rest } of partings(gap, layout.wrapped)) {
      if (cut) break;
      for (let m = 1; m < units.length && !cut; m++) {
        const [u, prev] = [units[m]!, units[m - 1]!];
        if (u.kind !== "paragraph" || prev.kind !== "paragraph" || !finished(prev.text)) continue;
        if (u.lines[0]! <= prev.lines.at(-1)! + 1) continue;
        // (on another topic than the text above it: a kicker's words come back later in its own story's text, which
        // goes on with the words of the text before)
        const beforeText = units
          .slice(Math.max(0, m - 3), m)
          .map((x) => x.text)
          .join("");
        if (sharedPairs(u.text, beforeText) >= TOPIC_SHARE_MAX) continue;
        const [before, after] = [{ units: units.slice(0, m) }, { units: units.slice(m) }];
        const words = sharedWords(part, after);
        if (words < OWN_WORDS_MIN || words <= 2 * sharedWords(part, before)) continue;
        if (sharedWords(rest, before) < sharedWords(rest, after)) continue;
        cut = { s, m };
      }
    }
    if (!cut) continue;
    const { s, m } = cut;
    const first: Unit[] = units.slice(0, m);
    const second: Unit[] = units.slice(m);
    bodies.splice(k, 1, { units: first, closed: true }, { units: second, closed: bodies[k]!.closed });
    gaps.splice(k, 1, gap.slice(s), gap.slice(0, s));
    // (a picture story set into the body stays after the half it stood in)
    const end = first.at(-1)!.lines.at(-1)!;
    inserts = inserts.map((x) =>
      x.after > k || (x.after === k && x.body.units[0]!.lines[0]! > end) ? { ...x, after: x.after + 1 } : x,
    );
    k++;
  }
  return { ...layout, bodies, gaps, inserts };
}
