/**
 * Split a built site's search index into shards, one per publication, each a Pagefind bundle of its
 * own under dist/shards/<publication>/, and point the search page at all of them (it merges them with
 * Pagefind's mergeIndex). This is how the archive grows past one index: each shard is built (and can
 * be rebuilt) alone, in bounded memory, and the reader searches them together.
 *   node scripts/shards.ts [DIST]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { exportIndexSchema } from "../src/lib/export.ts";
import { groupBy } from "../src/lib/group.ts";
import { articlePages, buildIndex } from "../src/integrations/pagefind.ts";

const dist = process.argv[2] ?? "dist";
const index = exportIndexSchema.parse(JSON.parse(readFileSync(join(dist, "data/index.json"), "utf8")));
const byPublication = groupBy(index.issues, (issue) => [issue.publication]);

const bundles: string[] = [];
for (const [publication, issues] of [...byPublication].sort()) {
  const ids = issues.flatMap((issue) => issue.pages.flatMap((p) => p.articles));
  const outputPath = join(dist, "shards", publication);
  // built as the site's own indexes are: same options, Pagefind stopped after each
  await buildIndex(dist, outputPath, articlePages(dist, ids));
  bundles.push(`/shards/${publication}/`);
  console.log(`shard ${publication}: ${ids.length} articles → ${outputPath}`);
}
writeFileSync(join(dist, "pagefind-bundles.json"), `${JSON.stringify({ bundles })}\n`);
console.log(`search now merges ${bundles.length} shards`);
