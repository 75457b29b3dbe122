import { defineCollection } from "astro:content";
import { file } from "astro/loaders";
import {
  articleSummarySchema,
  issueSchema,
  pageSummarySchema,
  placeSchema,
  publicationSchema,
} from "../archive/schema/index.ts";
import { dataFile } from "../archive/store/layout.ts";
import { settings } from "./lib/archive.ts";

// The ingest (ingest) writes these records; the site validates them with the same schemas. Pages and
// stories are held here as summaries (no text): the text of a page and its stories is read from that page's
// record file when they are rendered (archive/store/records.ts), so the content layer stays small at any size.
const data = (name: Parameters<typeof dataFile>[1]) => dataFile(settings.dataDir, name);

export const collections = {
  publications: defineCollection({ loader: file(data("publications")), schema: publicationSchema }),
  issues: defineCollection({ loader: file(data("issues")), schema: issueSchema }),
  pages: defineCollection({ loader: file(data("pages")), schema: pageSummarySchema }),
  articles: defineCollection({ loader: file(data("articles")), schema: articleSummarySchema }),
  places: defineCollection({
    loader: file(data("places"), {
      parser: (text) => (JSON.parse(text) as { code: string }[]).map((p) => ({ id: p.code, ...p })),
    }),
    schema: placeSchema,
  }),
};
