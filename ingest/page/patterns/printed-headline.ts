import type { Heading, LayoutEvidence, Line, PrintedHeading } from "../types.ts";

/**
 * What a printed page's type says of a headline, asked in one place. A text page's headings carry no such
 * evidence and every rule here leaves them alone.
 *
 * A story's headline is set large, or stands across more columns than one, or under a rule; a subhead
 * (小标题) stands in its story's column in type near the body's. Measured on real pages: 人民日报's 理论 subheads
 * are 1.55 times the body and its titles 4–6 times; a local paper's one-column titles 1.6–2.2 times, its
 * kickers and subtitles 1.2–2 times, subheads near 1.1.
 */

/** Type this many times the body size is a story's headline wherever it stands. */
export const STORY_HEADLINE_SIZE = 1.8;
/** Type this many times the body size is a story's headline when it also spans columns or stands under a rule. */
export const HEADLINE_TYPE = 1.3;

/** A heading's printed evidence from its lines' layout, or undefined for a page read as text. */
export function printedHeading(lines: readonly Line[]): PrintedHeading | undefined {
  const laid = lines.map((l) => l.layout).filter((e): e is LayoutEvidence => e !== undefined);
  if (laid.length === 0) return undefined;
  return {
    size: Math.max(...laid.map((e) => e.relSize)),
    span: Math.max(...laid.map((e) => e.span)),
    ruleAbove: laid[0]!.ruleAbove,
  };
}

/**
 * A subhead is set well below the title of its own story (人民日报's at 1.55 times the body under titles of 4–6;
 * a local paper's near 1.1 under titles of 1.6 and more): a heading at least this share of the open story's
 * title is no subhead of it.
 */
export const SUBHEAD_SHARE = 0.7;

/**
 * A heading whose type and place make it a story's headline, never a subhead of the story before it: set large,
 * or in headline type across columns, under a rule, or nearly as large as the title of the story open above it.
 */
export function opensStory(h: Heading, openTitleSize: number | null = null): boolean {
  const p = h.printed;
  if (!p) return false;
  if (p.size >= STORY_HEADLINE_SIZE) return true;
  if (p.size < HEADLINE_TYPE) return false;
  return p.span > 1 || p.ruleAbove || (openTitleSize !== null && p.size >= SUBHEAD_SHARE * openTitleSize);
}

/** Two headline lines of one printed block (same type, set together) are one title the page broke. */
export const sameTitleBlock = (a: Line, b: Line): boolean =>
  a.layout !== undefined && b.layout !== undefined && a.layout.block === b.layout.block;
