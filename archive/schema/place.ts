import { z } from "astro/zod";

export const placeLevel = z.enum(["province", "city", "district", "zone"]);
export type PlaceLevel = z.infer<typeof placeLevel>;

/** A place of the gazetteer: an administrative unit (GB/T 2260) or a functional zone. */
export const placeSchema = z.object({
  /** GB/T 2260 code for administrative units; for zones the statistical code or a local id. */
  code: z.string().min(6),
  /** Official name, e.g. 济阳区. */
  name: z.string().min(2),
  level: placeLevel,
  /** Code of the city (or province) this place belongs to; null for the province. */
  parent: z.string().nullable(),
  /** URL slug from pinyin, unique in the gazetteer. */
  slug: z.string().regex(/^[a-z0-9-]+$/),
  /** Short forms papers use (济阳 for 济阳区). */
  aliases: z.array(z.string()),
  /** Where the code comes from: the national standard, the statistics bureau's codes, or our own id. */
  codeSource: z.enum(["gb2260", "stats", "local"]),
});
export type Place = z.infer<typeof placeSchema>;

/** A place an article is tagged with, and why. */
export const articlePlaceSchema = z.object({
  code: z.string(),
  name: z.string(),
  level: placeLevel,
  /** The words in the story (or the rule) that led to the tag. */
  evidence: z.array(z.string()).min(1),
});
export type ArticlePlace = z.infer<typeof articlePlaceSchema>;
