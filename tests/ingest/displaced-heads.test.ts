import { describe, expect, test } from "vitest";
import { splitAtDisplacedHeads } from "../../ingest/page/stories/displaced-heads.ts";
import type { Heading, Layout, Paragraph } from "../../ingest/page/types.ts";

const heading = (text: string, line: number): Heading => ({
  kind: "heading",
  text,
  parts: [text],
  lines: [line],
  why: "",
});
const paragraph = (text: string, lines: number[]): Paragraph => ({
  kind: "paragraph",
  text,
  lines,
  why: "",
  dateline: null,
  datelineByline: null,
  credit: null,
  signed: null,
  note: false,
  isolated: false,
  indented: false,
  repeats: [],
});

/** Two heads pdftotext printed in a row, then one body holding both stories' text, a blank line between them. */
const layoutOf = (second: string): Layout => ({
  bodies: [
    {
      units: [
        paragraph("夏日的莒县，一条穿村而过的小河碧波荡漾。实行河长制以来，河道面貌焕然一新。", [6, 7, 8]),
        paragraph(second, [10, 11, 12]),
      ],
      closed: false,
    },
  ],
  gaps: [[heading("非遗传承人走进校园", 3), heading("河长制让小河重现清澈", 5)], []],
  furniture: [],
  stray: [],
  inserts: [],
  why: [],
  wrapped: true,
});

describe("a story printed under another, its head printed over the other's (stories/displaced-heads.ts)", () => {
  test("the body parts where text whose words are the first head's begins, each part under its own head", () => {
    const out = splitAtDisplacedHeads(
      layoutOf("博山区一所小学迎来几位非遗项目的传承人，他们走进校园，为孩子们讲解传统技艺。"),
    );
    expect(out.bodies.map((b) => b.units.length)).toEqual([1, 1]);
    expect(out.gaps.map((g) => g.map((h) => h.text))).toEqual([["河长制让小河重现清澈"], ["非遗传承人走进校园"], []]);
  });
  test("text that shares no words with the first head stays the story's", () => {
    const out = splitAtDisplacedHeads(layoutOf("目前，全县三百余条河流全部落实了县、乡、村三级河长。"));
    expect(out.bodies).toHaveLength(1);
  });
});
