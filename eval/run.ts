#!/usr/bin/env node
/**
 * `npm run eval`: the segmenter against gold, per paper, per set and per split, with the shared scorer.
 *
 *   seeds        content/ against ../shared/gold
 *   sets         eval/corpus/: pages laid out from invented stories, pages laid out from real stories, real
 *                PDF pages as pdftotext prints them (read from ../shared/corpus) and as OCR reads them
 *   splits       development (fitted on, looked at) and held-out (never fitted on nor looked at while
 *                building: eval/splits.ts), split by paper
 *
 * Each set's split is ingested as an editor would add it (one folder per paper, publications.json filled in
 * with the papers' names and hints), exported as the site exports it, and scored by
 * ../shared/tools/score-segmentation.mjs.
 * Then the PDF splits (eval/pdf/run.ts: real e-paper PDF pages and pressed pages), unless a set, a split or
 * --text is asked for.
 *   node eval/run.ts [--json] [--text] [--set SET] [--split development|held-out]
 *   node eval/run.ts --paper ID [--set SET]     a development paper's story-by-story report
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { ingestFolder } from "../ingest/ingest.ts";
import { writeExport } from "../scripts/export-data.ts";
import {
  type CorpusPage,
  type CorpusSet,
  corpusPages,
  goldFileOf,
  heldOut,
  publicationsOf,
  SETS,
  textFileOf,
} from "./corpus.ts";
import { evaluatePdf } from "./pdf/run.ts";
import { HEAD, row, runScorer, SCORER, type Summary } from "./scorer.ts";

export type { Summary };

const ROOT = join(import.meta.dirname, "..");
const SHARED_GOLD = join(ROOT, "../shared/gold");

/** The scorer's summary numbers. */
const summaryOf = (data: string, gold: string) =>
  (JSON.parse(runScorer(data, gold, true)) as { summary: Summary }).summary;

/** The summary and the scorer's own last line, for a split's total. */
function score(data: string, gold: string): { summary: Summary; line: string } {
  return { summary: summaryOf(data, gold), line: runScorer(data, gold, false).trim().split("\n").at(-1)! };
}

/** Ingest a folder and write its export, as the site would publish it. */
function exportOf(content: string): string {
  const out = mkdtempSync(join(tmpdir(), "lubao-eval-data-"));
  writeExport(out, ingestFolder(content));
  return out;
}

/**
 * Ingest a folder and write one export per paper: the scorer finds a gold file's page by the stories it
 * prints, and pages laid out from a shared story pool print some stories on several papers' pages.
 */
export function exportsByPaper(content: string): Map<string, string> {
  const archive = ingestFolder(content);
  const out = new Map<string, string>();
  for (const pub of archive.publications) {
    const dir = mkdtempSync(join(tmpdir(), `lubao-eval-data-${pub.id}-`));
    const mine = <T extends { publication: string }>(xs: T[]) => xs.filter((x) => x.publication === pub.id);
    const issues = mine(archive.issues);
    const ids = new Set(issues.map((i) => i.id));
    writeExport(dir, {
      publications: [pub],
      issues,
      pages: archive.pages.filter((p) => ids.has(p.issue)),
      articles: archive.articles.filter((a) => ids.has(a.issue)),
    });
    out.set(pub.id, dir);
  }
  return out;
}

/** One gold file's result as the scorer reports it (--json). */
interface FileResult {
  gold: number;
  predicted: number;
  rows: {
    found: boolean;
    why: string;
    titleOk?: boolean | null;
    kickerOk?: boolean | null;
    subtitleOk?: boolean | null;
    authorsOk?: boolean;
    districtOk?: boolean | null;
  }[];
  falsePositives: unknown[];
  furnitureLeaks: unknown[];
  reflow: { ok: boolean }[];
}

