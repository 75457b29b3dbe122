/** Pagefind filters the article pages carry, named once: [filter key, label]. */
export const SEARCH_FILTERS = [
  ["publication", "报纸"],
  ["city", "城市"],
  ["district", "区县"],
  ["year", "年份"],
] as const;
