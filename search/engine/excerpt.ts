import { wholeMatches } from "./terms.ts";

/** An excerpt: its text, and where the terms stand in it (to be marked). */
export interface Excerpt {
  text: string;
  marks: { start: number; end: number }[];
}

/**
 * An excerpt of a story's body around the first place a term stands whole: `radius` characters either
 * side, cut between characters (never inside a surrogate pair), with … where it was cut. The body is the
 * story's text only, without its headline, kicker or byline, so the excerpt shows the story's own words.
 */
export function excerptAround(body: string, terms: readonly string[], radius = 40): Excerpt {
  const chars = Array.from(body);
  const all = wholeMatches(body, terms);
  // a code unit offset to a character offset
  const charAt = (unit: number) => Array.from(body.slice(0, unit)).length;
  const first = all[0];
  const from = first ? Math.max(0, charAt(first.start) - radius) : 0;
  const to = Math.min(chars.length, (first ? charAt(first.end) : 0) + radius * (first ? 1 : 2));
  const head = from > 0 ? "…" : "";
  const text = `${head}${chars.slice(from, to).join("")}${to < chars.length ? "…" : ""}`;
  return { text, marks: wholeMatches(text, terms) };
}
