/**
 * Split a built site's search index into shards, one per publication, each a Pagefind bundle of its
 * own under dist/shards/<publication>/, and point the search page at all of them (it merges them with
 * Pagefind's mergeIndex). This is how the archive grows past one index: each shard is built (and can
 * be rebuilt) alone, in bounded memory, and the reader searches them together.
 *   node scripts/shards.ts [DIST]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { exportIndexSchema } from "../src/lib/export.ts";

const dist = process.argv[2] ?? "dist";
const index = exportIndexSchema.parse(JSON.parse(readFileSync(join(dist, "data/index.json"), "utf8")));
const byPublication = new Map<string, string[]>();
for (const issue of index.issues) {
  const ids = issue.pages.flatMap((p) => p.articles);
  byPublication.set(issue.publication, [...(byPublication.get(issue.publication) ?? []), ...ids]);
}

const bundles: string[] = [];
try {
  for (const [publication, ids] of [...byPublication].sort()) {
    const { index: shard, errors } = await pagefind.createIndex({ excludeSelectors: ["[data-pagefind-ignore]"] });
    if (!shard) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    for (const id of ids) {
      const url = `/articles/${id}/`;
      const added = await shard.addHTMLFile({ url, content: readFileSync(join(dist, url, "index.html"), "utf8") });
      if (added.errors.length) throw new Error(`${url}: ${added.errors.join("; ")}`);
    }
    const outputPath = join(dist, "shards", publication);
    const written = await shard.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join("; "));
    bundles.push(`/shards/${publication}/`);
    console.log(`shard ${publication}: ${ids.length} articles → ${outputPath}`);
  }
} finally {
  await pagefind.close();
}
writeFileSync(join(dist, "pagefind-bundles.json"), `${JSON.stringify({ bundles })}\n`);
console.log(`search now merges ${bundles.length} shards`);
