import type { PaperDate } from "../../archive/schema/index.ts";

const pad = (n: number) => String(n).padStart(2, "0");

/** The day an issue is dated to, as ISO 8601 (2025-01-03), or null where the date names no single day. */
export const dayOf = (d: PaperDate): string | null =>
  d.precision === "day" ? `${d.year}-${pad(d.month)}-${pad(d.day)}` : null;

/** What a place's stories are grouped under: the month they are dated to (2024-07), or `undated`. */
export const UNDATED = "undated";
export const monthKeyOf = (d: PaperDate): string =>
  d.precision === "day" || d.precision === "month" ? `${d.year}-${pad(d.month)}` : UNDATED;

/** 2024-07 → 2024年7月; undated → 日期不确切. */
export const monthKeyLabel = (key: string): string => {
  const m = /^(\d{4})-(\d{2})$/u.exec(key);
  return m ? `${m[1]}年${Number(m[2])}月` : "日期不确切";
};

/** The weekdays as a Chinese calendar heads its columns, Sunday first. */
export const WEEKDAYS = ["日", "一", "二", "三", "四", "五", "六"] as const;

/** A month as a calendar prints it: weeks of seven cells, Sunday first, each a day of the month or null. */
export function monthGrid(year: number, month: number): (number | null)[][] {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const cells: (number | null)[] = [...Array<null>(first).fill(null), ...Array.from({ length: days }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/**
 * A list cut into pages of `size` counted from its oldest end, so a story added at the newest end changes only the
 * last page (and a page, once full, never changes). `newestFirst` is newest first; each page keeps that order, and
 * pages come oldest first: page 1 holds the oldest stories.
 */
export function pagesFromOldest<T>(newestFirst: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let end = newestFirst.length; end > 0; end -= size) pages.push(newestFirst.slice(Math.max(0, end - size), end));
  return pages;
}

/** A year's issues as a calendar shows them: each month with issues dated to a day, and the rest apart. */
export interface YearOfIssues<T> {
  /** Months in calendar order, each with its days in order and the issues of each day. */
  months: { month: number; days: Map<number, T[]> }[];
  /** Issues of the year dated less precisely (a month, the year, "not before" a day), in the order given. */
  rest: T[];
}

/** A year's issues (given newest first, all of that year) laid out for a calendar. */
export function yearOfIssues<T extends { date: PaperDate }>(issues: readonly T[]): YearOfIssues<T> {
  const months = new Map<number, Map<number, T[]>>();
  const rest: T[] = [];
  for (const i of [...issues].reverse()) {
    if (i.date.precision !== "day") {
      rest.unshift(i);
      continue;
    }
    const days = months.get(i.date.month) ?? new Map<number, T[]>();
    days.set(i.date.day, [...(days.get(i.date.day) ?? []), i]);
    months.set(i.date.month, days);
  }
  return {
    months: [...months]
      .sort((a, b) => a[0] - b[0])
      .map(([month, days]) => ({ month, days: new Map([...days].sort((a, b) => a[0] - b[0])) })),
    rest,
  };
}
