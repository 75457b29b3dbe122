import { describe, expect, test } from "vitest";
import { printedWidth } from "../../ingest/page/text/width.ts";

describe("a line's printed width", () => {
  test("Han characters and full-width marks take an em, ASCII half, spaces nothing", () => {
    expect(printedWidth("上午，中")).toBe(4);
    expect(printedWidth("12 月 27 日")).toBe(4);
    expect(printedWidth("　　今天")).toBe(2);
  });

  test("a mark an export folded to ASCII after a Han character still takes the em it was printed in", () => {
    expect(printedWidth("上午,中")).toBe(printedWidth("上午，中"));
    expect(printedWidth("收成不错!”")).toBe(printedWidth("收成不错！”"));
  });

  test("ASCII marks among ASCII stay half an em", () => expect(printedWidth("1,200")).toBe(2.5));
});
