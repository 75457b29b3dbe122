import { defineCollection } from "astro:content";
import { file } from "astro/loaders";
import { articleSchema, issueSchema, pageSchema, placeSchema, publicationSchema } from "./lib/schema/index.ts";

// The ingest (scripts/ingest) writes these records; the site validates them with the same schemas.
const data = (name: string) => `${process.env["LUBAO_DATA_DIR"] ?? ".lubao/data"}/${name}.json`;

export const collections = {
  publications: defineCollection({ loader: file(data("publications")), schema: publicationSchema }),
  issues: defineCollection({ loader: file(data("issues")), schema: issueSchema }),
  pages: defineCollection({ loader: file(data("pages")), schema: pageSchema }),
  articles: defineCollection({ loader: file(data("articles")), schema: articleSchema }),
  places: defineCollection({
    loader: file(data("places"), {
      parser: (text) => (JSON.parse(text) as { code: string }[]).map((p) => ({ id: p.code, ...p })),
    }),
    schema: placeSchema,
  }),
};
