import { describe, expect, test } from "vitest";
import { reuniteDisplacedHeads, splitAtDisplacedHeads } from "../../ingest/page/stories/displaced-heads.ts";
import type { Layout } from "../../ingest/page/types.ts";
import { heading, paragraph } from "./units.ts";

/** Two heads pdftotext printed in a row, then one body holding both stories' text, a blank line between them. */
const layoutOf = (second: string): Layout => ({
  bodies: [
    {
      units: [
        paragraph(
          "夏日的莒县，一条穿村而过的小河碧波荡漾，岸边垂柳依依。实行河长制以来，当地组织清淤疏浚，河道面貌焕然一新。",
          [6, 7, 8],
        ),
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
      layoutOf("近日，博山区一所小学迎来几位非遗项目的传承人，他们走进校园，为孩子们讲解传统技艺。"),
    );
    expect(out.bodies.map((b) => b.units.length)).toEqual([1, 1]);
    expect(out.gaps.map((g) => g.map((h) => h.text))).toEqual([["河长制让小河重现清澈"], ["非遗传承人走进校园"], []]);
  });
  test("a kicker whose words the story's later text takes up stays the story's kicker", () => {
    const kicked: Layout = {
      ...layoutOf(""),
      bodies: [
        {
          units: [
            paragraph(
              "本报讯 5月1日，我市在人民广场举办民间艺术展演活动，剪纸、面塑、鲁绣等非遗项目集中亮相。",
              [4, 5],
            ),
            paragraph("近年来，我市高度重视非遗传承工作，一批民间艺术项目得到保护，留住了文化根脉。", [7, 8]),
          ],
          closed: false,
        },
      ],
      gaps: [[heading("守护非遗传承 留住文化根脉", 1), heading("我市举办民间艺术展演活动", 2)], []],
    };
    expect(splitAtDisplacedHeads(kicked).bodies).toHaveLength(1);
  });
  test("text that shares no words with the first head stays the story's", () => {
    const out = splitAtDisplacedHeads(layoutOf("目前，全县三百余条河流全部落实了县、乡、村三级河长。"));
    expect(out.bodies).toHaveLength(1);
  });
});

describe("a headless story takes its head from another's stack (stories/displaced-heads.ts)", () => {
  const continued = paragraph("（上接第一版）各地奋力推进乡村全面振兴，加快建设农业强市，农村面貌持续改善。", [2, 3]);
  const next = paragraph("本报讯 今年以来，我市新建高标准农田十万亩，粮食产能稳步提升。", [7, 8]);
  const stack = [heading("奋力推进乡村全面振兴 加快建设农业强市", 5), heading("我市新建高标准农田十万亩", 6)];
  const layout: Layout = {
    bodies: [
      { units: [continued], closed: true },
      { units: [next], closed: false },
    ],
    gaps: [[], stack, []],
    furniture: [],
    stray: [],
    inserts: [],
    why: [],
    wrapped: true,
  };
  test("a stack printed after the headless story is the next story's, kicker and all", () => {
    const out = reuniteDisplacedHeads(layout, { above: [[], stack], below: [[], []], why: [] });
    expect(out.above.map((hs) => hs.length)).toEqual([0, 2]);
  });
  test("a stack printed before it gives up the part whose words are its own", () => {
    const swapped: Layout = {
      ...layout,
      bodies: [
        { units: [next], closed: true },
        { units: [continued], closed: false },
      ],
    };
    const out = reuniteDisplacedHeads(swapped, { above: [stack, []], below: [[], []], why: [] });
    expect(out.above.map((hs) => hs.map((h) => h.text))).toEqual([
      ["我市新建高标准农田十万亩"],
      ["奋力推进乡村全面振兴 加快建设农业强市"],
    ]);
  });
});
