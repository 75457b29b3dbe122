#!/usr/bin/env node
/**
 * The search index of an archive, made from the ingest's records rather than from the built site: it needs no
 * page to be rendered first, so `npm run build` makes it while Astro renders the site, on the other core.
 * Above LUBAO_SHARD_PAGES stories it is made in shards, each one paper's stretch of one year (plan.ts), listed
 * newest first, with a routing index of which shards print each character; a shard whose stories, texts and code
 * are unchanged is taken from the shard cache (LUBAO_PAGEFIND_CACHE_DIR) and not indexed again.
 *   node search/index/index.ts OUT     reads LUBAO_DATA_DIR, writes OUT/pagefind… and OUT/pagefind-bundles.json
 */
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { settingsFrom, type Settings } from "../../archive/settings.ts";
import type { BundleList } from "../engine/bundles.ts";
import { routeBuckets } from "../engine/routes.ts";
import type { ArticleSummary, PageSummary, Place, Publication } from "../../archive/schema/index.ts";
import { filterValues } from "../document.ts";
import { SEARCH_FILTERS } from "../engine/filters.ts";
import { urls } from "../../archive/urls.ts";
import { linkTree } from "../../archive/store/link.ts";
import { fingerprintOf, importGraph } from "../../archive/fingerprint.ts";
import { INDEX_OPTIONS, PAGEFIND_VERSION } from "./pagefind.ts";
import { planShards, type PlannedStory, type Shard } from "./plan.ts";
import { buildShard, CHARS_FILE, type ShardTask } from "./shard.ts";

export interface IndexSettings {
  /** The ingest's records. */
  data: string;
  /** Where the index goes: OUT/pagefind/, OUT/pagefind-routes/, OUT/pagefind-bundles.json. */
  out: string;
  /** Shards built by earlier runs, by key. */
  cache: string;
  /**
   * Most stories in one Pagefind index. Pagefind holds a whole index in memory while it builds it (about 0.8 MB a
   * story of the benchmark's text), and indexes more slowly per story the smaller the index (its cost follows the
   * index's vocabulary as much as its stories): 1,500 keeps one Pagefind near 1.2 GB beside Astro.
   */
  shardPages: number;
  /**
   * Shards however small the archive (LUBAO_SHARDED=1): a part of an archive built on its own makes the shards
   * the whole archive's index will take from its cache.
   */
  sharded: boolean;
  /** Shards built at once, each on its own thread with its own Pagefind. */
  jobs: number;
  /** Where more lanes are asked for while it runs, a line each (the build's pipe), if anywhere. */
  more: NodeJS.ReadableStream | null;
}

export const defaultSettings = (out: string, s: Settings = settingsFrom()): IndexSettings => ({
  data: s.dataDir,
  out,
  cache: s.cache.shards,
  shardPages: s.search.shardStories,
  sharded: s.search.sharded,
  jobs: s.search.workers,
  // run by the build, whose pipe asks for more lanes; by hand from a terminal, nothing to ask
  more: process.stdin.isTTY ? null : process.stdin,
});

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
  const files = [...importGraph(join(here, "../document.ts")), ...importGraph(join(here, "shard.ts"))];
  return `${PAGEFIND_VERSION}\0${JSON.stringify(INDEX_OPTIONS)}\0${fingerprintOf([...new Set(files)].sort(), here)}`;
}

/** A shard's key: the code, the papers and places its documents name, and each story's summary and page text. */
function shardKey(code: string, shard: Shard, storyDigest: Map<string, string>, shared: string): string {
  const h = createHash("sha1").update(code).update("\0").update(shared);
  for (const id of shard.ids) h.update("\0").update(storyDigest.get(id)!);
  return h.digest("hex");
}

/**
 * What the index needs of each story, read from the summaries and let go of the rest: where it is, when, and a
 * digest of its summary and its page's record (what its document is made of).
 */
function storiesOf(data: string, pubs: Map<string, Publication>, places: Map<string, Place>) {
  const read = <T>(name: string) => JSON.parse(readFileSync(join(data, name), "utf8")) as T;
  const recordOf = new Map(read<PageSummary[]>("pages.json").map((p) => [p.id, p.record]));
  const stories: (PlannedStory & { page: string })[] = [];
  const digest = new Map<string, string>();
  const counts = filterCounter();
  for (const a of read<ArticleSummary[]>("articles.json")) {
    stories.push({ id: a.id, publication: a.publication, date: a.date, page: a.page });
    digest.set(
      a.id,
      createHash("sha1").update(JSON.stringify(a)).update("\0").update(recordOf.get(a.page)!).digest("hex"),
    );
    counts.add(filterValues(a, pubs.get(a.publication)!, places));
  }
  // values in a fixed order, whatever order the stories came in
  const filters = Object.fromEntries(
    Object.entries(counts.counts).map(([k, v]) => [k, Object.fromEntries(Object.entries(v).sort())]),
  );
  return { stories, digest, filters };
}

/** How many stories each value of each search filter has, over the whole archive (as Pagefind counts them). */
function filterCounter() {
  const counts: Record<string, Record<string, number>> = Object.fromEntries(SEARCH_FILTERS.map(([k]) => [k, {}]));
  return {
    counts,
    add(values: Record<string, string[]>) {
      for (const [key] of SEARCH_FILTERS)
        for (const v of values[key] ?? []) counts[key]![v] = (counts[key]![v] ?? 0) + 1;
    },
  };
}

