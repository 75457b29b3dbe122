/**
 * npm run bench: build archives of 1,000 and 10,000 articles from the synthetic corpus in a scratch folder,
 * as `npm run build` does, measure each step and the search in Chromium, and write bench/results.json (also
 * printed as a table). Rows of other sizes already in the file are kept: `npm run bench -- 100000` adds the
 * 100k row.
 *   node scripts/bench/run.ts [SIZES…] [repeated]   e.g. node scripts/bench/run.ts 1000
 * The corpus's words are redrawn from jieba's word counts (a vocabulary that grows as an archive's does);
 * `repeated` builds the older corpus of the seed stories repeated, to compare.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PAGES_PER_ISSUE, writeCorpus } from "./corpus.ts";
import { bytesUnder, measured } from "./measure.ts";
import { linkOrCopy, linkTree } from "../../archive/store/link.ts";
import { searchFigures, type QueryFigures } from "./search.ts";

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [1000, 10_000];
const WORDS = process.argv.includes("repeated") ? "repeated" : "redrawn";
const scratchRoot = resolve("bench/scratch");
const MB = 1024 * 1024;

interface Result {
  /** The corpus's words: redrawn from word counts, or the seed stories' own, repeated. */
  corpus: "redrawn" | "repeated";
  /** The size asked for; the corpus segments into about as many articles. */
  target: number;
  articles: number;
  pages: number;
  rawMB: number;
  ingestSeconds: number;
  ingestMBps: number;
  /** Astro's site and the search index are built at once, each on its own core: the total is not their sum. */
  astroSeconds: number;
  pagefindSeconds: number;
  totalSeconds: number;
  peakRssMB: number;
  shards: number;
  indexBytes: number;
  distMB: number;
  /**
   * The same archive built again with one page added: what the parse cache, Astro's incremental build and the
   * shard cache save.
   */
  rebuildOnePage: {
    ingestSeconds: number;
    parsed: number;
    cached: number;
    astroSeconds: number;
    pagefindSeconds: number;
    shardsIndexed: number;
    shardsReused: number;
    totalSeconds: number;
    peakRssMB: number;
    /** Pages Astro restored from its cache, and those it rendered again, by the first part of their path. */
    pagesRestored: number;
    pagesRendered: Record<string, number>;
  };
  /**
   * The archive built as two parts apart (two papers each, as two machines would: scripts/parts/build-part.ts)
   * and combined into one site, against the one build above: each part's seconds, the combining build's, and
   * the wall time of a fan-out on two machines (the slower part, then the combining build).
   */
  parts: { partSeconds: number[]; combineSeconds: number; fanOutSeconds: number; oneBuildSeconds: number };
  /** The search in Chromium on loopback: the largest figures over the queries, and each query's. */
  search: { firstKBMax: number; laterKBMax: number; firstMsMax: number; noMatchKB: number; queries: QueryFigures[] };
}

/** Write about n articles: a first pass tells how many the corpus's pages really segment into. */
async function corpusFor(n: number, content: string, env: NodeJS.ProcessEnv): Promise<void> {
  writeCorpus(content, n, 1, WORDS);
  const probe = await measured(process.execPath, ["ingest/cli.ts", "--check", content, "--json"], env);
  const got = (JSON.parse(probe.stdout) as { articles: number }[]).reduce((s, r) => s + r.articles, 0);
  if (Math.abs(got - n) / n > 0.02) writeCorpus(content, Math.round((n * n) / got), 1, WORDS);
}

/** What the build and the search indexer report of their last run. */
const readJson = <T>(file: string) => JSON.parse(readFileSync(file, "utf8")) as T;
type BuildTiming = { ingest: number; astro: number; search: number };
type IndexTiming = { seconds: number; bundles: number; indexed: number; reused: number };

