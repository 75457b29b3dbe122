#!/usr/bin/env node
/**
 * The search index of an archive, made from the ingest's records rather than from the built site: it needs no
 * page to be rendered first, so `npm run build` makes it while Astro renders the site, on the other core.
 * Above LUBAO_SHARD_PAGES stories it is made in shards, each a stretch of time (plan.ts), newest first, with a
 * routing index of which shards print each character; a shard whose stories, texts and code are unchanged is
 * taken from the shard cache (LUBAO_PAGEFIND_CACHE_DIR) and not indexed again.
 *   node scripts/search-index/index.ts OUT     reads LUBAO_DATA_DIR, writes OUT/pagefind… and OUT/pagefind-bundles.json
 */
import { createHash } from "node:crypto";
import { copyFileSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { dataDir } from "../../src/lib/records.ts";
import { routeBuckets } from "../../src/lib/search/routes.ts";
import type { ArticleSummary, PageSummary, Publication } from "../../src/lib/schema/index.ts";
import { urls } from "../../src/lib/urls.ts";
import { fingerprintOf, importGraph } from "../lib/sources.ts";
import { INDEX_OPTIONS, PAGEFIND_VERSION } from "./pagefind.ts";
import { planShards, type Shard } from "./plan.ts";
import { buildShard, CHARS_FILE, type ShardTask } from "./shard.ts";

export interface IndexSettings {
  /** The ingest's records. */
  data: string;
  /** Where the index goes: OUT/pagefind/, OUT/pagefind-routes/, OUT/pagefind-bundles.json. */
  out: string;
  /** Shards built by earlier runs, by key. */
  cache: string;
  /** Most stories in one Pagefind index: Pagefind holds a whole index in memory while it builds it. */
  shardPages: number;
  /** Shards built at once, each on its own thread with its own Pagefind. */
  jobs: number;
}

export const defaultSettings = (out: string): IndexSettings => ({
  data: dataDir(),
  out,
  cache: process.env["LUBAO_PAGEFIND_CACHE_DIR"] ?? ".lubao/cache/pagefind",
  shardPages: Number(process.env["LUBAO_SHARD_PAGES"] ?? 2000),
  jobs: Number(process.env["LUBAO_INDEX_JOBS"] ?? Math.min(2, availableParallelism())),
});

/** What the search page reads first: the bundles to search, newest first, and where the routes are. */
export interface BundleList {
  bundles: string[];
  /** Each bundle's stretch of time (date keys, "" undated), in the order of bundles; absent for one index. */
  spans?: { newest: string; oldest: string; stories: number }[];
  routes?: string;
}

export interface IndexReport {
  seconds: number;
  articles: number;
  bundles: number;
  indexed: number;
  reused: number;
}

/** Everything a shard's index is made of, besides its stories: the code that makes its documents, and Pagefind. */
function codeVersion(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const files = [
    ...importGraph(join(here, "../../src/lib/search/document.ts")),
    ...importGraph(join(here, "shard.ts")),
  ];
  return `${PAGEFIND_VERSION}\0${JSON.stringify(INDEX_OPTIONS)}\0${fingerprintOf([...new Set(files)].sort(), here)}`;
}

/** A shard's key: the code, the papers and places its documents name, and each story's summary and page text. */
function shardKey(
  code: string,
  shard: Shard,
  article: Map<string, ArticleSummary>,
  page: Map<string, PageSummary>,
  shared: string,
): string {
  const h = createHash("sha1").update(code).update("\0").update(shared);
  for (const id of shard.ids) {
    const a = article.get(id)!;
    h.update("\0").update(JSON.stringify(a)).update("\0").update(page.get(a.page)!.record);
  }
  return h.digest("hex");
}

/** Build the shards on `jobs` threads (or this one), each shard once. */
async function buildAll(tasks: ShardTask[], jobs: number): Promise<Map<string, "indexed" | "reused">> {
  const outcomes = new Map<string, "indexed" | "reused">();
  if (jobs <= 1 || tasks.length <= 1) {
    for (const t of tasks) outcomes.set(t.key, await buildShard(t));
    return outcomes;
  }
  const queue = [...tasks];
  await Promise.all(
    Array.from(
      { length: Math.min(jobs, tasks.length) },
      () =>
        new Promise<void>((done, fail) => {
          const worker = new Worker(new URL("./shard-worker.ts", import.meta.url));
          const next = () => worker.postMessage(queue.shift() ?? null);
          worker.on("message", (m: { key: string; outcome?: "indexed" | "reused"; error?: string }) => {
            if (m.error) {
              worker.terminate();
              return fail(new Error(m.error));
            }
            outcomes.set(m.key, m.outcome!);
            next();
          });
          worker.on("error", fail);
          worker.on("exit", () => done());
          next();
        }),
    ),
  );
  return outcomes;
}

/** A cached shard's files put in the site by hard link (copied where the cache is on another disk). */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (e.name === CHARS_FILE) continue;
    const [src, dst] = [join(from, e.name), join(to, e.name)];
    if (e.isDirectory()) linkTree(src, dst);
    else
      try {
        linkSync(src, dst);
      } catch {
        copyFileSync(src, dst);
      }
  }
}

