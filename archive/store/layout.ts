import { join } from "node:path";

/**
 * The data folder the ingest writes and everything after it reads (the site's collections, the indexer, the
 * export, the combining of parts): its files' names, spelt here only.
 */
export const DATA_FILES = {
  publications: "publications.json",
  issues: "issues.json",
  places: "places.json",
  /** Page summaries (no raw lines), in file order. */
  pages: "pages.json",
  /** Story summaries (no text), in file order. */
  articles: "articles.json",
  /** Addresses that moved: old site path → new. */
  moved: "moved.json",
} as const;

/** The folder of page records (one file per page: the page with its raw lines, its stories with their text). */
export const RECORDS = "records";

export const dataFile = (dir: string, name: keyof typeof DATA_FILES) => join(dir, DATA_FILES[name]);
export const recordFile = (dir: string, pageId: string) => join(dir, RECORDS, `${pageId}.json`);
