import type { AstroIntegration } from "astro";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { shardsOf } from "./shard-plan.ts";
import { urls } from "../lib/urls.ts";
import { hanCharsOf, routeBuckets } from "../lib/search/routes.ts";

/** Where the integration's settings come from, read when a build runs (not when the module loads). */
function settings() {
  return {
    /**
     * Most article pages in one Pagefind index. Pagefind holds a whole index in memory while it builds
     * (about 0.6 MB a Chinese page here), so a large archive is indexed in shards, one after another, each
     * with its own bundle; the search page merges them (mergeIndex). LUBAO_SHARD_PAGES overrides.
     */
    shardPages: Number(process.env["LUBAO_SHARD_PAGES"] ?? 2000),
    /**
     * Shards indexed by earlier builds, by the digest of their pages: an unchanged shard is copied, not
     * indexed again.
     */
    shardCache: process.env["LUBAO_PAGEFIND_CACHE_DIR"] ?? ".lubao/cache/pagefind",
    /** Where the benchmark reads how long indexing took, when it asks. */
    timingFile: process.env["LUBAO_PAGEFIND_TIMING"] ?? null,
  };
}

/**
 * Pagefind answers with a list of errors rather than throwing: any error stops the build, saying what was
 * being done.
 */
function check<T extends { errors: string[] }>(answer: T, doing: string): T {
  if (answer.errors.length) throw new Error(`Pagefind ${doing}: ${answer.errors.join("; ")}`);
  return answer;
}

/** How every index is built: with the Pagefind version, part of what a cached shard must match. */
const INDEX_OPTIONS = { excludeSelectors: ["[data-pagefind-ignore]"] };
const PAGEFIND_VERSION = installedVersion("pagefind");

/** The version of an installed package, found as Node finds it (its package.json is not among its exports). */
function installedVersion(name: string): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, "node_modules", name, "package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
    if (dirname(dir) === dir) throw new Error(`${name} is not installed`);
  }
}

/** Pages sent to Pagefind before waiting for its answers. */
const PAGES_IN_FLIGHT = 16;

/** Article pages of a built site as Pagefind takes them: their URL and their HTML. */
export function articlePages(site: string, ids: readonly string[]): { url: string; content: string }[] {
  return ids.map((id) => ({
    url: urls.article(id),
    content: readFileSync(join(site, "articles", id, "index.html"), "utf8"),
  }));
}

/**
 * Build one index from the given article pages (or the whole site) into outputPath, then stop Pagefind to
 * free its memory.
 */
export async function buildIndex(
  site: string,
  outputPath: string,
  pages: { url: string; content: string }[] | null,
): Promise<void> {
  try {
    const { index } = check(await pagefind.createIndex(INDEX_OPTIONS), "could not start");
    if (!index) throw new Error("Pagefind could not start");
    if (pages === null) check(await index.addDirectory({ path: site }), "could not index the site");
    // several pages in flight: Pagefind works on one while the next is sent (the index comes out the same)
    else
      for (let i = 0; i < pages.length; i += PAGES_IN_FLIGHT) {
        const batch = pages.slice(i, i + PAGES_IN_FLIGHT);
        const answers = await Promise.all(batch.map((p) => index.addHTMLFile(p)));
        for (const [k, added] of answers.entries()) check(added, `could not index ${batch[k]!.url}`);
      }
    check(await index.writeFiles({ outputPath }), "could not write its index");
  } finally {
    await pagefind.close();
  }
}

/** One shard of article pages into outputPath: copied from the cache when the same pages were indexed before. */
async function buildShard(
  site: string,
  outputPath: string,
  ids: string[],
  used: Set<string>,
  shardCache: string,
): Promise<{ outcome: "indexed" | "reused"; chars: Set<string> }> {
  const pages = articlePages(site, ids);
  // every Han character the shard's pages print (their chrome too: a superset is safe), for the routes
  const chars = new Set(pages.flatMap((p) => hanCharsOf(p.content)));
  const digest = createHash("sha1").update(`${PAGEFIND_VERSION}\0${JSON.stringify(INDEX_OPTIONS)}\0`);
  for (const p of pages) digest.update(p.url).update("\0").update(p.content).update("\0");
  const key = digest.digest("hex");
  used.add(key);
  const cached = join(shardCache, key);
  if (existsSync(cached)) {
    cpSync(cached, outputPath, { recursive: true });
    return { outcome: "reused", chars };
  }
  await buildIndex(site, outputPath, pages);
  // kept whole or not at all: copied aside, then renamed into place
  const tmp = `${cached}.tmp-${process.pid}`;
  cpSync(outputPath, tmp, { recursive: true });
  try {
    renameSync(tmp, cached);
  } catch {
    // another build kept the same shard first: theirs is as good
    rmSync(tmp, { recursive: true, force: true });
  }
  return { outcome: "indexed", chars };
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
        const { shardPages, shardCache, timingFile } = settings();
        // a folder whose pages hold no story builds a site with no article pages, and no index
        const ids = existsSync(`${site}articles`)
          ? readdirSync(`${site}articles`, { withFileTypes: true })
              .filter((e) => e.isDirectory())
              .map((e) => e.name)
              .sort()
          : [];
        const bundles: string[] = [];
        const counts = { indexed: 0, reused: 0 };
        let routed = false;
        if (ids.length === 0) logger.warn("no article pages: the search page will say there is nothing to search");
        else if (ids.length <= shardPages) {
          await buildIndex(site, `${site}pagefind`, null);
          bundles.push(urls.searchBundle());
          counts.indexed++;
        } else {
          // ids sort by publication and date, so a shard holds neighbouring issues
          const used = new Set<string>();
          mkdirSync(shardCache, { recursive: true });
          const charsOfShard: Set<string>[] = [];
          for (const [n, shard] of shardsOf(ids, shardPages).entries()) {
            const { outcome, chars } = await buildShard(site, `${site}pagefind/shard-${n}`, shard, used, shardCache);
            counts[outcome]++;
            charsOfShard.push(chars);
            bundles.push(urls.searchBundle(n));
          }
          // which shards can hold a query: the search page loads only those (src/lib/search/routes.ts)
          mkdirSync(`${site}${urls.searchRoutes().slice(1)}`, { recursive: true });
          for (const [k, bucket] of routeBuckets(charsOfShard).entries())
            writeFileSync(`${site}${urls.searchRoute(k).slice(1)}`, JSON.stringify(bucket));
          routed = true;
          // shards no page of this build needs again
          for (const name of readdirSync(shardCache))
            if (!used.has(name)) rmSync(join(shardCache, name), { recursive: true, force: true });
        }
        // the search page reads which indexes to load; scripts/shards.ts rewrites this for a sharded archive
        writeFileSync(
          `${site}pagefind-bundles.json`,
          `${JSON.stringify(routed ? { bundles, routes: urls.searchRoutes() } : { bundles })}\n`,
        );
        const seconds = (performance.now() - started) / 1000;
        logger.info(
          `Pagefind: ${ids.length} articles in ${bundles.length} bundle(s), ${counts.indexed} indexed and ${counts.reused} reused from the last build, in ${seconds.toFixed(1)} s`,
        );
        // the benchmark reads how long indexing took
        if (timingFile)
          writeFileSync(
            timingFile,
            JSON.stringify({ seconds, articles: ids.length, bundles: bundles.length, ...counts }),
          );
      },
    },
  };
}
