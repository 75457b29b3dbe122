import type { AstroIntegration } from "astro";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

/**
 * Article pages per Pagefind index. Pagefind holds a whole index in memory while it builds (about
 * 0.6 MB a Chinese page here), so a large archive is indexed in shards, one after another, each with
 * its own bundle; the search page merges them (mergeIndex). LUBAO_SHARD_PAGES overrides.
 */
const SHARD_PAGES = Number(process.env["LUBAO_SHARD_PAGES"] ?? 2000);

/** Build one index from the given pages (or the whole site) into outputPath, then stop Pagefind to free its memory. */
async function buildIndex(site: string, outputPath: string, articleIds: string[] | null): Promise<number> {
  try {
    const { index, errors } = await pagefind.createIndex({ excludeSelectors: ["[data-pagefind-ignore]"] });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    let pages = 0;
    if (articleIds === null) {
      const added = await index.addDirectory({ path: site });
      if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
      pages = added.page_count;
    } else {
      for (const id of articleIds) {
        const url = `/articles/${id}/`;
        const added = await index.addHTMLFile({ url, content: readFileSync(`${site}articles/${id}/index.html`, "utf8") });
        if (added.errors.length) throw new Error(`Pagefind could not index ${url}: ${added.errors.join("; ")}`);
        pages++;
      }
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return pages;
  } finally {
    await pagefind.close();
  }
}

/**
 * Build the Pagefind index from the built site once Astro has written it (as Starlight does): errors
 * reported by Pagefind fail the build, and the service is closed whatever happens.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: "lubao:pagefind",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const ids = readdirSync(`${site}articles`, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
        const bundles: string[] = [];
        let pages = 0;
        if (ids.length <= SHARD_PAGES) {
          pages = await buildIndex(site, `${site}pagefind`, null);
          bundles.push("/pagefind/");
        } else {
          // ids sort by publication and date, so a shard holds neighbouring issues
          for (let i = 0, shard = 0; i < ids.length; i += SHARD_PAGES, shard++) {
            pages += await buildIndex(site, `${site}pagefind/shard-${shard}`, ids.slice(i, i + SHARD_PAGES));
            bundles.push(`/pagefind/shard-${shard}/`);
          }
        }
        // the search page reads which indexes to load; scripts/shards.ts rewrites this for a sharded archive
        writeFileSync(`${site}pagefind-bundles.json`, `${JSON.stringify({ bundles })}\n`);
        const seconds = (performance.now() - started) / 1000;
        logger.info(`Pagefind indexed ${pages} pages in ${bundles.length} bundle(s) in ${seconds.toFixed(1)} s`);
        // the benchmark reads how long indexing took
        if (process.env["LUBAO_PAGEFIND_TIMING"]) writeFileSync(process.env["LUBAO_PAGEFIND_TIMING"], JSON.stringify({ seconds, pages, bundles: bundles.length }));
      },
    },
  };
}
