// The search page's export of what it found (JSON and CSV): its columns, in one table that the search page writes
// from and the data page describes. JSON keeps the keys; the CSV heads each column with its Chinese name.

/** Each column: its key in the JSON export, its name in the CSV header, what it holds. */
export const SEARCH_EXPORT_COLUMNS = [
  ["id", "报道编号", "报道编号，同数据导出中的 `id`"],
  ["title", "标题", "主题（标题）"],
  ["publication", "报纸", "报名"],
  ["date", "出版日期", "ISO 8601，精确到所知的程度（见上文“日期”）"],
  ["pageNumber", "版次", "版次；未注明为空"],
  ["places", "地方", "报道所关于的地方，以顿号分隔"],
  ["url", "链接", "报道页的完整地址"],
  ["excerpt", "摘录", "正文中检索词所在的一段"],
] as const;

export type SearchExportKey = (typeof SEARCH_EXPORT_COLUMNS)[number][0];
export type SearchExportRecord = Record<SearchExportKey, string>;

/** The CSV's header row. */
export const SEARCH_EXPORT_HEADER = SEARCH_EXPORT_COLUMNS.map(([, name]) => name);

/** A record's cells, in the header's order. */
export const searchExportRow = (r: SearchExportRecord): string[] => SEARCH_EXPORT_COLUMNS.map(([key]) => r[key]);

/** A story's id from its page's address (/articles/<id>/, absolute or not). */
export const storyIdOf = (url: string): string => /\/articles\/([a-z0-9-]+)\/?$/u.exec(url)?.[1] ?? "";
