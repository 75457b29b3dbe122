/**
 * npm run bench: build archives of 1,000 and 10,000 articles from the synthetic corpus in a scratch
 * folder, measure each stage, and write bench/results.json (also printed as a table).
 *   node scripts/bench/run.ts [SIZES…] [repeated]   e.g. node scripts/bench/run.ts 1000
 * The corpus's words are redrawn from jieba's word counts (a vocabulary that grows as an archive's does);
 * `repeated` builds the older corpus of the seed stories repeated, to compare.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PAGES_PER_ISSUE, writeCorpus } from "./corpus.ts";
import { bytesUnder, measured } from "./measure.ts";

const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const SIZES = sizes.length ? sizes : [1000, 10_000];
const WORDS = process.argv.includes("repeated") ? "repeated" : "redrawn";
const scratchRoot = resolve("bench/scratch");
const bin = (name: string) => resolve("node_modules/.bin", name);
const MB = 1024 * 1024;

interface Result {
  /** The corpus's words: redrawn from word counts, or the seed stories' own, repeated. */
  corpus: "redrawn" | "repeated";
  articles: number;
  pages: number;
  rawMB: number;
  ingestSeconds: number;
  ingestMBps: number;
  astroSeconds: number;
  pagefindSeconds: number;
  totalSeconds: number;
  peakRssMB: number;
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
  };
}

/** Write about n articles: a first pass tells how many the corpus's pages really segment into. */
async function corpusFor(n: number, content: string, env: NodeJS.ProcessEnv): Promise<void> {
  writeCorpus(content, n, 1, WORDS);
  const probe = await measured(process.execPath, ["scripts/ingest/cli.ts", "--check", content, "--json"], env);
  const got = (JSON.parse(probe.stdout) as { articles: number }[]).reduce((s, r) => s + r.articles, 0);
  if (Math.abs(got - n) / n > 0.02) writeCorpus(content, Math.round((n * n) / got), 1, WORDS);
}

/** What the Pagefind integration reports of its last run. */
const pagefindTiming = (file: string) =>
  JSON.parse(readFileSync(file, "utf8")) as { seconds: number; indexed: number; reused: number };

async function bench(n: number): Promise<Result> {
  const scratch = join(scratchRoot, String(n));
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  const content = join(scratch, "content");
  const env = {
    LUBAO_CONTENT_DIR: content,
    LUBAO_DATA_DIR: join(scratch, "data"),
    LUBAO_CACHE_DIR: join(scratch, "cache/parse"),
    LUBAO_ASTRO_CACHE_DIR: join(scratch, "cache/astro"),
    LUBAO_PAGEFIND_CACHE_DIR: join(scratch, "cache/pagefind"),
    LUBAO_PAGEFIND_TIMING: join(scratch, "pagefind.json"),
    CI: process.env["CI"] ?? "",
  };
  await corpusFor(n, content, { ...env, LUBAO_NO_CACHE: "1" });
  const rawBytes = bytesUnder(content);
  console.log(`bench ${n}: corpus ${(rawBytes / MB).toFixed(1)} MB`);
  const ingest = await measured(process.execPath, ["scripts/ingest/cli.ts"], env);
  const dist = join(scratch, "dist");
  const astro = await measured(bin("astro"), ["build", "--outDir", dist], env);
  const pagefind = pagefindTiming(env.LUBAO_PAGEFIND_TIMING);
  const articles = (JSON.parse(readFileSync(join(env.LUBAO_DATA_DIR, "articles.json"), "utf8")) as unknown[]).length;
  const pages = (JSON.parse(readFileSync(join(env.LUBAO_DATA_DIR, "pages.json"), "utf8")) as unknown[]).length;
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
  const meta = JSON.parse(
    readFileSync(join(content, "bench-jinan", some!.replace(/\.txt$/u, ".meta.json")), "utf8"),
  ) as { page: number };
  writeFileSync(`${added}.meta.json`, JSON.stringify({ ...meta, page: PAGES_PER_ISSUE + 1 }));
  const re = await measured(process.execPath, ["scripts/ingest/cli.ts"], env);
  const counts = /\((\d+) parsed, (\d+) from cache\)/u.exec(re.stdout);
  // into a fresh folder, as npm run build does: unchanged pages are copied from Astro's cache
  const reAstro = await measured(bin("astro"), ["build", "--outDir", join(scratch, "dist2")], env);
  const rePagefind = pagefindTiming(env.LUBAO_PAGEFIND_TIMING);
  return {
    corpus: WORDS,
    articles,
    pages,
    rawMB: +(rawBytes / MB).toFixed(2),
    ingestSeconds: +ingest.seconds.toFixed(2),
    ingestMBps: +(rawBytes / MB / ingest.seconds).toFixed(2),
    astroSeconds: +(astro.seconds - pagefind.seconds).toFixed(2),
    pagefindSeconds: +pagefind.seconds.toFixed(2),
    totalSeconds: +(ingest.seconds + astro.seconds).toFixed(2),
    peakRssMB: Math.round(Math.max(ingest.peakRssBytes, astro.peakRssBytes) / MB),
    indexBytes: bytesUnder(join(dist, "pagefind")),
    distMB: +(bytesUnder(dist) / MB).toFixed(1),
    rebuildOnePage: {
      ingestSeconds: +re.seconds.toFixed(2),
      parsed: Number(counts?.[1] ?? -1),
      cached: Number(counts?.[2] ?? -1),
      astroSeconds: +(reAstro.seconds - rePagefind.seconds).toFixed(2),
      pagefindSeconds: +rePagefind.seconds.toFixed(2),
      shardsIndexed: rePagefind.indexed,
      shardsReused: rePagefind.reused,
      totalSeconds: +(re.seconds + reAstro.seconds).toFixed(2),
    },
  };
}

const results: Result[] = [];
for (const n of SIZES) results.push(await bench(n));
mkdirSync("bench", { recursive: true });
writeFileSync("bench/results.json", `${JSON.stringify(results, null, 2)}\n`);
console.table(results.map(({ rebuildOnePage, ...r }) => r));
console.log("rebuild with one page added:");
console.table(results.map((r) => ({ articles: r.articles, ...r.rebuildOnePage })));
if (results.length >= 2) {
  const [a, b] = [results[0]!, results.at(-1)!];
  console.log(
    `scaling: ${b.articles / a.articles}× articles took ${(b.totalSeconds / a.totalSeconds).toFixed(2)}× the time`,
  );
}
