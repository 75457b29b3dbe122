import type { Root as HastRoot } from "hast";
import type { Root, RootContent } from "mdast";
import { unified } from "unified";
import remarkStringify from "remark-stringify";
import { toHast } from "mdast-util-to-hast";
import { toHtml } from "hast-util-to-html";
import type { Block } from "../schema/block.ts";

/** How a node shows on the article page (mdast's own hint to mdast-util-to-hast); Markdown ignores it. */
const html = (hName: string, hProperties: Record<string, string | string[]> = {}) => ({ data: { hName, hProperties } });

/**
 * An article body as an mdast tree: paragraphs, subheads as headings, captions and boxes as
 * blockquotes with a label, editor's notes as emphasised paragraphs. The one tree serves both the
 * Markdown of the data export and the HTML of the article page (each node says how it shows there).
 * Text stays text: text nodes are escaped on output, so `**` or `<script>` in a raw page never
 * becomes markup.
 */
export function bodyToMdast(blocks: Block[], dateline: string | null = null): Root {
  const children: RootContent[] = blocks.flatMap((b, i): RootContent[] => {
    const text = (value: string) => ({ type: "text" as const, value });
    switch (b.type) {
      case "paragraph": {
        const lead =
          i === 0 && dateline
            ? [
                { type: "strong" as const, children: [text(dateline)], ...html("span", { className: ["dateline"] }) },
                text(" "),
              ]
            : [];
        return [{ type: "paragraph", children: [...lead, text(b.text)] }];
      }
      case "subhead":
        return [{ type: "heading", depth: 2, children: [text(b.text)], ...html("h2", { className: ["subhead"] }) }];
      case "caption":
        return [
          {
            type: "blockquote",
            ...html("figure", { className: ["caption"] }),
            children: [
              {
                type: "paragraph",
                ...html("figcaption"),
                children: [{ type: "emphasis", children: [text("图片说明")], ...html("span") }, text(`：${b.text}`)],
              },
            ],
          },
        ];
      case "box":
        return [
          {
            type: "blockquote",
            ...html("aside", { className: ["box"], ariaLabel: "相关链接" }),
            children: b.text.split("\n").map((t) => ({ type: "paragraph" as const, children: [text(t)] })),
          },
        ];
      case "note":
        return [
          {
            type: "paragraph",
            ...html("p", { className: ["note"] }),
            children: [{ type: "emphasis", children: [text(b.text)], ...html("span") }],
          },
        ];
      default: {
        // every block kind is rendered above: a new kind fails the type check here
        const unknown: never = b;
        return unknown;
      }
    }
  });
  return { type: "root", children };
}

/** The body as a hast tree (what the search index's document of a story holds). */
export const bodyToHast = (blocks: Block[], dateline: string | null = null) =>
  toHast(bodyToMdast(blocks, dateline)) as HastRoot;

/** The body as HTML for the article page, from the same tree as the export's Markdown. */
export function bodyToHtml(blocks: Block[], dateline: string | null = null): string {
  return toHtml(bodyToHast(blocks, dateline), { characterReferences: { useNamedReferences: true } });
}

const processor = unified().use(remarkStringify, { bullet: "-", emphasis: "*", strong: "*" });

/** The body as Markdown, for the data export. */
export function bodyToMarkdown(blocks: Block[], dateline: string | null = null): string {
  return processor.stringify(bodyToMdast(blocks, dateline));
}
