import { z } from "astro/zod";
import { articleSchema } from "./article.ts";
import { pageSchema } from "./page.ts";

/**
 * A page's whole record as the ingest writes it, one file per page (records/<page-id>.json): the page with
 * its raw lines and its stories with their text. The site reads one when it renders that page's stories,
 * so a build never holds the whole archive's text at once.
 */
export const pageRecordSchema = z.object({ page: pageSchema, articles: z.array(articleSchema) });
export type PageRecord = z.infer<typeof pageRecordSchema>;

/** What a digest of a page record looks like (sha1, hex). */
const digest = z.string().regex(/^[0-9a-f]{40}$/);

/**
 * A page as the site's lists know it: everything but its raw lines, and the digest of its record, which
 * changes whenever anything the record holds does (what a page built from the record is cached under).
 */
export const pageSummarySchema = pageSchema.omit({ rawLines: true }).extend({ record: digest });
export type PageSummary = z.infer<typeof pageSummarySchema>;

/**
 * A story as lists, feeds and search filters know it: its heads, date, authors and places; its text stays in
 * its page's record.
 */
export const articleSummarySchema = articleSchema.omit({
  blocks: true,
  bylines: true,
  mentions: true,
  repeats: true,
  areas: true,
  edits: true,
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

/** What every story record has, summary or full: what helpers that need no text take. */
export type ArticleHeads = ArticleSummary;
