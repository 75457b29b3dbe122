import { describe, expect, test } from "vitest";
import { bodyToMarkdown, bodyToMdast } from "../../src/lib/mdast.ts";

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
});
