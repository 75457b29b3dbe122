import { z } from "astro/zod";
import { isCalendarDate } from "../calendar.ts";
import { printableText } from "./editor-text.ts";

/** The years the archive takes: a date outside them is a slip (9999, 0000), refused where it is given. */
export const YEARS = { first: 1900, last: 2100 } as const;

/** No paper prints a thousand pages in one issue: a larger 版次 is a slip (1e9, a date typed in the wrong field). */
export const MAX_PAGE_NUMBER = 999;
/** A 版名 is a few words (要闻, 综合新闻): longer ones are cut, with a warning, so no field can swamp the site or the index. */
export const MAX_PAGE_NAME = 40;

/** Optional metadata beside a raw page (page.meta.json): what the text cannot tell. */
export const sidecarSchema = z
  .object({
    /** Publication id from content/publications.json. */
    publication: z.string(),
    /** Issue date when the page does not print it: YYYY-MM-DD, YYYY-MM or YYYY. */
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u, "date: YYYY-MM-DD, YYYY-MM or YYYY")
      .refine((s) => {
        const y = Number(s.slice(0, 4));
        return y >= YEARS.first && y <= YEARS.last;
      }, `a year from ${YEARS.first} to ${YEARS.last}`)
      .refine((s) => {
        const [y, m, d] = s.split("-").map(Number);
        return isCalendarDate(y!, m ?? null, d ?? null);
      }, "no such day in the calendar")
      .optional(),
    /** 版次. */
    page: z.number().int().positive().max(MAX_PAGE_NUMBER, `page: a 版次 from 1 to ${MAX_PAGE_NUMBER}`).optional(),
    /** 版名 (要闻, 综合…). */
    pageName: printableText().optional(),
    /** Issue key, when two pages of one undated issue must be kept together. */
    issue: z
      .string()
      .regex(/^[a-z0-9-]+$/u)
      .max(60)
      .optional(),
  })
  .strict();
export type Sidecar = z.infer<typeof sidecarSchema>;
