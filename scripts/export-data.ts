/**
 * Write the public data export (dist/data/) from the ingest's records. The Astro build serves the same
 * documents through its endpoints; this script is for `npm run eval`, which needs no site.
 *   node scripts/export-data.ts [OUT]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Article, Issue, Page, PageSummary, Publication } from "../archive/schema/index.ts";
import { readPageRecord } from "../archive/store/records.ts";
import { exportIndex, exportIssue } from "../archive/export.ts";
import { groupBy } from "../archive/group.ts";
import { DATA_DIR, stableJson } from "../ingest/write.ts";

export interface Records {
  publications: Publication[];
  issues: Issue[];
  pages: Page[];
  articles: Article[];
}

/** index.json and one issues/<id>.json per issue, under out. */
export function writeExport(out: string, r: Records): void {
  const pubs = new Map(r.publications.map((p) => [p.id, p]));
  const pagesOf = groupBy(r.pages, (p) => [p.issue]);
  const articlesOf = groupBy(r.articles, (a) => [a.issue]);
  mkdirSync(join(out, "issues"), { recursive: true });
  writeFileSync(join(out, "index.json"), stableJson(exportIndex(r.issues, r.pages)));
  for (const i of r.issues)
    writeFileSync(
      join(out, "issues", `${i.id}.json`),
      stableJson(exportIssue(i, pubs.get(i.publication)!, pagesOf.get(i.id) ?? [], articlesOf.get(i.id) ?? [])),
    );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? "dist/data";
  const read = <T>(name: string): T => JSON.parse(readFileSync(join(DATA_DIR, name), "utf8")) as T;
  // the text is in the pages' records: read them page by page
  const records = read<PageSummary[]>("pages.json").map((p) => readPageRecord(p.id, DATA_DIR));
  const issues = read<Issue[]>("issues.json");
  writeExport(out, {
    publications: read("publications.json"),
    issues,
    pages: records.map((r) => r.page),
    articles: records.flatMap((r) => r.articles),
  });
  console.log(
    `export: ${issues.length} issues, ${records.reduce((n, r) => n + r.articles.length, 0)} articles → ${out}`,
  );
}
