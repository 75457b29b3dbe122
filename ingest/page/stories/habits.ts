import { isFiled } from "../units/paragraph-edges.ts";
import type { Unit } from "../types.ts";
import { indentsParagraphs } from "../units/paragraphs.ts";
import { BLANK_GAPS_MIN } from "../lines/blank-gaps.ts";

/** How a page's stories open and close, read off the page itself: what tells a new story from a subhead. */
export interface StoryHabits {
  /** Its stories open with a dateline or a byline: a new story would, so a bare heading inside one is a subhead. */
  opening: boolean;
  /** Its stories end with a closing byline: a story runs on, through its subheads, until it has one. */
  closing: boolean;
  /** Some of its stories open with a dateline or byline (two or more): a short bare heading is a subhead. */
  someOpen: boolean;
  /** Its heads stand apart from the text by a blank line above: a heading set tight in the text is a subhead. */
  headsApart: boolean;
  /**
   * Its blank lines part stories, not paragraphs or columns: paragraphs break inside blocks, and no sentence runs on
   * across a blank line. There finished text, a blank line, then text that opens a paragraph is a new story.
   */
  blanksPartStories: boolean;
  /**
   * Its paragraphs break inside blocks (three or more times) and blank lines part its blocks (three or more): a
   * paragraph set tight under another is the same block's.
   */
  paragraphsInBlocks: boolean;
  /**
   * Its heads stand below their stories, by its edges: its text opens with a story, not a head, and a head closes
   * it. There a head after finished text ends the story above it.
   */
  headsBelow: boolean;
  /**
   * Its paragraphs open with an indent and its heads a blank line sets apart stand at the margin (three or more,
   * and most; or every head a byline or dateline follows, three or more): an indented heading is a paragraph-like
   * line inside a story, a subhead.
   */
  headsAtMargin: boolean;
  why: string;
}

/** Least share of a page's heads a blank line sets apart that stand at the margin, for the habit. */
const AT_MARGIN_SHARE = 0.75;

/** Fewest paragraph breaks inside blocks for a page's blank lines to be read as parting stories. */
const INNER_BREAKS_MIN = 3;

/** Fewest heading groups standing apart, and their least share, for the page to set its heads apart. */
const HEADS_APART_MIN = 3;
const HEADS_APART_SHARE = 0.75;

/**
 * Fewest cases, and least share of them, for a page's way to count as its habit. Two of three heads is no habit:
 * a page's stories open (or end) as their writers do, and a story without a dateline or byline is as often a story
 * of its own as a subhead (development 892 -> 900 of 1121 stories when two cases no longer made a habit).
 */
const MIN_CASES = 3;
/** Fewest stories opened with a dateline or byline for a short bare head to read as a subhead. */
const SOME_OPEN_MIN = 2;
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
  let groups = 0;
  let apart = 0;
  // paragraph breaks inside a block, and sentences a blank line cuts (joined by reflow: lines not in a row)
  let innerBreaks = 0;
  let cutAcross = 0;
  let headings = 0;
  let atMargin = 0;
  // the heads a byline or a dateline follows, surely stories' heads: how many, and how many at the margin
  let openedAtMargin = 0;
  let blankGaps = 0;
  // (a sentence a picture or a box was set into goes on past it: cut by the insert, not by a blank line)
  const held = new Set(units.flatMap((u) => u.lines));
  const blankBetween = (a: number, b: number) => {
    for (let n = a + 1; n < b; n++) if (held.has(n)) return false;
    return true;
  };
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const above = units[i - 1];
    if (above && u.lines[0]! > above.lines.at(-1)! + 1) blankGaps++;
    // a group of headings: the first of a run; apart when a blank line or the page's top stands above it
    if (u.kind === "heading" && above?.kind !== "heading") {
      groups++;
      if (!above || above.kind === "furniture" || u.lines[0]! > above.lines.at(-1)! + 1) apart++;
    }
    // (the heads a blank line sets apart, as stories' heads stand: subheads may be set tight and indented)
    if (u.kind === "heading" && (!above || u.lines[0]! > above.lines.at(-1)! + 1)) {
      headings++;
      if (!u.indented) atMargin++;
    }
    if (u.kind === "paragraph") {
      if (u.lines.some((n, k) => k > 0 && n > u.lines[k - 1]! + 1 && blankBetween(u.lines[k - 1]!, n))) cutAcross++;
      if (above?.kind === "paragraph" && u.lines[0] === above.lines.at(-1)! + 1) innerBreaks++;
    }
    // (a picture's credit set into another story closes no story of the page's own)
    if (u.kind === "closing" && !(above?.kind === "box" && above.picture)) closings++;
    if (u.kind !== "heading" || units[i + 1]?.kind === "heading") continue;
    let j = i + 1;
    while (units[j]?.kind === "caption") j++;
    const next = units[j];
    if (!next || (next.kind !== "paragraph" && next.kind !== "byline")) continue;
    heads++;
    if (next.kind === "byline" || isFiled(next)) {
      opened++;
      let k = i;
      while (units[k - 1]?.kind === "heading") k--;
      if (units.slice(k, i + 1).every((h) => h.kind === "heading" && !h.indented)) openedAtMargin++;
    }
  }
  const opening = opened >= MIN_CASES && opened >= OPENING_SHARE * heads;
  const closing = closings >= MIN_CASES && closings >= CLOSING_SHARE * heads;
  const headsApart = apart >= HEADS_APART_MIN && apart >= HEADS_APART_SHARE * groups;
  const blanksPartStories = cutAcross === 0 && innerBreaks >= INNER_BREAKS_MIN && blankGaps >= BLANK_GAPS_MIN;
  const content = units.filter((u) => u.kind !== "furniture");
  const headsBelow =
    content.length > 2 &&
    (content[0]!.kind === "paragraph" || content[0]!.kind === "byline") &&
    content.at(-1)!.kind === "heading";
  // (or every head a byline or dateline follows stands at the margin: the indented heads are then the subheads that
  // kept the share down, 林萃路工程最难段开工 / 本报记者 曹政 over 　　五星啤酒厂“路障”清除)
  const headsAtMargin =
    indentsParagraphs(units) &&
    ((atMargin >= MIN_CASES && atMargin >= AT_MARGIN_SHARE * headings) ||
      (opened >= MIN_CASES && openedAtMargin === opened));
  return {
    opening,
    closing,
    someOpen: opened >= SOME_OPEN_MIN,
    headsApart,
    blanksPartStories,
    paragraphsInBlocks: innerBreaks >= INNER_BREAKS_MIN && blankGaps >= INNER_BREAKS_MIN,
    headsBelow,
    headsAtMargin,
    why: `${opened} of ${heads} headings over text are followed by a dateline or byline${opening ? " (the page's habit)" : ""}; ${closings} closing bylines${closing ? " (the page's habit)" : ""}; ${apart} of ${groups} heading groups stand apart by a blank line${headsApart ? " (the page's habit)" : ""}; ${innerBreaks} paragraph breaks inside blocks, ${cutAcross} sentences cut by a blank line${blanksPartStories ? ": blank lines part stories" : ""}${headsBelow ? "; it opens with text and ends on a head: heads below their stories" : ""}${headsAtMargin ? "; its paragraphs open indented and its heads at the margin" : ""}`,
  };
}
