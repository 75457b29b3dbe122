// White space as exports write it: how wide an indent is (page/lines/normalise.ts), and where a line break is a gap (units/join-lines.ts).
import { describe, expect, test } from "vitest";
import { normalise } from "../../ingest/page/lines/normalise.ts";
import { parsePage } from "../../ingest/page/stages.ts";
import { joinLines } from "../../ingest/page/units/join-lines.ts";

const indents = (text: string) =>
  normalise(text)
    .filter((l) => l.text)
    .map((l) => l.indent);

describe("a paragraph's indent", () => {
  test.each([
    ["two full-width spaces", "标题\n　　第一段。\n　　第二段。\n　　第三段。", [0, 2, 2, 2]],
    ["two ASCII spaces on every indented line", "标题\n  第一段。\n  第二段。\n  第三段。", [0, 2, 2, 2]],
    ["a tab", "标题\n\t第一段。\n\t第二段。\n\t第三段。", [0, 2, 2, 2]],
    ["two no-break spaces", "标题\n\u00a0\u00a0第一段。\n\u00a0\u00a0第二段。\n\u00a0\u00a0第三段。", [0, 2, 2, 2]],
    // (one indented line tells no page's habit)
    ["one line opening on two spaces", "标题\n  第一段。", [0, 1]],
    // (where full-width spaces indent the paragraphs, two ASCII spaces are the narrower thing type makes them)
    ["two ASCII spaces beside full-width indents", "标题\n　　第一段。\n  第二段。\n  第三段。", [0, 2, 1, 1]],
    // (a layout's runs of spaces of many lengths are half a character each)
    ["runs of many lengths", "标题\n      第一段。\n          第二段。\n      第三段。", [0, 3, 5, 3]],
  ])("%s", (_, text, want) => expect(indents(text)).toEqual(want));
});

describe("a wrapped page reads alike whatever writes its indent", () => {
  // two stories wrapped at 14 characters, each paragraph's first line indented
  const page = (indent: string) =>
    [
      "城区新建三座口袋公园",
      "",
      `${indent}本报讯 近日，城区新建的三座`,
      "口袋公园陆续开放，附近居民",
      "有了散步休闲的好去处。",
      `${indent}公园里种植了银杏、海棠等树`,
      "木，还设置了健身器材。",
      "",
      "社区食堂开门迎客",
      "",
      `${indent}本报讯 社区食堂昨天开门迎客`,
      "，老人们在家门口就能吃上热",
      "乎饭菜。",
    ].join("\n");
  const read = (indent: string) => parsePage(page(indent)).articles.map((a) => [a.title, a.blocks.map((b) => b.text)]);
  test("two ASCII spaces, a tab and two full-width spaces give one reading", () => {
    const full = read("\u3000\u3000");
    expect(full).toHaveLength(2);
    expect(read("  ")).toEqual(full);
    expect(read("\t")).toEqual(full);
  });
});

describe("a byline's names broken over lines (units/join-lines.ts)", () => {
  const joined = (text: string) => joinLines(normalise(text));
  test("a break at a space inside the brackets keeps the space", () =>
    expect(joined("本报讯（记者 倪四义 \n张崇防）近日")).toBe("本报讯（记者 倪四义 张崇防）近日"));
  test("lines an extractor pads with spaces join as the text runs", () =>
    expect(joined("本报讯（记者 倪四义 张  \n崇防 王某  \n某）近日，  ")).toBe(
      "本报讯（记者 倪四义 张崇防 王某某）近日，",
    ));
  test("a stray space at a later line's end pads no page", () =>
    expect(joined("本报讯（记者 倪四义 \n安然）近日，活动举行。 ")).toBe("本报讯（记者 倪四义 安然）近日，活动举行。"));
});
