import { readFileSync } from "node:fs";
import { join } from "node:path";
import { exportIndexSchema, exportIssueSchema } from "../../archive/export.ts";
import { holdsEvery } from "../../search/engine/terms.ts";

/** The built site under test: dist/, or another (LUBAO_TEST_DIST, the benchmark's archive). */
export const dist = process.env["LUBAO_TEST_DIST"] ?? "dist";

/** A built site's data export, read and validated: its index, its issues and their stories. */
export function readExport(site: string) {
  const index = exportIndexSchema.parse(JSON.parse(readFileSync(join(site, "data/index.json"), "utf8")));
  const issues = index.issues.map((i) =>
    exportIssueSchema.parse(JSON.parse(readFileSync(join(site, "data/issues", `${i.id}.json`), "utf8"))),
  );
  return { index, issues, articles: issues.flatMap((i) => i.articles) };
}

/** The site under test's export, read once for the site tests. */
export const { index, issues, articles } = readExport(dist);

type Story = (typeof articles)[number];

/** The text Pagefind indexes for a story: its headline group, its authors and its body. */
const indexedText = (a: Story) =>
  [a.column, a.kicker, a.title, a.subtitle, a.authors.join(" "), ...a.blocks.map((b) => b.text)]
    .filter(Boolean)
    .join(" ");

/** The titles of the stories where a term stands whole: what a search for it must find. */
export const storiesHolding = (stories: readonly Story[], term: string): string[] =>
  stories.filter((a) => holdsEvery(indexedText(a), [term])).map((a) => a.title);
