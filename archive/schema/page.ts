import { z } from "astro/zod";
import { lineSpan } from "./block.ts";
import { MAX_PAGE_NAME } from "./sidecar.ts";

/** Kinds of page furniture: what the page prints that belongs to no story. */
export const furnitureKind = z.enum([
  "masthead", // 报头: paper name, 主管/主办, OCR noise in the nameplate
  "issue-date", // 2025年1月3日 星期五 农历…
  "issue-number", // 总第857期 2025年第1期
  "weather", // 今天 晴 温度…
  "hotline", // 报纸热线 / 新闻热线
  "credits", // 编辑/美编/组版/校对
  "promo", // 扫码下载… app and account promotions
  "page-label", // 第3版 / A03 要闻 / 02版：要闻 (the issue's page list)
  "jump", // （下转第2版） / 上接第1版: the story goes on on another page
  "other", // repeated on every page of the paper, or set among furniture: no rule names it
]);
export type FurnitureKind = z.infer<typeof furnitureKind>;

export const furnitureSchema = z.object({ kind: furnitureKind, text: z.string().min(1), lines: lineSpan });
export type Furniture = z.infer<typeof furnitureSchema>;

/** Text the segmenter could not place with confidence; the page view lists it for review. */
export const unassignedSchema = z.object({ text: z.string().min(1), lines: lineSpan, reason: z.string() });
export type Unassigned = z.infer<typeof unassignedSchema>;

/** A rectangle on a printed page, in its own units (PDF points), measured from its top-left corner. */
export const boxSchema = z.object({
  x: z.number().nonnegative(),
  y: z.number().nonnegative(),
  w: z.number().positive(),
  h: z.number().positive(),
});
export type Box = z.infer<typeof boxSchema>;

/**
 * Where a page came as a PDF (an e-paper's 版): which page of which file, and its size, so the site can show
 * the page as printed with each story's areas on it. A page that came as text has none.
 */
export const printedSchema = z.object({
  /** The PDF's path relative to the repository root (as `source` names the page). */
  file: z.string(),
  /** Which page of the PDF, from 1. */
  index: z.number().int().positive(),
  width: z.number().positive(),
  height: z.number().positive(),
  /** The page number the page prints (A06, 7), as printed; null when it prints none. */
  folio: z.string().nullable().default(null),
  /**
   * Glyphs the PDF draws twice on one spot (fake bold, a headline drawn twice), read once and kept here with
   * where they stand, so every character the file holds is somewhere in the record.
   */
  overprints: z.array(z.object({ text: z.string().min(1), box: boxSchema })).default([]),
});
export type Printed = z.infer<typeof printedSchema>;

/** One raw file: one printed page. */
export const pageSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  source: z.string(),
  publication: z.string(),
  issue: z.string(),
  pageNumber: z.number().int().positive().nullable(),
  pageName: z.string().max(MAX_PAGE_NAME).nullable(),
  /** Encoding the file was decoded from. */
  encoding: z.string(),
  furniture: z.array(furnitureSchema),
  unassigned: z.array(unassignedSchema),
  /** Article ids in reading order. */
  articles: z.array(z.string()),
  /** The raw lines, for the 原文 view (index = line number − 1). */
  rawLines: z.array(z.string()),
  /** The PDF page it was read from, or null for a page that came as text. */
  printed: printedSchema.nullable().default(null),
});
export type Page = z.infer<typeof pageSchema>;