/** A split's summary from its papers' results, counted as the scorer counts one run over all of them. */
function totalOf(results: FileResult[], furnitureN: number): Summary {
  const found = results.flatMap((r) => r.rows.filter((x) => x.found));
  const gold = results.reduce((n, r) => n + r.gold, 0);
  const fp = results.reduce((n, r) => n + r.falsePositives.length, 0);
  const wrong = results.reduce((n, r) => n + r.rows.filter((x) => !x.found && x.why !== "missing").length, 0);
  const recall = found.length / Math.max(1, gold);
  const precision = found.length / Math.max(1, found.length + fp + wrong);
  const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
  const count = (k: "titleOk" | "kickerOk" | "subtitleOk" | "districtOk") => ({
    n: found.filter((x) => x[k] !== null && x[k] !== undefined).length,
    ok: found.filter((x) => x[k] === true).length,
  });
  const [t, k, sub, d] = [count("titleOk"), count("kickerOk"), count("subtitleOk"), count("districtOk")];
  const leaks = results.reduce((n, r) => n + r.furnitureLeaks.length, 0);
  const reflow = results.flatMap((r) => r.reflow);
  const round = (x: number) => Number(x.toFixed(3));
  return {
    articles: `${found.length}/${gold}`,
    f1: round(f1),
    precision: round(precision),
    recall: round(recall),
    titles: `${t.ok}/${t.n}`,
    kickersSubtitles: `${k.ok + sub.ok}/${k.n + sub.n}`,
    authors: `${found.filter((x) => x.authorsOk).length}/${found.length}`,
    districts: `${d.ok}/${d.n}`,
    furniture: `${furnitureN - leaks}/${furnitureN}`,
    reflow: `${reflow.filter((x) => x.ok).length}/${reflow.length}`,
  };
}

/** A content folder holding one set's papers as an editor would lay them out, and its gold folders. */
export function stage(
  set: CorpusSet,
  pages: CorpusPage[],
  rewrite?: (text: string) => string,
): { content: string; gold: string; goldOf: Map<string, string> } {
  const content = mkdtempSync(join(tmpdir(), "lubao-eval-content-"));
  const gold = mkdtempSync(join(tmpdir(), "lubao-eval-gold-"));
  const goldOf = new Map<string, string>();
  const papers = new Set(pages.map((p) => p.paper));
  writeFileSync(
    join(content, "publications.json"),
    JSON.stringify(publicationsOf(set).filter((n) => papers.has(n.id))),
  );
  for (const p of pages) {
    mkdirSync(join(content, p.paper), { recursive: true });
    const to = join(content, p.paper, basename(p.gold.file));
    if (rewrite) writeFileSync(to, rewrite(readFileSync(textFileOf(p), "utf8")));
    else copyFileSync(textFileOf(p), to);
    const g = goldFileOf(p);
    const name = basename(g).replace(/\.gold\.json$/u, ".json");
    const paperGold = goldOf.get(p.paper) ?? mkdtempSync(join(tmpdir(), `lubao-eval-gold-${p.paper}-`));
    goldOf.set(p.paper, paperGold);
    copyFileSync(g, join(paperGold, name));
    copyFileSync(g, join(gold, `${p.paper}--${name}`));
  }
  return { content, gold, goldOf };
}

/**
 * One development paper's full scorer report, story by story (held-out papers are refused: their failures
 * stay unread).
 */
function detail(paper: string, set: CorpusSet | undefined) {
  const pages = corpusPages().filter((p) => p.paper === paper && (!set || p.set === set));
  if (heldOut({ paper })) throw new Error(`${paper} is held out: its failures are not read while the parser is built`);
  if (!pages.length) throw new Error(`no development pages of ${paper}`);
  const sets = new Set(pages.map((p) => p.set as CorpusSet));
  for (const s of sets) {
    const { content, goldOf } = stage(
      s,
      pages.filter((p) => p.set === s),
    );
    const data = exportsByPaper(content).get(paper)!;
    console.log(`## ${paper} (${SETS[s].name})\n${runScorer(data, goldOf.get(paper)!, false)}`);
  }
}

