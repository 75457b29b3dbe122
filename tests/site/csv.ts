import { SEARCH_EXPORT_COLUMNS, type SearchExportKey } from "../../src/lib/search-export.ts";

/** The cells of one CSV row as src/lib/csv.ts writes it (every cell quoted, quotes doubled). */
export const csvCells = (row: string): string[] =>
  [...row.matchAll(/"((?:[^"]|"")*)"(?:,|$)/gu)].map((m) => m[1]!.replace(/""/gu, '"'));

/** The rows of a search export's CSV (after its header), each as its cells by column key. */
export function searchExportRows(csv: string): { header: string[]; rows: Record<SearchExportKey, string>[] } {
  const [header, ...rows] = csv
    .replace(/^\uFEFF/u, "")
    .trim()
    .split("\r\n");
  return {
    header: csvCells(header!),
    rows: rows.map((r) => {
      const cells = csvCells(r);
      return Object.fromEntries(SEARCH_EXPORT_COLUMNS.map(([key], i) => [key, cells[i]!])) as Record<
        SearchExportKey,
        string
      >;
    }),
  };
}
