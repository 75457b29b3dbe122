import { describe, expect, test } from "vitest";
import { bodyToHtml, bodyToMarkdown, bodyToMdast } from "../../archive/text/mdast.ts";

describe("article bodies as mdast", () => {
  test("block types map to mdast nodes, the dateline leads the first paragraph", () => {
    const tree = bodyToMdast(
      [
        { type: "paragraph", text: "近日，某区召开会议。", lines: [3] },
        { type: "subhead", text: "一、产业升级", lines: [5] },
        { type: "caption", text: "会议现场。", lines: [7] },
      ],
      "本报讯",
    );
    expect(tree.children.map((c) => c.type)).toEqual(["paragraph", "heading", "blockquote"]);
    expect(bodyToMarkdown([{ type: "paragraph", text: "近日，某区召开会议。", lines: [3] }], "本报讯")).toBe(
      "**本报讯** 近日，某区召开会议。\n",
    );
  });

  test("text that looks like markup stays text", () => {
    const md = bodyToMarkdown([
      { type: "paragraph", text: "**加粗** [点我](javascript:alert(1)) <script>x</script>", lines: [1] },
    ]);
    expect(md).not.toMatch(/^\*\*加粗\*\*/u);
    expect(md).toContain("\\*\\*加粗");
    expect(md).toContain("\\[点我]");
    expect(md).toContain("\\<script>");
  });

  test("the article page's HTML comes from the same tree: each block kind as the page shows it, text escaped", () => {
    const html = bodyToHtml(
      [
        { type: "paragraph", text: "近日，某区召开会议。<script>x</script>", lines: [3] },
        { type: "subhead", text: "一、产业升级", lines: [5] },
        { type: "caption", text: "会议现场。", lines: [7] },
        { type: "box", text: "相关一\n相关二", lines: [8, 9] },
        { type: "note", text: "编者按：近年来……", lines: [10] },
      ],
      "本报讯",
    );
    expect(html.split("\n").filter((l) => !/^<\/(figure|aside)>$/u.test(l))).toEqual([
      '<p><span class="dateline">本报讯</span> 近日，某区召开会议。&lt;script>x&lt;/script></p>',
      '<h2 class="subhead">一、产业升级</h2>',
      '<figure class="caption">',
      "<figcaption><span>图片说明</span>：会议现场。</figcaption>",
      '<aside class="box" aria-label="相关链接">',
      "<p>相关一</p>",
      "<p>相关二</p>",
      '<p class="note"><span>编者按：近年来……</span></p>',
    ]);
  });
});
