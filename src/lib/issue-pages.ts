import type { PageSummary } from "../../archive/schema/index.ts";
import { urls } from "../../archive/urls.ts";

/** One 版 of an issue as the site shows it: the page, the last part of its address, its name for readers. */
export interface IssuePage {
  page: PageSummary;
  /** `3` for 第3版; the page id where the 版次 is unknown or another page of the issue has it first. */
  slot: string;
  /** 第3版 要闻, 版次未注明. */
  label: string;
  url: string;
}

/** 第3版 要闻 / 第3版 / 版次未注明 要闻. */
export const pageLabel = (p: Pick<PageSummary, "pageNumber" | "pageName">): string =>
  [p.pageNumber ? `第${p.pageNumber}版` : "版次未注明", p.pageName].filter(Boolean).join(" ");

/**
 * An issue's pages in print order (by 版次, unnumbered 版 last, then by id), each with its address: the 版次
 * where it has one of its own, so /issues/<issue>/3/ is 第3版; else the page id, which never changes.
 */
export function issuePages(pages: readonly PageSummary[]): IssuePage[] {
  const sorted = [...pages].sort((a, b) => (a.pageNumber ?? 1000) - (b.pageNumber ?? 1000) || a.id.localeCompare(b.id));
  const taken = new Set<number>();
  return sorted.map((page) => {
    const own = page.pageNumber !== null && !taken.has(page.pageNumber);
    if (own) taken.add(page.pageNumber!);
    const slot = own ? String(page.pageNumber) : page.id;
    return { page, slot, label: pageLabel(page), url: urls.issuePage(page.issue, slot) };
  });
}
