/**
 * Write the public data export (dist/data/) from the ingest's records. The Astro build serves the same
 * documents through its endpoints; this script is for `npm run eval`, which needs no site.
 *   node scripts/export-data.ts [OUT]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Article, Issue, Page, Publication } from "../archive/schema/index.ts";
import { exportIndex, exportIssue } from "../archive/export.ts";
import { groupBy } from "../archive/group.ts";
import { settingsFrom } from "../archive/settings.ts";
import { openArchive } from "../archive/store/open.ts";
import { stableJson } from "../ingest/write.ts";

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
  const archive = openArchive(settingsFrom().dataDir);
  // the text is in the pages' records: read them page by page
  const records = archive.pages().map((p) => archive.record(p.id));
  const issues = archive.issues();
  writeExport(out, {
    publications: archive.publications(),
    issues,
    pages: records.map((r) => r.page),
    articles: records.flatMap((r) => r.articles),
  });
  console.log(
    `export: ${issues.length} issues, ${records.reduce((n, r) => n + r.articles.length, 0)} articles → ${out}`,
  );
}
