import { availableParallelism } from "node:os";
import { resolve } from "node:path";

/**
 * Everything a run can be told from outside, read from the environment once, at each entry point (the ingest's
 * command line, the build, the indexer, the site's configuration), and passed down as this object. A process
 * that starts another hands it on with `settingsEnv`; no code sets process.env for other code.
 *
 * | variable | setting | default |
 * | --- | --- | --- |
 * | LUBAO_CONTENT_DIR | contentDir: raw pages to read | content |
 * | LUBAO_DATA_DIR | dataDir: the ingest's records | .lubao/data |
 * | LUBAO_OUT_DIR | outDir: the built site | dist |
 * | LUBAO_SITE | site: the site's public address (https://host, no path), for permalinks, citations, feeds, sitemap | none: links relative to the site |
 * | LUBAO_CACHE_DIR | cache.parse: parses kept between builds | .lubao/cache/parse |
 * | LUBAO_NO_CACHE=1 | cache.parses: "off" | "read-write" |
 * | LUBAO_ASTRO_CACHE_DIR | cache.astro: Astro's incremental build | .lubao/cache/astro |
 * | LUBAO_PAGEFIND_CACHE_DIR | cache.shards: search shards kept between builds | .lubao/cache/pagefind |
 * | LUBAO_PRINTED_CACHE_DIR | cache.printed: printed pages' images kept between builds, by their PDF's bytes | .lubao/cache/printed |
 * | LUBAO_PRINTED_JOBS | printedWorkers: printed pages rendered at once | min(2, cores) |
 * | LUBAO_SHARD_PAGES | search.shardStories: most stories in one shard | 1500 |
 * | LUBAO_SHARDED=1 | search.sharded: shards however small the archive (a part's build) | false |
 * | LUBAO_INDEX_JOBS | search.workers: shards indexed at once | min(2, cores) |
 * | LUBAO_ASTRO_HEAP_MB | astroHeapMb: Astro's heap limit | 2048 |
 * | LUBAO_BUILD_TIMING, LUBAO_PAGEFIND_TIMING | timing files the benchmark reads | none |
 */
export interface Settings {
  contentDir: string;
  dataDir: string;
  outDir: string;
  /** The site's public address (https://…, no trailing slash), or null: links are then relative to the site. */
  site: string | null;
  cache: {
    parse: string;
    /** read-write: parses are read and kept; read-only: read, never written (a check); off: never used. */
    parses: "read-write" | "read-only" | "off";
    astro: string;
    shards: string;
    printed: string;
  };
  /** Printed pages (PDF pages) rendered to images at once, each in a worker thread. */
  printedWorkers: number;
  search: { shardStories: number; sharded: boolean; workers: number };
  astroHeapMb: number;
  timing: { build: string | null; index: string | null };
}

type Env = Record<string, string | undefined>;

const positive = (env: Env, name: string, fallback: number): number => {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name}=${raw}: a whole number of at least 1 is needed`);
  return n;
};

const siteOf = (raw: string | undefined): string | null => {
  if (!raw) return null;
  const url = URL.parse(raw);
  if (!url || !/^https?:$/u.test(url.protocol))
    throw new Error(`LUBAO_SITE=${raw}: the site's address is an http(s) URL`);
  // every link of the site is a path from its root, so the site must be served at a host's root
  if (url.pathname !== "/" || url.search || url.hash)
    throw new Error(`LUBAO_SITE=${raw}: the site's address is a scheme and host only (https://example.org)`);
  return url.origin;
};

/** The settings an environment gives: what is not set takes its default; a value that cannot be is refused. */
export function settingsFrom(env: Env = process.env): Settings {
  return {
    contentDir: env["LUBAO_CONTENT_DIR"] || "content",
    dataDir: env["LUBAO_DATA_DIR"] || ".lubao/data",
    outDir: env["LUBAO_OUT_DIR"] || "dist",
    site: siteOf(env["LUBAO_SITE"]),
    cache: {
      parse: env["LUBAO_CACHE_DIR"] || ".lubao/cache/parse",
      parses: env["LUBAO_NO_CACHE"] === "1" ? "off" : "read-write",
      astro: env["LUBAO_ASTRO_CACHE_DIR"] || ".lubao/cache/astro",
      shards: env["LUBAO_PAGEFIND_CACHE_DIR"] || ".lubao/cache/pagefind",
      printed: env["LUBAO_PRINTED_CACHE_DIR"] || ".lubao/cache/printed",
    },
    printedWorkers: positive(env, "LUBAO_PRINTED_JOBS", Math.min(2, availableParallelism())),
    search: {
      shardStories: positive(env, "LUBAO_SHARD_PAGES", 1500),
      sharded: env["LUBAO_SHARDED"] === "1",
      workers: positive(env, "LUBAO_INDEX_JOBS", Math.min(2, availableParallelism())),
    },
    astroHeapMb: positive(env, "LUBAO_ASTRO_HEAP_MB", 2048),
    timing: { build: env["LUBAO_BUILD_TIMING"] || null, index: env["LUBAO_PAGEFIND_TIMING"] || null },
  };
}

/** The environment a child process reads the same settings from (with the rest of this one's environment). */
export function settingsEnv(s: Settings, base: Env = process.env): Record<string, string> {
  const env: Record<string, string | undefined> = {
    ...base,
    LUBAO_CONTENT_DIR: s.contentDir,
    LUBAO_DATA_DIR: s.dataDir,
    LUBAO_OUT_DIR: s.outDir,
    LUBAO_SITE: s.site ?? undefined,
    LUBAO_CACHE_DIR: s.cache.parse,
    LUBAO_NO_CACHE: s.cache.parses === "off" ? "1" : undefined,
    LUBAO_ASTRO_CACHE_DIR: s.cache.astro,
    LUBAO_PAGEFIND_CACHE_DIR: s.cache.shards,
    LUBAO_PRINTED_CACHE_DIR: s.cache.printed,
    LUBAO_PRINTED_JOBS: String(s.printedWorkers),
    LUBAO_SHARD_PAGES: String(s.search.shardStories),
    LUBAO_SHARDED: s.search.sharded ? "1" : undefined,
    LUBAO_INDEX_JOBS: String(s.search.workers),
    LUBAO_ASTRO_HEAP_MB: String(s.astroHeapMb),
    LUBAO_BUILD_TIMING: s.timing.build ?? undefined,
    LUBAO_PAGEFIND_TIMING: s.timing.index ?? undefined,
  };
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

/**
 * The same settings with every folder and file made absolute against `cwd`: what a run hands a step it starts in
 * another working folder (Astro runs beside the site's folder: scripts/build.ts).
 */
export function absoluteSettings(s: Settings, cwd: string = process.cwd()): Settings {
  const at = (p: string) => resolve(cwd, p);
  return {
    ...s,
    contentDir: at(s.contentDir),
    dataDir: at(s.dataDir),
    outDir: at(s.outDir),
    cache: {
      ...s.cache,
      parse: at(s.cache.parse),
      astro: at(s.cache.astro),
      shards: at(s.cache.shards),
      printed: at(s.cache.printed),
    },
    timing: {
      build: s.timing.build === null ? null : at(s.timing.build),
      index: s.timing.index === null ? null : at(s.timing.index),
    },
  };
}