/**
 * Build the shards, each once, in `jobs` lanes pulling from one queue: this thread, and worker threads each
 * with their own Pagefind. Each line read from `more` opens one more lane: the build writes one when Astro is done
 * and its core free.
 */
async function buildAll(
  tasks: ShardTask[],
  jobs: number,
  more: NodeJS.ReadableStream | null,
): Promise<Map<string, "indexed" | "reused">> {
  const outcomes = new Map<string, "indexed" | "reused">();
  const queue = [...tasks];
  const lanes: Promise<void>[] = [];
  const worker = () =>
    new Promise<void>((done, fail) => {
      const thread = new Worker(new URL("./shard-worker.ts", import.meta.url));
      const next = () => thread.postMessage(queue.shift() ?? null);
      thread.on("message", (m: { key: string; outcome?: "indexed" | "reused"; error?: string }) => {
        if (m.error) {
          void thread.terminate();
          return fail(new Error(m.error));
        }
        outcomes.set(m.key, m.outcome!);
        next();
      });
      thread.on("error", fail);
      thread.on("exit", () => done());
      next();
    });
  const here = async () => {
    for (let t = queue.shift(); t; t = queue.shift()) outcomes.set(t.key, await buildShard(t));
  };
  const grow = (chunk: Buffer | string) => {
    for (const _ of String(chunk).matchAll(/\n/gu)) if (queue.length) lanes.push(worker());
  };
  more?.on("data", grow);
  try {
    lanes.push(here());
    grow("\n".repeat(jobs - 1));
    // lanes opened while others run are waited for too
    for (let k = 0; k < lanes.length; k++) await lanes[k];
  } finally {
    more?.removeListener("data", grow);
    more?.pause();
  }
  return outcomes;
}

export async function indexArchive(s: IndexSettings): Promise<IndexReport> {
  const started = performance.now();
  const read = <T>(name: string) => JSON.parse(readFileSync(join(s.data, name), "utf8")) as T;
  const publications = read<Publication[]>("publications.json");
  const places = read<Place[]>("places.json");
  const shared = JSON.stringify([publications, places]);
  const { stories, digest, filters } = storiesOf(
    s.data,
    new Map(publications.map((p) => [p.id, p])),
    new Map(places.map((p) => [p.code, p])),
  );
  rmSync(join(s.out, "pagefind"), { recursive: true, force: true });
  rmSync(join(s.out, urls.searchRoutes().slice(1)), { recursive: true, force: true });
  mkdirSync(s.out, { recursive: true });
  mkdirSync(s.cache, { recursive: true });
  const pageOf = new Map(stories.map((a) => [a.id, a.page]));
  // one index while the archive is small; shards, newest first, past that
  const shards =
    stories.length === 0 ? [] : stories.length <= s.shardPages && !s.sharded ? null : planShards(stories, s.shardPages);
  const plan: Shard[] =
    shards ??
    (stories.length ? [{ name: "", publication: "", ids: stories.map((a) => a.id), newest: "", oldest: "" }] : []);
  const code = codeVersion();
  const tasks: ShardTask[] = plan.map((shard) => ({
    key: shardKey(code, shard, digest, shared),
    stories: shard.ids.map((id) => [id, pageOf.get(id)!]),
    data: s.data,
    cache: s.cache,
  }));
  const outcomes = await buildAll(tasks, s.jobs, s.more);
  const bundles = plan.map((x) => (shards ? urls.searchBundle(x.name) : urls.searchBundle()));
  // a cached shard's files put in the site by hard link, not copied
  for (const [n, t] of tasks.entries())
    linkTree(join(s.cache, t.key), join(s.out, bundles[n]!.slice(1)), (name) => name === CHARS_FILE);
  const list: BundleList = { bundles, filters };
  if (shards?.length) {
    const chars = tasks.map((t) => new Set(readFileSync(join(s.cache, t.key, CHARS_FILE), "utf8")));
    mkdirSync(join(s.out, urls.searchRoutes().slice(1)), { recursive: true });
    for (const [k, bucket] of routeBuckets(chars).entries())
      writeFileSync(join(s.out, urls.searchRoute(k).slice(1)), JSON.stringify(bucket));
    const pubName = new Map(publications.map((p) => [p.id, p.name]));
    list.spans = shards.map((x) => ({
      newest: x.newest,
      oldest: x.oldest,
      publication: pubName.get(x.publication) ?? x.publication,
      stories: x.ids.length,
    }));
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
    articles: stories.length,
    bundles: bundles.length,
    indexed: counts.filter((o) => o === "indexed").length,
    reused: counts.filter((o) => o === "reused").length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2];
  if (!out) {
    console.error("usage: node search/index/index.ts OUT_DIR");
    process.exit(2);
  }
  const settings = settingsFrom();
  const report = await indexArchive(defaultSettings(resolve(out), settings));
  console.log(
    `search index: ${report.articles} articles in ${report.bundles} bundle(s), ${report.indexed} indexed and ${report.reused} reused, in ${report.seconds.toFixed(1)} s`,
  );
  if (report.articles === 0)
    console.log("search index: no stories; the search page will say there is nothing to search");
  if (settings.timing.index) writeFileSync(settings.timing.index, JSON.stringify(report));
}
