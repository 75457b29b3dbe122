import { readFileSync } from "node:fs";
import { exportIndexSchema, exportIssueSchema } from "../../src/lib/export.ts";

/** The built site under test: dist/, or another (LUBAO_TEST_DIST, the benchmark's archive). */
export const dist = process.env["LUBAO_TEST_DIST"] ?? "dist";

/** The built site's data export, read and validated once for the site tests. */
export const index = exportIndexSchema.parse(JSON.parse(readFileSync(`${dist}/data/index.json`, "utf8")));
export const issues = index.issues.map((i) =>
  exportIssueSchema.parse(JSON.parse(readFileSync(`${dist}/data/issues/${i.id}.json`, "utf8"))),
);
export const articles = issues.flatMap((i) => i.articles);
