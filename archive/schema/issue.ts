import { z } from "astro/zod";
import { isCalendarDate } from "../calendar.ts";

const year = z.number().int().min(1900).max(2100);
const month = z.number().int().min(1).max(12);
const day = z.number().int().min(1).max(31);
/** How the date is known: printed or given (inferred false), or estimated from the stories (true); and from what. */
const how = { inferred: z.boolean(), evidence: z.string() };

/**
 * An issue's date, as precise as the evidence allows and no more: a day, a month or a year; "not before"
 * a day the stories name as past (a report is printed after what it reports, and that may be all the text
 * says); or unknown, which is a state of its own and never printed as a date.
 */
export const paperDateSchema = z.discriminatedUnion("precision", [
  z
    .object({ precision: z.literal("day"), year, month, day, ...how })
    .refine((d) => isCalendarDate(d.year, d.month, d.day), { message: "no such day in the calendar", path: ["day"] }),
  z.object({ precision: z.literal("month"), year, month, ...how }),
  z.object({ precision: z.literal("year"), year, ...how }),
  z
    .object({
      precision: z.literal("not-before"),
      year,
      month: month.nullable(),
      day: day.nullable(),
      inferred: z.literal(true),
      evidence: z.string(),
    })
    .refine((d) => isCalendarDate(d.year, d.month, d.day), { message: "no such day in the calendar", path: ["day"] }),
  z.object({ precision: z.literal("unknown"), evidence: z.string() }),
]);
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