/** The archive's papers in two halves, each built on its own (its own folder and caches), then combined. */
async function partsApart(
  scratch: string,
  content: string,
  env: Record<string, string>,
  oneBuildSeconds: number,
): Promise<Result["parts"]> {
  const papers = readdirSync(content, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  const halves = [papers.slice(0, papers.length / 2), papers.slice(papers.length / 2)];
  const partSeconds: number[] = [];
  const outs: string[] = [];
  for (const [k, half] of halves.entries()) {
    const folder = join(scratch, "parts", `content-${k}`);
    mkdirSync(folder, { recursive: true });
    linkOrCopy(join(content, "publications.json"), join(folder, "publications.json"));
    for (const paper of half) linkTree(join(content, paper), join(folder, paper));
    const out = join(scratch, "parts", `part-${k}`);
    const r = await measured(process.execPath, ["scripts/parts/build-part.ts", folder, out], {
      LUBAO_CACHE_DIR: join(scratch, "parts", `parse-${k}`),
      CI: env["CI"] ?? "",
    });
    partSeconds.push(+r.seconds.toFixed(2));
    outs.push(out);
  }
  const combined = await measured(process.execPath, ["scripts/build.ts", "--parts", ...outs], {
    ...env,
    LUBAO_DATA_DIR: join(scratch, "parts", "data"),
    LUBAO_OUT_DIR: join(scratch, "parts", "dist"),
    LUBAO_ASTRO_CACHE_DIR: join(scratch, "parts", "cache-astro"),
    LUBAO_PAGEFIND_CACHE_DIR: join(scratch, "parts", "cache-pagefind"),
  });
  const combineSeconds = +combined.seconds.toFixed(2);
  rmSync(join(scratch, "parts"), { recursive: true, force: true });
  return {
    partSeconds,
    combineSeconds,
    fanOutSeconds: +(Math.max(...partSeconds) + combineSeconds).toFixed(2),
    oneBuildSeconds: +oneBuildSeconds.toFixed(2),
  };
}

async function bench(n: number): Promise<Result> {
  const scratch = join(scratchRoot, String(n));
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const content = join(scratch, "content");
  const dist = join(scratch, "dist");
  const env = {
    LUBAO_CONTENT_DIR: content,
    LUBAO_DATA_DIR: join(scratch, "data"),
    LUBAO_OUT_DIR: dist,
    LUBAO_CACHE_DIR: join(scratch, "cache/parse"),
    LUBAO_ASTRO_CACHE_DIR: join(scratch, "cache/astro"),
    LUBAO_PAGEFIND_CACHE_DIR: join(scratch, "cache/pagefind"),
    LUBAO_PAGEFIND_TIMING: join(scratch, "pagefind.json"),
    LUBAO_BUILD_TIMING: join(scratch, "build.json"),
    CI: process.env["CI"] ?? "",
  };
  await corpusFor(n, content, { ...env, LUBAO_NO_CACHE: "1" });
  const rawBytes = bytesUnder(content);
  console.log(`bench ${n}: corpus ${(rawBytes / MB).toFixed(1)} MB`);
  // the whole build, as npm run build makes it
  const build = await measured(process.execPath, ["scripts/build.ts"], env);
  const steps = readJson<BuildTiming>(env.LUBAO_BUILD_TIMING);
  const index = readJson<IndexTiming>(env.LUBAO_PAGEFIND_TIMING);
  const articles = readJson<unknown[]>(join(env.LUBAO_DATA_DIR, "articles.json")).length;
  const pages = readJson<unknown[]>(join(env.LUBAO_DATA_DIR, "pages.json")).length;
  const indexBytes = bytesUnder(join(dist, "pagefind"));
  const distMB = +(bytesUnder(dist) / MB).toFixed(1);
  console.log(`bench ${n}: built in ${build.seconds.toFixed(1)} s; searching it in Chromium`);
  const queries = await searchFigures(dist);
  const parts = await partsApart(scratch, content, env, build.seconds);
  // incremental: one more page in the archive, an extra page of an issue it holds, with its own sidecar
  // and text no page has had (two pages' stories), so its parse cannot come from the cache
  const [some, other] = readdirSync(join(content, "bench-jinan"), { recursive: true, encoding: "utf8" }).filter((f) =>
    f.endsWith(".txt"),
  );
  const added = join(content, "bench-jinan", some!.replace(/\.txt$/u, "-added"));
  writeFileSync(
    `${added}.txt`,
    `${readFileSync(join(content, "bench-jinan", some!), "utf8")}\n\n\n${readFileSync(join(content, "bench-jinan", other!), "utf8")}`,
  );
  const meta = readJson<{ page: number }>(join(content, "bench-jinan", some!.replace(/\.txt$/u, ".meta.json")));
  writeFileSync(`${added}.meta.json`, JSON.stringify({ ...meta, page: PAGES_PER_ISSUE + 1 }));
  const re = await measured(process.execPath, ["scripts/build.ts"], env);
  const reSteps = readJson<BuildTiming>(env.LUBAO_BUILD_TIMING);
  const reIndex = readJson<IndexTiming>(env.LUBAO_PAGEFIND_TIMING);
  const counts = /\((\d+) parsed, (\d+) from cache\)/u.exec(re.stdout);
  // Astro lists every page it writes: "(restored)" from its cache, or with the time it took to render
  const written = [...re.stdout.matchAll(/[├└]─ (\/\S*) \((restored|\+[\d.]+m?s)\)/gu)];
  const pagesRendered: Record<string, number> = {};
  for (const [, path, how] of written)
    if (how !== "restored") pagesRendered[path!.split("/")[1]!] = (pagesRendered[path!.split("/")[1]!] ?? 0) + 1;
  const noMatch = queries.find((q) => q.query === "龘靐齉");
  return {
    corpus: WORDS,
    target: n,
    articles,
    pages,
    rawMB: +(rawBytes / MB).toFixed(2),
    ingestSeconds: +steps.ingest.toFixed(2),
    ingestMBps: +(rawBytes / MB / steps.ingest).toFixed(2),
    astroSeconds: +steps.astro.toFixed(2),
    pagefindSeconds: +steps.search.toFixed(2),
    totalSeconds: +build.seconds.toFixed(2),
    peakRssMB: Math.round(build.peakRssBytes / MB),
    shards: index.bundles,
    indexBytes,
    distMB,
    rebuildOnePage: {
      ingestSeconds: +reSteps.ingest.toFixed(2),
      parsed: Number(counts?.[1] ?? -1),
      cached: Number(counts?.[2] ?? -1),
      astroSeconds: +reSteps.astro.toFixed(2),
      pagefindSeconds: +reSteps.search.toFixed(2),
      shardsIndexed: reIndex.indexed,
      shardsReused: reIndex.reused,
      totalSeconds: +re.seconds.toFixed(2),
      peakRssMB: Math.round(re.peakRssBytes / MB),
      pagesRestored: written.filter((w) => w[2] === "restored").length,
      pagesRendered,
    },
    parts,
    search: {
      firstKBMax: Math.max(...queries.map((q) => q.firstKB)),
      laterKBMax: Math.max(...queries.map((q) => q.laterKB)),
      firstMsMax: Math.max(...queries.map((q) => q.firstMs)),
      noMatchKB: noMatch?.firstKB ?? -1,
      queries,
    },
  };
}

const results: Result[] = [];
for (const n of SIZES) results.push(await bench(n));
mkdirSync("bench", { recursive: true });
// rows of other sizes (or the other corpus) already measured stay
const kept = existsSync("bench/results.json")
  ? readJson<Result[]>("bench/results.json").filter(
      (old) => !results.some((r) => r.corpus === old.corpus && r.target === old.target),
    )
  : [];
const all = [...kept, ...results].sort((a, b) => a.corpus.localeCompare(b.corpus) || a.target - b.target);
writeFileSync("bench/results.json", `${JSON.stringify(all, null, 2)}\n`);
console.table(results.map(({ rebuildOnePage, search, ...r }) => r));
console.log("rebuild with one page added:");
console.table(results.map(({ rebuildOnePage: { pagesRendered, ...r }, articles }) => ({ articles, ...r })));
for (const r of results)
  console.log(`${r.articles} articles, pages rendered again: ${JSON.stringify(r.rebuildOnePage.pagesRendered)}`);
console.log("built as two parts apart, then combined:");
console.table(results.map((r) => ({ articles: r.articles, ...r.parts, partSeconds: r.parts.partSeconds.join(" + ") })));
console.log("search in Chromium:");
console.table(results.flatMap((r) => r.search.queries.map((q) => ({ articles: r.articles, ...q }))));
const same = all.filter((r) => r.corpus === WORDS);
if (same.length >= 2) {
  const [a, b] = [same[0]!, same.at(-1)!];
  console.log(
    `scaling: ${b.articles / a.articles}× articles took ${(b.totalSeconds / a.totalSeconds).toFixed(2)}× the time`,
  );
}