export interface SplitReport {
  total: Summary;
  papers: Record<string, Summary>;
  pages: number;
}
export type Split = "development" | "held-out";
export type EvalReport = {
  seeds?: Summary;
} & Partial<Record<`${CorpusSet} ${Split}`, SplitReport>>;

/**
 * Score one set's split: a table with a row per paper (scored against its own pages), and the total; `rewrite`
 * changes each page's text as another export would write it (eval/variants.ts).
 */
export function scoreSplit(
  set: CorpusSet,
  split: Split,
  pages: CorpusPage[],
  rewrite?: (text: string) => string,
): { report: SplitReport; lines: string[] } {
  const { content, gold, goldOf } = stage(set, pages, rewrite);
  const data = exportsByPaper(content);
  const rows: string[] = [];
  const papers: Record<string, Summary> = {};
  const results: FileResult[] = [];
  let furnitureN = 0;
  for (const [paper, g] of [...goldOf].sort()) {
    const report = JSON.parse(runScorer(data.get(paper)!, g, true)) as { summary: Summary; results: FileResult[] };
    papers[paper] = report.summary;
    results.push(...report.results);
    furnitureN += Number(report.summary.furniture.split("/")[1]);
    rows.push(row(paper, report.summary));
  }
  const total = totalOf(results, furnitureN);
  for (const d of [content, gold, ...data.values(), ...goldOf.values()]) rmSync(d, { recursive: true, force: true });
  return {
    report: { total, papers, pages: pages.length },
    lines: [
      `## ${SETS[set].name}: ${split} (${goldOf.size} papers, ${pages.length} pages)`,
      "",
      ...HEAD,
      ...rows,
      row(`**${split}**`, total),
      "",
      `segmentation F1 ${total.f1} (P ${total.precision} R ${total.recall}) · articles ${total.articles} · titles ${total.titles} · kickers/subtitles ${total.kickersSubtitles} · authors ${total.authors} · furniture kept out ${total.furniture} · reflow ${total.reflow}`,
      "",
    ],
  };
}

/** Score every set and split (and the seeds when ../shared is there), with the printed tables. */
export function evaluate(
  only: readonly CorpusSet[] = Object.keys(SETS) as CorpusSet[],
  splits: readonly Split[] = ["development", "held-out"],
): {
  report: EvalReport;
  lines: string[];
} {
  const report: EvalReport = {};
  const lines: string[] = [];
  if (existsSync(SCORER) && existsSync(SHARED_GOLD)) {
    const data = exportOf(join(ROOT, "content"));
    const s = score(data, SHARED_GOLD);
    report.seeds = s.summary;
    lines.push("## seeds (content/ against ../shared/gold)", "", ...HEAD, row("seeds", s.summary), "", s.line, "");
    rmSync(data, { recursive: true, force: true });
  }
  const all = corpusPages();
  for (const set of only)
    for (const split of splits) {
      const pages = all.filter((p) => p.set === set && heldOut(p) === (split === "held-out"));
      if (!pages.length) continue;
      const s = scoreSplit(set, split, pages);
      report[`${set} ${split}`] = s.report;
      lines.push(...s.lines);
    }
  return { report, lines };
}

if (import.meta.filename === process.argv[1]) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const paper = arg("--paper");
  const set = arg("--set") as CorpusSet | undefined;
  if (paper) detail(paper, set);
  else {
    const split = arg("--split") as Split | undefined;
    const text = evaluate(set ? [set] : undefined, split ? [split] : undefined);
    const pdf = set || split || process.argv.includes("--text") ? null : evaluatePdf();
    const report = { ...text.report, ...pdf?.report };
    const lines = [...text.lines, ...(pdf?.lines ?? [])];
    console.log(process.argv.includes("--json") ? JSON.stringify(report, null, 2) : lines.join("\n"));
  }
}
