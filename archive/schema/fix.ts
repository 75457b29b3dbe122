import { z } from "astro/zod";
import { printableText } from "./editor-text.ts";

/** How an editor can make a line be read (fix `label`). */
export const fixLabel = z.enum(["text", "headline", "byline", "furniture", "caption"]);

const line = z.number().int().positive().describe("1-based line number in the raw page");
/** What an editor writes for the site to print: a title, a kicker, a note (never blank, no control characters). */
const text = printableText();
const note = printableText().optional();
/** Which page of a PDF of several the line is on (1 when not given): each page's 原文 is numbered from 1. */
const page = z.number().int().positive().optional();

/**
 * One correction an editor makes to a page's reading, without touching the raw text. Each names the line
 * it acts on, as the 原文 view numbers it.
 */
export const fixSchema = z.discriminatedUnion("op", [
  z
    .object({ op: z.literal("split"), line, page, note })
    .strict()
    .describe("a new story begins at this line"),
  z
    .object({ op: z.literal("merge"), line, page, note })
    .strict()
    .describe("the story holding this line goes on the story before it"),
  z
    .object({ op: z.literal("title"), line, page, text, note })
    .strict()
    .describe("the story holding this line has this title"),
  z
    .object({ op: z.literal("kicker"), line, page, text: text.nullable(), note })
    .strict()
    .describe("…this kicker (引题), or none"),
  z
    .object({ op: z.literal("subtitle"), line, page, text: text.nullable(), note })
    .strict()
    .describe("…this subtitle (副题), or none"),
  z
    .object({ op: z.literal("label"), line, page, as: fixLabel, note })
    .strict()
    .describe("read this line as furniture, a caption, a headline…"),
]);
export type Fix = z.infer<typeof fixSchema>;

/** A page's corrections file: <page>.fix.json beside <page>.txt (or <page>.pdf). */
export const fixFileSchema = z.object({ fixes: z.array(fixSchema) }).strict();
export type FixFile = z.infer<typeof fixFileSchema>;

/** A correction as the article records it: what was changed, where, and what the page printed before. */
export const editSchema = z.object({
  op: z.enum(["split", "merge", "title", "kicker", "subtitle", "label"]),
  line,
  /** What the parse had read there before the editor's correction (for a title, kicker or subtitle). */
  before: z.string().nullable(),
  note: z.string().nullable(),
});
export type Edit = z.infer<typeof editSchema>;
