import type { ArticleSummary } from "../../archive/schema/index.ts";
import { monthKeyOf, pagesFromOldest, UNDATED } from "./calendar.ts";

/** Stories on one page of a place's month: a district's month fits in one; a province's runs to many. */
export const PER_PAGE = 100;

/** A place's stories of one month (or of no month: `undated`), cut into pages counted from the month's oldest. */
export interface PlaceMonth {
  key: string;
  /** Pages, oldest first (page 1 holds the month's oldest stories), each newest first. */
  pages: ArticleSummary[][];
  count: number;
}

/**
 * A place's stories (in print order, newest first) by month, newest month first, undated last. A new story
 * changes its own month's pages only: the page it lands on and, when the month's last page fills, a new one.
 */
export function placeMonths(stories: readonly ArticleSummary[]): PlaceMonth[] {
  const months = new Map<string, ArticleSummary[]>();
  for (const a of stories) {
    const key = monthKeyOf(a.date);
    const list = months.get(key);
    if (list) list.push(a);
    else months.set(key, [a]);
  }
  return [...months]
    .sort(([a], [b]) => (a === UNDATED ? 1 : b === UNDATED ? -1 : b.localeCompare(a)))
    .map(([key, list]) => ({ key, pages: pagesFromOldest(list, PER_PAGE), count: list.length }));
}
