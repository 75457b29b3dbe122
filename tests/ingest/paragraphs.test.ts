import { describe, expect, test } from "vitest";
import { normalise } from "../../ingest/page/lines/normalise.ts";
import { paragraphsOf } from "../../ingest/page/units/paragraphs.ts";

/** A run of text lines as paragraphs, the column 14 em wide. */
const paragraphs = (text: string) =>
  paragraphsOf(normalise(text), false, 14, () => "text").filter((u) => u.kind === "paragraph");

describe("where a paragraph ends inside a run of text lines", () => {
  test("a picture's credit run on after the caption's sentence ends its paragraph, at the column's edge too", () => {
    const run = [
      "棚里采摘西瓜。该村种植的早熟",
      "西瓜已陆续上市，每亩收入可达",
      "一万余元。本报记者 赵明远 摄",
      "这两座口袋公园位于城北街道",
      "人民路和建设路交叉口附近。",
    ].join("\n");
    expect(paragraphs(run).map((p) => p.lines)).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  test("a sentence about a reporter taking pictures is no credit: the paragraph goes on", () => {
    const run = ["五一假期，古城墙下人流如织", "。记者看到不少游客驻足拍摄", "城楼夜景，场面十分热闹。"].join("\n");
    expect(paragraphs(run)).toHaveLength(1);
  });

  test("a sentence ending at the column's edge goes on into the next line", () => {
    const run = ["西瓜已陆续上市，每亩收入可达", "一万余元，销路很好。每亩收入", "可达一万余元。"].join("\n");
    expect(paragraphs(run)).toHaveLength(1);
  });
});
