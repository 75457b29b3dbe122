/**
 * Write the public data export (dist/data/) from the ingest's records. The Astro build calls the same
 * functions through its endpoints; this script is for `npm run eval`, which needs no site.
 *   tsx scripts/export-data.ts [OUT]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Article, Issue, Page, Publication } from "../src/lib/schema/index.ts";
import { exportIndex, exportIssue } from "../src/lib/export.ts";
import { DATA_DIR, stableJson } from "./ingest/write.ts";

const out = process.argv[2] ?? "dist/data";
const read = <T>(name: string): T => JSON.parse(readFileSync(join(DATA_DIR, name), "utf8")) as T;
const issues = read<Issue[]>("issues.json");
const pages = read<Page[]>("pages.json");
const articles = read<Article[]>("articles.json");
const pubs = new Map(read<Publication[]>("publications.json").map((p) => [p.id, p]));
mkdirSync(join(out, "issues"), { recursive: true });
writeFileSync(join(out, "index.json"), stableJson(exportIndex(issues, pages)));
for (const i of issues)
  writeFileSync(join(out, "issues", `${i.id}.json`), stableJson(exportIssue(i, pubs.get(i.publication)!, pages.filter((p) => p.issue === i.id), articles.filter((a) => a.issue === i.id))));
console.log(`export: ${issues.length} issues, ${articles.length} articles → ${out}`);
