import type { PaperDate } from "./schema/issue.ts";

/** 2025年1月3日 / 2024年7月（推断）: a date as precise as it is known, saying when it is estimated. */
export function formatPaperDate(d: PaperDate): string {
  const s = `${d.year}年${d.month ? `${d.month}月` : ""}${d.day ? `${d.day}日` : ""}`;
  return d.inferred ? `${s}（推断）` : s;
}

/** 2025-01-03 / 2024-07 / 2024: sortable and as precise as known. */
export function isoPaperDate(d: PaperDate): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return [String(d.year), d.month ? p(d.month) : null, d.day ? p(d.day) : null].filter(Boolean).join("-");
}
