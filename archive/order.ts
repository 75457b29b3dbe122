import { dateSortKey } from "./dates.ts";
import type { PaperDate } from "./schema/issue.ts";

/** What print order needs of a story: its issue and date, its 版 and its place on the 版. */
export interface Placed {
  date: PaperDate;
  issue: string;
  page: string;
  pageNumber: number | null;
  order: number;
}

/** Where a 版 with no 版次 goes: after every numbered 版 of its issue. */
const UNNUMBERED = 1000;

/**
 * The archive's one order for lists of stories: newest issue first (by date, then by issue id, so equal dates
 * always come out the same way), and within an issue as the paper printed it: by 版次 (unnumbered 版 last, by
 * page id), then by place on the page.
 */
export function printOrder(a: Placed, b: Placed): number {
  return (
    dateSortKey(b.date).localeCompare(dateSortKey(a.date)) ||
    a.issue.localeCompare(b.issue) ||
    (a.pageNumber ?? UNNUMBERED) - (b.pageNumber ?? UNNUMBERED) ||
    a.page.localeCompare(b.page) ||
    a.order - b.order
  );
}

/**
 * Nearly the same order as one string that sorts DESCENDING (what a search index's single sort key can hold): the
 * date, the issue (so two papers of one day are not interleaved), then the 版次 and the place on the page counted
 * down from 999, so the lead story of the first 版 sorts highest. Issues of one day come in reverse id order, and
 * unnumbered 版 of one issue are not told apart.
 */
export function printSortKey(a: Placed): string {
  const down = (n: number) => String(999 - Math.min(n, 999)).padStart(3, "0");
  return `${dateSortKey(a.date) || "0000"}|${a.issue}|${down(a.pageNumber ?? 999)}|${down(a.order)}`;
}
