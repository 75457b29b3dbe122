import type { AstroIntegration } from "astro";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

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
        try {
          const { index, errors } = await pagefind.createIndex({ excludeSelectors: ["[data-pagefind-ignore]"] });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join("; ")}`);
          const written = await index.writeFiles({ outputPath: `${site}pagefind` });
          if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
          // the search page reads which indexes to load; scripts/shards.ts rewrites this for a sharded archive
          writeFileSync(`${site}pagefind-bundles.json`, `${JSON.stringify({ bundles: ["/pagefind/"] })}\n`);
          const seconds = (performance.now() - started) / 1000;
          logger.info(`Pagefind indexed ${added.page_count} pages in ${seconds.toFixed(1)} s`);
          // the benchmark reads how long indexing took
          if (process.env["LUBAO_PAGEFIND_TIMING"]) writeFileSync(process.env["LUBAO_PAGEFIND_TIMING"], JSON.stringify({ seconds, pages: added.page_count }));
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
