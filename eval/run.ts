#!/usr/bin/env node
/**
 * `npm run eval`: the segmenter against gold, per paper and per split, with the shared scorer.
 *
 *   seeds        content/ against ../shared/gold
 *   development  eval/corpus papers the line model is fitted on
 *   held-out     eval/corpus papers never fitted on nor looked at while building (eval/generator/papers.ts)
 *
 * Each split is ingested as an editor would add it (one folder per paper, publications.json filled in),
 * exported as the site exports it, and scored by ../shared/tools/score-segmentation.mjs.
 *   node eval/run.ts [--json]
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { ingestFolder } from "../ingest/ingest.ts";
import { writeExport } from "../scripts/export-data.ts";
import { corpusPages, type CorpusPage } from "../scripts/fit-line-model.ts";
import { HELD_OUT } from "./generator/papers.ts";

const ROOT = join(import.meta.dirname, "..");
const SCORER = join(ROOT, "../shared/tools/score-segmentation.mjs");
const SHARED_GOLD = join(ROOT, "../shared/gold");

interface Summary {
  articles: string;
  f1: number;
  precision: number;
  recall: number;
  titles: string;
  kickersSubtitles: string;
  authors: string;
  districts: string;
  furniture: string;
  reflow: string;
}

/** The scorer's report on an export against a gold folder: as JSON, or as it prints it. */
const runScorer = (data: string, gold: string, json: boolean) =>
  execFileSync(process.execPath, [SCORER, "--data", data, "--gold", gold, ...(json ? ["--json"] : [])], {
    encoding: "utf8",
  });

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

/** A content folder holding the split's papers as an editor would lay them out, and one gold folder. */
function stage(pages: CorpusPage[]): { content: string; gold: string; goldOf: Map<string, string> } {
  const content = mkdtempSync(join(tmpdir(), "lubao-eval-content-"));
  const gold = mkdtempSync(join(tmpdir(), "lubao-eval-gold-"));
  const goldOf = new Map<string, string>();
  const names = JSON.parse(readFileSync(join(ROOT, "eval/corpus/publications.json"), "utf8")) as { id: string }[];
  const papers = new Set(pages.map((p) => p.paper));
  writeFileSync(join(content, "publications.json"), JSON.stringify(names.filter((n) => papers.has(n.id))));
  for (const p of pages) {
    mkdirSync(join(content, p.paper), { recursive: true });
    copyFileSync(join(ROOT, p.file), join(content, p.paper, basename(p.file)));
    const g = join(ROOT, p.file.replace(/\.txt$/u, ".gold.json"));
    const paperGold = goldOf.get(p.paper) ?? mkdtempSync(join(tmpdir(), `lubao-eval-gold-${p.paper}-`));
    goldOf.set(p.paper, paperGold);
    copyFileSync(g, join(paperGold, basename(g).replace(/\.gold\.json$/u, ".json")));
    copyFileSync(g, join(gold, `${p.paper}--${basename(g).replace(/\.gold\.json$/u, ".json")}`));
  }
  return { content, gold, goldOf };
}

const pct = (s: string) => {
  const [a, b] = s.split("/").map(Number);
  return b ? `${s} (${Math.round((100 * a!) / b)}%)` : s;
};

function row(name: string, s: Summary): string {
  return `| ${name} | ${s.articles} | ${s.f1} | ${pct(s.titles)} | ${s.kickersSubtitles} | ${s.authors} | ${pct(s.furniture)} | ${s.reflow} |`;
}

/**
 * One development paper's full scorer report, story by story (held-out papers are refused: their failures
 * stay unread).
 */
function detail(paper: string) {
  if (HELD_OUT.has(paper)) throw new Error(`${paper} is held out: its failures are not read while the parser is built`);
  const pages = corpusPages().filter((p) => p.paper === paper);
  const { content, goldOf } = stage(pages);
  const data = exportOf(content);
  console.log(runScorer(data, goldOf.get(paper)!, false));
}

export interface SplitReport {
  total: Summary;
  papers: Record<string, Summary>;
}

/** Score every split: seeds (when ../shared is there), development and held-out; with the printed tables. */
export function evaluate(): {
  report: { seeds?: Summary; development?: SplitReport; "held-out"?: SplitReport };
  lines: string[];
} {
  const report: { seeds?: Summary; development?: SplitReport; "held-out"?: SplitReport } = {};
  const lines: string[] = [];
  const head = [
    "| paper | articles | F1 | titles | kickers/subtitles | authors | furniture kept out | reflow |",
    "| --- | --- | --- | --- | --- | --- | --- | --- |",
  ];

  // seeds: the archive's own content against the shared gold
  if (existsSync(SCORER) && existsSync(SHARED_GOLD)) {
    const data = exportOf(join(ROOT, "content"));
    const s = score(data, SHARED_GOLD);
    report.seeds = s.summary;
    lines.push("## seeds (content/ against ../shared/gold)", "", ...head, row("seeds", s.summary), "", s.line, "");
    rmSync(data, { recursive: true, force: true });
  }

  const all = corpusPages();
  for (const [split, pages] of [
    ["development", all.filter((p) => !HELD_OUT.has(p.paper))],
    ["held-out", all.filter((p) => HELD_OUT.has(p.paper))],
  ] as const) {
    const { content, gold, goldOf } = stage(pages);
    const data = exportOf(content);
    const rows: string[] = [];
    const perPaper: Record<string, Summary> = {};
    for (const [paper, g] of [...goldOf].sort()) {
      const s = summaryOf(data, g);
      perPaper[paper] = s;
      rows.push(row(paper, s));
    }
    const total = score(data, gold);
    report[split] = { total: total.summary, papers: perPaper };
    lines.push(
      `## ${split} (${new Set(pages.map((p) => p.paper)).size} papers, ${pages.length} pages)`,
      "",
      ...head,
      ...rows,
      row(`**${split}**`, total.summary),
      "",
      total.line,
      "",
    );
    for (const d of [content, gold, data, ...goldOf.values()]) rmSync(d, { recursive: true, force: true });
  }
  return { report, lines };
}

if (import.meta.filename === process.argv[1]) {
  const paperArg = process.argv.indexOf("--paper");
  if (paperArg >= 0) detail(process.argv[paperArg + 1]!);
  else {
    const { report, lines } = evaluate();
    console.log(process.argv.includes("--json") ? JSON.stringify(report, null, 2) : lines.join("\n"));
  }
}
