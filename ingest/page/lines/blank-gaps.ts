/**
 * Fewest blank gaps between a page's lines for its blank lines to say anything about its stories. With fewer, the
 * export wrote the page tight: nothing but what its lines say parts its stories, and no habit is read off blank lines
 * (line-model/relabel.ts reads such a page's heads by their words and places; stories/habits.ts reads no habit of
 * blank lines parting stories).
 */
export const BLANK_GAPS_MIN = 2;
