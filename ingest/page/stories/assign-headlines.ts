import { LEADING_JUMP } from "../patterns/furniture.ts";
import { COLUMN_LABEL } from "../patterns/heading.ts";
import { hanBigrams } from "../text/han.ts";
import type { Assignment, Body, Heading, Layout } from "../types.ts";
import { boundTogether } from "./headline-fields.ts";

/** Weights of the headline assignment: every story wants one headline group, from above or below. */
/**
 * A story may print no headline (a page opening with a continuation, a picture, a headless brief): titling
 * one more story weighs less than the evidence of which story a headline is about, so one missing headline
 * does not shift every headline after it onto the wrong story.
 */
const SCORE = {
  titled: 3,
  /** A story given headline material from both sides has taken another story's headline. */
  titledTwice: -6,
  /** A page's opening continuation given headline material from below has taken the next story's: its own is on
   * the page it came from. */
  continuationTitled: -6,
  /** Splitting one printed line between two stories needs the extra story it titles to pay off. */
  splitLine: -1,
  /** The paper's habit as its editor states it (publications.json hints.headline). */
  followsHint: 5,
  /** The gap's own evidence: its headline shares more words with the story on that side. */
  followsWords: 4,
  /** Tie-break: the page's habit, read off the page (headline above its story, or below it). */
  followsHabit: 1,
} as const;

type Side = "above" | "below";

