import type { Root, RootContent } from "mdast";
import { unified } from "unified";
import remarkStringify from "remark-stringify";
import type { Block } from "./schema/block.ts";

/**
 * An article body as an mdast tree: paragraphs, subheads as headings, captions and boxes as
 * blockquotes with a label, editor's notes as emphasised paragraphs. Text stays text: mdast text
 * nodes are escaped on output, so `**` or `<script>` in a raw page never becomes markup.
 */
export function bodyToMdast(blocks: Block[], dateline: string | null = null): Root {
  const children: RootContent[] = blocks.flatMap((b, i): RootContent[] => {
    const text = (value: string) => ({ type: "text" as const, value });
    switch (b.type) {
      case "paragraph": {
        const lead = i === 0 && dateline ? [{ type: "strong" as const, children: [text(dateline)] }, text(" ")] : [];
        return [{ type: "paragraph", children: [...lead, text(b.text)] }];
      }
      case "subhead":
        return [{ type: "heading", depth: 2, children: [text(b.text)] }];
      case "caption":
        return [
          {
            type: "blockquote",
            children: [
              {
                type: "paragraph",
                children: [{ type: "emphasis", children: [text("图片说明")] }, text(`：${b.text}`)],
              },
            ],
          },
        ];
      case "box":
        return [
          {
            type: "blockquote",
            children: b.text.split("\n").map((t) => ({ type: "paragraph" as const, children: [text(t)] })),
          },
        ];
      case "note":
        return [{ type: "paragraph", children: [{ type: "emphasis", children: [text(b.text)] }] }];
      default: {
        // every block kind is rendered above: a new kind fails the type check here
        const unknown: never = b;
        return unknown;
      }
    }
  });
  return { type: "root", children };
}

const processor = unified().use(remarkStringify, { bullet: "-", emphasis: "*", strong: "*" });

/** The body as Markdown, for the data export. */
export function bodyToMarkdown(blocks: Block[], dateline: string | null = null): string {
  return processor.stringify(bodyToMdast(blocks, dateline));
}
