import { z } from "astro/zod";

/** Optional metadata beside a raw page (page.meta.json): what the text cannot tell. */
export const sidecarSchema = z
  .object({
    /** Publication id from content/publications.json. */
    publication: z.string(),
    /** Issue date when the page does not print it: YYYY-MM-DD, YYYY-MM or YYYY. */
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u, "date: YYYY-MM-DD, YYYY-MM or YYYY").optional(),
    /** 版次. */
    page: z.number().int().positive().optional(),
    /** 版名 (要闻, 综合…). */
    pageName: z.string().min(1).optional(),
    /** Issue key, when two pages of one undated issue must be kept together. */
    issue: z.string().regex(/^[a-z0-9-]+$/u).optional(),
  })
  .strict();
export type Sidecar = z.infer<typeof sidecarSchema>;