/** Words (Han pairs) a headline shares with a story's text. */
export function sharedWords(headings: readonly Heading[], body: Pick<Body, "units">): number {
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

/**
 * Which story a gap's headline is about, by the words it shares with each: a head is written from its story
 * (its lead repeats its words), so the story it shares more with is its own. "above": it heads the story
 * below it; null when the words do not tell.
 */
export function headlineSideOf(layout: Layout, k: number): Side | null {
  return sideOfWords(layout, layout.gaps[k]!, k);
}

/** Which of the stories beside gap k these headings share more words with: "above" heads the story below. */
function sideOfWords(layout: Layout, headings: readonly Heading[], k: number): Side | null {
  if (!headings.length || k === 0 || k === layout.bodies.length) return null;
  const down = sharedWords(headings, layout.bodies[k]!);
  const up = sharedWords(headings, layout.bodies[k - 1]!);
  return down > up ? "above" : up > down ? "below" : null;
}

/** The page's habit: the editor's word when given, else the gaps' words and the page's edges, and how sure. */
export function headlineHabitOf(layout: Layout, hint: Side | null): { habit: Side; close: boolean; why: string } {
  if (hint) return { habit: hint, close: false, why: `headline ${hint} its story, as the paper's editor says` };
  let above = 0;
  let below = 0;
  layout.gaps.forEach((_, k) => {
    const side = headlineSideOf(layout, k);
    if (side === "above") above++;
    else if (side === "below") below++;
  });
  const n = layout.bodies.length;
  // a head before the first story can only head it; a head after the last can only close it
  if (layout.gaps[0]!.length) above++;
  if (n > 0 && layout.gaps[n]!.length) below++;
  const habit: Side = below > above ? "below" : "above";
  const close = Math.abs(above - below) <= 1;
  return {
    habit,
    close,
    why: `headline ${habit} its story: ${above} signs above, ${below} below (the words heads share with the stories beside them, heads before the first story or after the last)${close ? "; the evidence is close" : ""}`,
  };
}

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

/** Whether the page's first story is the rest of one from another page: a jump line (（上接第一版）) before any head. */
function opensWithJump(layout: Layout): boolean {
  const first = layout.bodies[0]?.units[0]?.lines[0];
  const head = layout.gaps[0]?.[0]?.lines[0];
  return (
    first !== undefined &&
    layout.furniture.some(
      (f) =>
        f.furniture === "jump" &&
        LEADING_JUMP.test(f.text) &&
        f.lines[0]! <= first &&
        (head === undefined || f.lines[0]! < head),
    )
  );
}

/** Head material that titles a story: more than a column's label (图片新闻 labels the stories, titles none). */
const titles = (hs: readonly Heading[]) => hs.some((h) => !COLUMN_LABEL.test(h.text));

interface Option {
  toPrev: Heading[];
  toNext: Heading[];
  cost: number;
  label: string;
}

function optionsFor(
  gap: Heading[],
  k: number,
  n: number,
  wrapped: boolean,
  halvesFit: (halves: [Heading, Heading]) => boolean,
  aboutBelow: (hs: Heading[]) => boolean,
): Option[] {
  if (k === 0) return [{ toPrev: [], toNext: gap, cost: 0, label: "above the first story" }];
  if (k === n) return [{ toPrev: gap, toNext: [], cost: 0, label: "below the last story" }];
  const out: Option[] = [];
  for (let s = 0; s <= gap.length; s++) {
    if (s > 0 && s < gap.length && boundTogether(gap[s - 1]!.text, gap[s]!.text, wrapped)) continue;
    // 寻找金牌读者 / 图片新闻 — a column's label stands over the stories it labels, never last under a story
    if (s > 0 && COLUMN_LABEL.test(gap[s - 1]!.text)) continue;
    // 习近平回信勉励 / 祖籍宁波的香港企业家 — a stack's first lines about the story below are not the story above's head
    if (s > 0 && s < gap.length && aboutBelow(gap.slice(0, s))) continue;
    out.push({
      toPrev: gap.slice(0, s),
      toNext: gap.slice(s),
      cost: 0,
      label: `${s} of ${gap.length} to the story above`,
    });
  }
  if (gap.length === 1) {
    const halves = splitAtLastSpace(gap[0]!);
    // a line holds two stories' heads only if each half's words are its own story's
    if (halves && halvesFit(halves))
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
export function assignHeadlines(layout: Layout, hint: Side | null = null, printed = false): Assignment {
  const n = layout.bodies.length;
  const above: Heading[][] = layout.bodies.map(() => []);
  const below: Heading[][] = layout.bodies.map(() => []);
  if (n === 0) return { above, below, why: [] };
  // a printed page read in reading order sets its headlines above their stories
  const page = printed
    ? { habit: "above" as const, why: "a printed page, read in reading order: headlines above their stories" }
    : headlineHabitOf(layout, hint);
  const habit = page.habit;
  const sides = layout.gaps.map((_, k) => headlineSideOf(layout, k));
  // a page opening with the rest of a story from another page ((上接第一版)…): its head is printed there
  const continued = opensWithJump(layout);
  /** What following a side at gap k earns: the hint's, the gap's words', the page's habit's. */
  const follows = (k: number, side: Side) =>
    (hint === side ? SCORE.followsHint : 0) +
    (sides[k] === side ? SCORE.followsWords : 0) +
    (habit === side ? SCORE.followsHabit : 0);
  // dp over gaps: state = whether body k already has material from above; back-pointers, not copies,
  // so a page of thousands of stories costs linear time
  type Cell = { score: number; from: boolean; pick: Option };
  const table: Map<boolean, Cell>[] = [];
  let states = new Map<boolean, number>([[false, 0]]);
  for (let k = 0; k <= n; k++) {
    const next = new Map<boolean, Cell>();
    const options = optionsFor(
      layout.gaps[k]!,
      k,
      n,
      layout.wrapped,
      ([up, down]) => {
        if (k === 0 || k === n) return false;
        const [upAbove, upBelow] = [sharedWords([up], layout.bodies[k]!), sharedWords([up], layout.bodies[k - 1]!)];
        const [downAbove, downBelow] = [
          sharedWords([down], layout.bodies[k]!),
          sharedWords([down], layout.bodies[k - 1]!),
        ];
        return upBelow >= upAbove && downAbove >= downBelow && upBelow + downAbove > 0;
      },
      (hs) => sideOfWords(layout, hs, k) === "above",
    );
    for (const [hasAbove, base] of states) {
      for (const opt of options) {
        let score = base + opt.cost;
        if (k > 0) {
          const fromBelow = titles(opt.toPrev);
          if (hasAbove || fromBelow) score += SCORE.titled;
          if (hasAbove && fromBelow) score += SCORE.titledTwice;
          if (fromBelow) score += follows(k, "below");
          // on a printed page, material from below is another story's headline: taking it never pays
          if (fromBelow && printed && k < n) score -= SCORE.titled + SCORE.followsHabit;
          // nor for a continuation, whose head stands on the page it came from
          if (fromBelow && k === 1 && continued) score += SCORE.continuationTitled;
        }
        if (titles(opt.toNext)) score += follows(k, "above");
        const key = titles(opt.toNext);
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
  const why: string[] = [`page habit: ${page.why}`];
  picks.forEach((opt, k) => {
    if (k > 0) below[k - 1] = opt.toPrev;
    if (k < n) above[k] = opt.toNext;
    if (layout.gaps[k]!.length)
      why.push(
        `gap ${k} (${layout.gaps[k]!.map((h) => h.text).join(" | ")}): ${opt.label}${sides[k] ? `; its words are the story ${sides[k] === "above" ? "below" : "above"} it's` : ""}; page habit: headline ${habit}`,
      );
  });
  return { above, below, why };
}
