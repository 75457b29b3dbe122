/**
 * npm run bench:pdf: the ingest of 100 e-paper PDF pages, as `npm run ingest` reads a content folder: once cold
 * (no parse or layout cache: every page laid out by pdfjs and parsed) and once cached (the same folder again:
 * layouts and parses read back). Writes bench/pdf.json (also printed).
 *   node scripts/bench/pdf.ts [PAGES]
 * The pages are the real corpus pages (../shared/corpus, read in place, copied only into the scratch folder)
 * and pressed pages (eval/press/out: `npm run press` first), taken in turn until there are enough.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { measured } from "./measure.ts";
import { pressedPages, realPages } from "../../eval/pdf/pages.ts";

const wanted = Number(process.argv[2] ?? 100);
const scratch = resolve("bench/scratch/pdf");

/** The PDF pages to read: real ones first, then pressed ones, each copied in once, until there are enough. */
function pagesFor(n: number): { paper: string; file: string }[] {
  const pool = [...realPages("pdf"), ...pressedPages()];
  if (pool.length === 0) throw new Error("no PDF pages: ../shared/corpus is missing and eval/press/out is empty");
  return Array.from({ length: n }, (_, i) => pool[i % pool.length]!);
}

interface Run {
  seconds: number;
  msPerPage: number;
  parsed: number;
  cached: number;
  peakRssMB: number;
}

async function run(content: string, cache: string, data: string): Promise<Run> {
  const env = { LUBAO_CONTENT_DIR: content, LUBAO_CACHE_DIR: cache, LUBAO_DATA_DIR: data };
  const r = await measured(process.execPath, ["ingest/cli.ts"], env);
  // "ingest: P pages, A articles, … (X parsed, Y from cache)"
  const m = /(\d+) pages, .*\((\d+) parsed, (\d+) from cache\)/u.exec(r.stdout);
  if (!m) throw new Error(`the ingest said: ${r.stdout}`);
  return {
    seconds: Number(r.seconds.toFixed(2)),
    msPerPage: Math.round((1000 * r.seconds) / Number(m[1])),
    parsed: Number(m[2]),
    cached: Number(m[3]),
    peakRssMB: Math.round(r.peakRssBytes / 1024 / 1024),
  };
}

rmSync(scratch, { recursive: true, force: true });
const content = join(scratch, "content");
const pages = pagesFor(wanted);
const papers = new Set<string>();
for (const [i, p] of pages.entries()) {
  papers.add(p.paper);
  mkdirSync(join(content, p.paper), { recursive: true });
  // a page read again is filed under a name of its own: each is a page of the folder
  copyFileSync(p.file, join(content, p.paper, `${String(i).padStart(3, "0")}-${basename(p.file)}`));
}
writeFileSync(
  join(content, "publications.json"),
  JSON.stringify([...papers].map((id) => ({ id, name: id, nameKnown: false, home: "370000" }))),
);
const pdfs = readdirSync(content, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".pdf")).length;
const cache = join(scratch, "cache");
const cold = await run(content, cache, join(scratch, "data-cold"));
const cached = await run(content, cache, join(scratch, "data-cached"));
const result = { pages: pdfs, measuredAt: new Date().toISOString().slice(0, 10), cold, cached };
writeFileSync("bench/pdf.json", `${JSON.stringify(result, null, 1)}\n`);
console.log(
  `${pdfs} PDF pages: cold ${cold.seconds} s (${cold.msPerPage} ms a page, ${cold.parsed} parsed), cached ${cached.seconds} s (${cached.msPerPage} ms a page, ${cached.cached} from cache); peak ${Math.max(cold.peakRssMB, cached.peakRssMB)} MB`,
);
rmSync(scratch, { recursive: true, force: true });
