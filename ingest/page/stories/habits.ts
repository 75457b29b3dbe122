import type { Unit } from "../types.ts";

/** How a page's stories open and close, read off the page itself: what tells a new story from a subhead. */
export interface StoryHabits {
  /** Its stories open with a dateline or a byline: a new story would, so a bare heading inside one is a subhead. */
  opening: boolean;
  /** Its stories end with a closing byline: a story runs on, through its subheads, until it has one. */
  closing: boolean;
  /** Some of its stories open with a dateline or byline (two or more): a short bare heading is a subhead. */
  someOpen: boolean;
  why: string;
}

/** Fewest cases, and least share of them, for a page's way to count as its habit. */
const MIN_CASES = 2;
const OPENING_SHARE = 0.6;
const CLOSING_SHARE = 0.4;

/**
 * The page's habits: among its headings that text follows, the share whose text opens with a dateline or a
 * byline; and how many of its stories a closing byline ends, against its headings.
 */
export function storyHabitsOf(units: readonly Unit[]): StoryHabits {
  let heads = 0;
  let opened = 0;
  let closings = 0;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind === "closing") closings++;
    if (u.kind !== "heading" || units[i + 1]?.kind === "heading") continue;
    let j = i + 1;
    while (units[j]?.kind === "caption") j++;
    const next = units[j];
    if (!next || (next.kind !== "paragraph" && next.kind !== "byline")) continue;
    heads++;
    if (next.kind === "byline" || (next.kind === "paragraph" && next.dateline !== null)) opened++;
  }
  const opening = opened >= MIN_CASES && opened >= OPENING_SHARE * heads;
  const closing = closings >= MIN_CASES && closings >= CLOSING_SHARE * heads;
  return {
    opening,
    closing,
    someOpen: opened >= MIN_CASES,
    why: `${opened} of ${heads} headings over text are followed by a dateline or byline${opening ? " (the page's habit)" : ""}; ${closings} closing bylines${closing ? " (the page's habit)" : ""}`,
  };
}
