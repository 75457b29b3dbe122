import type { Assignment, Heading, Layout } from "../types.ts";
import { boundTogether } from "./headline-fields.ts";

/** Weights of the headline assignment: every story wants one headline group, from above or below. */
const SCORE = {
  titled: 10,
  /** A story given headline material from both sides has taken another story's headline. */
  titledTwice: -6,
  /** Splitting one printed line between two stories needs the extra story it titles to pay off. */
  splitLine: -3,
  /** Tie-break: the page's own habit (headline above its story, or below it). */
  followsHabit: 1,
} as const;

/** Split one heading line at its last space: the words before end the story above, the rest open the next. */
export function splitAtLastSpace(h: Heading): [Heading, Heading] | null {
  const first = h.parts[0] ?? "";
  const cut = first.search(/\s+\S+$/u);
  if (cut <= 0) return null;
  const left = first.slice(0, cut).trim();
  const right = first.slice(cut).trim();
  const n = h.lines[0]!;
  return [
    {
      ...h,
      text: left,
      parts: [left],
      lines: [n],
      why: `${h.why}; first words of a shared line: the headline of the story above`,
    },
    {
      ...h,
      text: [right, ...h.parts.slice(1)].join(""),
      parts: [right, ...h.parts.slice(1)],
      lines: h.lines,
      why: `${h.why}; rest of a shared line: the headline of the story below`,
    },
  ];
}

interface Option {
  toPrev: Heading[];
  toNext: Heading[];
  cost: number;
  label: string;
}

function optionsFor(gap: Heading[], k: number, n: number): Option[] {
  if (k === 0) return [{ toPrev: [], toNext: gap, cost: 0, label: "above the first story" }];
  if (k === n) return [{ toPrev: gap, toNext: [], cost: 0, label: "below the last story" }];
  const out: Option[] = [];
  for (let s = 0; s <= gap.length; s++) {
    if (s > 0 && s < gap.length && boundTogether(gap[s - 1]!.text, gap[s]!.text)) continue;
    out.push({
      toPrev: gap.slice(0, s),
      toNext: gap.slice(s),
      cost: 0,
      label: `${s} of ${gap.length} to the story above`,
    });
  }
  if (gap.length === 1) {
    const halves = splitAtLastSpace(gap[0]!);
    if (halves)
      out.push({
        toPrev: [halves[0]],
        toNext: [halves[1]],
        cost: SCORE.splitLine,
        label: "one line shared by two headlines, split",
      });
  }
  return out;
}

/**
 * Give each story its headline. Papers print headlines above their stories or, in some layouts, below
 * them; a run of headings between two stories may belong to either or be shared. Choose the assignment
 * that titles the most stories, splitting a shared line only when that titles one more, and otherwise
 * following the page's habit (headline below when the page opens with a story, not a headline). A printed
 * page read in reading order has its headlines above their stories, always: a story there never takes the
 * headline of the story after it.
 */
export function assignHeadlines(layout: Layout, printed = false): Assignment {
  const n = layout.bodies.length;
  const above: Heading[][] = layout.bodies.map(() => []);
  const below: Heading[][] = layout.bodies.map(() => []);
  if (n === 0) return { above, below, why: [] };
  const habit: "above" | "below" = !printed && layout.gaps[0]!.length === 0 && n > 1 ? "below" : "above";
  // dp over gaps: state = whether body k already has material from above; back-pointers, not copies,
  // so a page of thousands of stories costs linear time
  type Cell = { score: number; from: boolean; pick: Option };
  const table: Map<boolean, Cell>[] = [];
  let states = new Map<boolean, number>([[false, 0]]);
  for (let k = 0; k <= n; k++) {
    const next = new Map<boolean, Cell>();
    const options = optionsFor(layout.gaps[k]!, k, n);
    for (const [hasAbove, base] of states) {
      for (const opt of options) {
        let score = base + opt.cost;
        if (k > 0) {
          const fromBelow = opt.toPrev.length > 0;
          if (hasAbove || fromBelow) score += SCORE.titled;
          if (hasAbove && fromBelow) score += SCORE.titledTwice;
          if (fromBelow && habit === "below") score += SCORE.followsHabit;
          // on a printed page, material from below is another story's headline: taking it never pays
          if (fromBelow && printed && k < n) score -= SCORE.titled + SCORE.followsHabit;
        }
        if (opt.toNext.length > 0 && habit === "above") score += SCORE.followsHabit;
        const key = opt.toNext.length > 0;
        const prev = next.get(key);
        if (!prev || score > prev.score) next.set(key, { score, from: hasAbove, pick: opt });
      }
    }
    table.push(next);
    states = new Map([...next].map(([key, cell]) => [key, cell.score]));
  }
  const picks: Option[] = [];
  let state = [...table[n]!].sort((a, b) => b[1].score - a[1].score)[0]![0];
  for (let k = n; k >= 0; k--) {
    const cell = table[k]!.get(state)!;
    picks[k] = cell.pick;
    state = cell.from;
  }
  const best = { picks };
  const why: string[] = [];
  best.picks.forEach((opt, k) => {
    if (k > 0) below[k - 1] = opt.toPrev;
    if (k < n) above[k] = opt.toNext;
    if (layout.gaps[k]!.length)
      why.push(
        `gap ${k} (${layout.gaps[k]!.map((h) => h.text).join(" | ")}): ${opt.label}; page habit: headline ${habit}`,
      );
  });
  return { above, below, why };
}
