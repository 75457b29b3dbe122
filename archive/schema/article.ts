import { z } from "astro/zod";
import { blockSchema, lineSpan } from "./block.ts";
import { articlePlaceSchema } from "./place.ts";
import { boxSchema } from "./page.ts";
import { paperDateSchema } from "./issue.ts";
import { editSchema } from "./fix.ts";

/** A paragraph dropped because the page printed it twice; kept so nothing is lost. */
export const repeatSchema = z.object({ text: z.string().min(1), lines: lineSpan });

/** One story as printed on one page. */
export const articleSchema = z.object({
  /** Stable id: page id plus a hash of the story's opening words, so a parser change elsewhere does not move it. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Site path of the article page. */
  url: z.string().startsWith("/"),
  /** The raw file's path relative to the repository root. */
  source: z.string(),
  publication: z.string(),
  issue: z.string(),
  page: z.string(),
  /** 版次 when known. */
  pageNumber: z.number().int().positive().nullable(),
  /** Position on the page in reading order, from 1. */
  order: z.number().int().positive(),
  date: paperDateSchema,
  /** The bullet a brief's headline is printed with (■), kept apart from the title. */
  mark: z.string().nullable(),
  /** 主题. */
  title: z.string().min(1),
  /** true when the page prints no headline and the title is made from the opening words. */
  titleInferred: z.boolean(),
  /** 引题, printed above the headline. */
  kicker: z.string().nullable(),
  /** 副题, printed below the headline. */
  subtitle: z.string().nullable(),
  /** 栏目/专题 label printed over the headline group (特别策划…). */
  column: z.string().nullable(),
  /** Names only, each once, in printed order. */
  authors: z.array(z.string().min(1)),
  /** The byline lines as printed (□ 本报记者 X, （X Y）…). */
  bylines: z.array(z.string().min(1)),
  /** 本报讯 / 本报济南讯…, when the story opens with one. */
  dateline: z.string().nullable(),
  blocks: z.array(blockSchema).min(1),
  /** Places the story is about, at any level (a district, a zone, a city, the province); the export calls them districts. */
  subjects: z.array(articlePlaceSchema),
  /** Places it names in passing. */
  mentions: z.array(articlePlaceSchema),
  /** First and last raw line of the story. */
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  repeats: z.array(repeatSchema),
  /** The areas of the printed page the story covers (its page's `printed` units); none for a page read as text. */
  areas: z.array(boxSchema).default([]),
  /** Corrections an editor made to this story's reading (<page>.fix.json): shown as 经编辑校正, kept in the export. */
  edits: z.array(editSchema),
});
export type Article = z.infer<typeof articleSchema>;