export async function indexArchive(s: IndexSettings): Promise<IndexReport> {
  const started = performance.now();
  const read = <T>(name: string) => JSON.parse(readFileSync(join(s.data, name), "utf8")) as T;
  const articles = read<ArticleSummary[]>("articles.json");
  const pages = read<PageSummary[]>("pages.json");
  const shared = JSON.stringify([read<Publication[]>("publications.json"), read<unknown>("places.json")]);
  rmSync(join(s.out, "pagefind"), { recursive: true, force: true });
  rmSync(join(s.out, urls.searchRoutes().slice(1)), { recursive: true, force: true });
  mkdirSync(s.out, { recursive: true });
  mkdirSync(s.cache, { recursive: true });
  const article = new Map(articles.map((a) => [a.id, a]));
  const page = new Map(pages.map((p) => [p.id, p]));
  // one index while the archive is small; shards, newest first, past that
  const shards = articles.length === 0 ? [] : planShards(articles, s.shardPages);
  const single = shards.length === 1;
  const code = codeVersion();
  const tasks: ShardTask[] = shards.map((shard) => ({
    key: shardKey(code, shard, article, page, shared),
    stories: shard.ids.map((id) => [id, article.get(id)!.page]),
    data: s.data,
    cache: s.cache,
  }));
  const outcomes = await buildAll(tasks, s.jobs);
  const bundles = shards.map((_, n) => (single ? urls.searchBundle() : urls.searchBundle(n)));
  for (const [n, t] of tasks.entries()) linkTree(join(s.cache, t.key), join(s.out, bundles[n]!.slice(1)));
  const list: BundleList = { bundles };
  if (!single && shards.length) {
    const chars = tasks.map((t) => new Set(readFileSync(join(s.cache, t.key, CHARS_FILE), "utf8")));
    mkdirSync(join(s.out, urls.searchRoutes().slice(1)), { recursive: true });
    for (const [k, bucket] of routeBuckets(chars).entries())
      writeFileSync(join(s.out, urls.searchRoute(k).slice(1)), JSON.stringify(bucket));
    list.spans = shards.map((x) => ({ newest: x.newest, oldest: x.oldest, stories: x.ids.length }));
    list.routes = urls.searchRoutes();
  }
  writeFileSync(join(s.out, urls.searchBundles().slice(1)), `${JSON.stringify(list)}\n`);
  // shards no build needs any more
  const used = new Set(tasks.map((t) => t.key));
  for (const name of readdirSync(s.cache))
    if (!used.has(name)) rmSync(join(s.cache, name), { recursive: true, force: true });
  const counts = [...outcomes.values()];
  return {
    seconds: (performance.now() - started) / 1000,
    articles: articles.length,
    bundles: bundles.length,
    indexed: counts.filter((o) => o === "indexed").length,
    reused: counts.filter((o) => o === "reused").length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2];
  if (!out) {
    console.error("usage: node scripts/search-index/index.ts OUT_DIR");
    process.exit(2);
  }
  const report = await indexArchive(defaultSettings(resolve(out)));
  console.log(
    `search index: ${report.articles} articles in ${report.bundles} bundle(s), ${report.indexed} indexed and ${report.reused} reused, in ${report.seconds.toFixed(1)} s`,
  );
  if (report.articles === 0)
    console.log("search index: no stories; the search page will say there is nothing to search");
  const timing = process.env["LUBAO_PAGEFIND_TIMING"];
  if (timing) writeFileSync(timing, JSON.stringify(report));
}
