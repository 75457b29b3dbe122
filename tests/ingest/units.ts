import type { Heading, Paragraph } from "../../ingest/page/types.ts";

/** A heading unit of one line, as the unit stage makes it. */
export const heading = (text: string, line: number): Heading => ({
  kind: "heading",
  text,
  parts: [text],
  lines: [line],
  why: "",
});

/** A paragraph unit with no dateline, byline or note, its first line indented as a paragraph's opens. */
export const paragraph = (text: string, lines: number[]): Paragraph => ({
  kind: "paragraph",
  text,
  lines,
  dateline: null,
  datelineByline: null,
  credit: null,
  signed: null,
  note: false,
  isolated: false,
  indented: true,
  repeats: [],
  why: "",
});
