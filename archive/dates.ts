import type { PaperDate } from "./schema/issue.ts";

const pad = (n: number) => String(n).padStart(2, "0");

/** The day, month or year a date names (for "not before", its bound), as Chinese text. */
function named(d: { year: number; month?: number | null; day?: number | null }): string {
  return `${d.year}年${d.month ? `${d.month}月` : ""}${d.day ? `${d.day}日` : ""}`;
}

/** The same as ISO 8601: 2025-01-03, 2024-07, 2024. */
function iso(d: { year: number; month?: number | null; day?: number | null }): string {
  return [String(d.year), d.month ? pad(d.month) : null, d.day ? pad(d.day) : null].filter(Boolean).join("-");
}

/** 2025年1月3日 / 2024年7月（推断）/ 2023年12月29日以后（推断）/ 日期不详: as precise as known, saying how it is known. */
export function formatPaperDate(d: PaperDate): string {
  if (d.precision === "unknown") return "日期不详";
  const text = d.precision === "not-before" ? `${named(d)}以后` : named(d);
  return d.inferred ? `${text}（推断）` : text;
}

/**
 * The date as ISO 8601, as precise as known: 2025-01-03, 2024-07, 2024; "not before" as an open interval
 * (2023-12-29/..); null when unknown. This is what the data export carries.
 */
export function isoPaperDate(d: PaperDate): string | null {
  if (d.precision === "unknown") return null;
  return d.precision === "not-before" ? `${iso(d)}/..` : iso(d);
}

/**
 * A date fit to print as a fact (datePublished, <time datetime>, an RSS pubDate): printed or given, never
 * estimated.
 */
export function knownIsoDate(d: PaperDate): string | null {
  return d.precision !== "unknown" && d.precision !== "not-before" && !d.inferred ? iso(d) : null;
}

/** The year a date falls in (for "not before", its bound's), or null. */
export const yearOf = (d: PaperDate): number | null => (d.precision === "unknown" ? null : d.year);

/** The month, where one is named, or null. */
export const monthOf = (d: PaperDate): number | null =>
  d.precision === "day" || d.precision === "month" || (d.precision === "not-before" && d.month) ? d.month : null;

/** A key that sorts dates in time order (undated last when sorted newest first). */
export const dateSortKey = (d: PaperDate): string => (d.precision === "unknown" ? "" : iso(d));

/** The archive's one newest-first order: by date, then by id, so equal dates always come out the same way. */
export const newestFirst = (a: { date: PaperDate; id: string }, b: { date: PaperDate; id: string }): number =>
  dateSortKey(b.date).localeCompare(dateSortKey(a.date)) || a.id.localeCompare(b.id);
