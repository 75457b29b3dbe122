import { z } from "astro/zod";

/** Source line numbers (1-based) a piece of text came from, for the 原文 view. */
export const lineSpan = z.array(z.number().int().positive()).describe("1-based line numbers in the raw file");

const base = {
  /** The text as the reader sees it, after reflow. */
  text: z.string().min(1),
  lines: lineSpan,
};

/** A typed piece of an article body, in reading order. */
export const blockSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("paragraph"), ...base }).describe("running text"),
  z.object({ type: z.literal("subhead"), ...base }).describe("in-story heading (小标题)"),
  z.object({ type: z.literal("caption"), ...base }).describe("photo caption dropped into the text"),
  z.object({ type: z.literal("box"), ...base }).describe("side box (链接/背景) cut into the story"),
  z.object({ type: z.literal("note"), ...base }).describe("editor's note (编者按)"),
]);

export type Block = z.infer<typeof blockSchema>;
export type BlockType = Block["type"];
