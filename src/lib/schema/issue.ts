import { z } from "astro/zod";
import { isCalendarDate } from "../calendar.ts";

/** A date as precise as the evidence allows; inferred dates say so. */
export const paperDateSchema = z
  .object({
    year: z.number().int().min(1900).max(2100),
    month: z.number().int().min(1).max(12).nullable(),
    day: z.number().int().min(1).max(31).nullable(),
    precision: z.enum(["day", "month", "year"]),
    /** true when estimated from dates inside the stories rather than printed as the issue date. */
    inferred: z.boolean(),
    /** What the date was read from. */
    evidence: z.string(),
  })
  .refine((d) => isCalendarDate(d.year, d.month, d.day), { message: "no such day in the calendar", path: ["day"] });
export type PaperDate = z.infer<typeof paperDateSchema>;

/** One issue of a publication: a date (or estimate) and its pages. */
export const issueSchema = z.object({
  id: z.string(),
  publication: z.string(),
  date: paperDateSchema,
  /** 总第N期, when printed. */
  number: z.number().int().positive().nullable(),
  /** 当年第N期, when printed. */
  yearNumber: z.number().int().positive().nullable(),
  pages: z.array(z.string()),
});
export type Issue = z.infer<typeof issueSchema>;
