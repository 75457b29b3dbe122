#!/usr/bin/env node
/**
 * `npm run eval`: the segmenter against gold, per paper and per split, with the shared scorer.
 *
 *   seeds        content/ against ../shared/gold
 *   development  eval/corpus papers the line model is fitted on
 *   held-out     eval/corpus papers never fitted on nor looked at while building (eval/generator/papers.ts)
 *   PDF pages    real e-paper PDF pages (../shared/corpus, gold in eval/pdf/gold: the measure, never fitted
 *                on), page by page, beside the same pages' `pdftotext` text read by the text path; and
 *                pressed pages (eval/press/out, `npm run press`), development and held-out papers apart
 *
 * Each split is ingested as an editor would add it (one folder per paper, publications.json filled in),
 * exported as the site exports it, and scored by ../shared/tools/score-segmentation.mjs.
 *   node eval/run.ts [--json] [--pdf|--text]  every split (--pdf: the PDF splits only; --text: none of them)
 *   node eval/run.ts --paper ID           a development paper's story-by-story report
 *   node eval/run.ts --real [pdf|txt]     the real PDF pages' story-by-story report
 */
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { ingestFolder } from "../ingest/ingest.ts";
import { writeExport } from "../scripts/export-data.ts";
import { corpusPages, type CorpusPage } from "../scripts/fit-line-model.ts";
import { isHeldOut } from "./held-out.ts";
import { type EvalPage, pressedPages, realPages } from "./pdf/pages.ts";
import { PRESS_HELD_OUT } from "./press/papers.ts";

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
  // the corpus's papers, and the pressed pages' (eval/corpus/pressed/publications.json)
  const names = ["eval/corpus/publications.json", "eval/corpus/pressed/publications.json"]
    .filter((f) => existsSync(join(ROOT, f)))
    .flatMap((f) => JSON.parse(readFileSync(join(ROOT, f), "utf8")) as { id: string }[]);
  return stageFiles(
    pages.map((p) => ({
      paper: p.paper,
      file: join(ROOT, p.file),
      gold: join(ROOT, p.file.replace(/\.txt$/u, ".gold.json")),
    })),
    names,
  );
}

/** Pages (text or PDF) staged as an editor adds them: content/<paper>/<page>, publications.json, gold apart. */
function stageFiles(
  pages: EvalPage[],
  names: { id: string }[],
): { content: string; gold: string; goldOf: Map<string, string> } {
  const content = mkdtempSync(join(tmpdir(), "lubao-eval-content-"));
  const gold = mkdtempSync(join(tmpdir(), "lubao-eval-gold-"));
  const goldOf = new Map<string, string>();
  const papers = new Set(pages.map((p) => p.paper));
  writeFileSync(join(content, "publications.json"), JSON.stringify(names.filter((n) => papers.has(n.id))));
  for (const p of pages) {
    mkdirSync(join(content, p.paper), { recursive: true });
    copyFileSync(p.file, join(content, p.paper, basename(p.file)));
    const paperGold = goldOf.get(p.paper) ?? mkdtempSync(join(tmpdir(), `lubao-eval-gold-${p.paper}-`));
    goldOf.set(p.paper, paperGold);
    const name = basename(p.gold).replace(/\.gold\.json$/u, ".json");
    copyFileSync(p.gold, join(paperGold, name));
    copyFileSync(p.gold, join(gold, `${p.paper}--${name}`));
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
  if (isHeldOut(paper)) throw new Error(`${paper} is held out: its failures are not read while the parser is built`);
  const pages = corpusPages().filter((p) => p.paper === paper);
  const { content, goldOf } = stage(pages);
  const data = exportOf(content);
  console.log(runScorer(data, goldOf.get(paper)!, false));
}

/** The real PDF pages' full scorer report, story by story (as PDFs, or as their text with `txt`). */
function detailPdf(as: "pdf" | "txt") {
  const { content, gold } = stageFiles(realPages(as), pdfPapers());
  console.log(runScorer(exportOf(content), gold, false));
}

export interface SplitReport {
  total: Summary;
  papers: Record<string, Summary>;
  /** Per page, for the PDF splits (real pages are few and each is looked at). */
  pages?: Record<string, Summary>;
}

/** What the scorer's JSON says of one gold page. */
interface PageResult {
  file: string;
  gold: number;
  rows: {
    found: boolean;
    why: string;
    titleOk?: boolean | null;
    kickerOk?: boolean | null;
    subtitleOk?: boolean | null;
    authorsOk?: boolean;
  }[];
  falsePositives: string[];
  furnitureLeaks: string[];
  reflow: { ok: boolean }[];
}

/** One page's summary, with the scorer's own formulas (segmentation F1 counts split and merged stories as wrong). */
function pageSummary(r: PageResult, furniture: number): Summary {
  const found = r.rows.filter((x) => x.found);
  const partial = r.rows.filter((x) => !x.found && x.why !== "missing").length;
  const recall = found.length / Math.max(1, r.gold);
  const precision = found.length / Math.max(1, found.length + r.falsePositives.length + partial);
  const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
  const count = (k: "titleOk" | "kickerOk" | "subtitleOk") => found.filter((x) => x[k] !== null && x[k] !== undefined);
  const kick = [...count("kickerOk"), ...count("subtitleOk")];
  return {
    articles: `${found.length}/${r.gold}`,
    f1: Number(f1.toFixed(3)),
    precision: Number(precision.toFixed(3)),
    recall: Number(recall.toFixed(3)),
    titles: `${count("titleOk").filter((x) => x.titleOk).length}/${count("titleOk").length}`,
    kickersSubtitles: `${kick.filter((x) => x.kickerOk ?? x.subtitleOk).length}/${kick.length}`,
    authors: `${found.filter((x) => x.authorsOk).length}/${found.length}`,
    districts: "-",
    furniture: `${furniture - r.furnitureLeaks.length}/${furniture}`,
    reflow: `${r.reflow.filter((x) => x.ok).length}/${r.reflow.length}`,
  };
}

/** Score a staged split: per paper, per page (when asked) and in total, with the printed table. */
function scoreSplit(
  title: string,
  staged: { content: string; gold: string; goldOf: Map<string, string> },
  perPage: boolean,
): { report: SplitReport; lines: string[] } {
  const { content, gold, goldOf } = staged;
  const data = exportOf(content);
  const rows: string[] = [];
  const papers: Record<string, Summary> = {};
  for (const [paper, g] of [...goldOf].sort()) {
    const s = summaryOf(data, g);
    papers[paper] = s;
    rows.push(row(paper, s));
  }
  const pages: Record<string, Summary> = {};
  if (perPage) {
    // gold files by the page they annotate (`file`), named as staged (<paper>--<page>)
    const golds = new Map(
      readdirSync(gold)
        .sort()
        .map((f) => {
          const g = JSON.parse(readFileSync(join(gold, f), "utf8")) as { file: string; furniture: string[] };
          return [g.file, { name: f.replace(/\.json$/u, ""), furniture: g.furniture.length }] as const;
        }),
    );
    const json = JSON.parse(runScorer(data, gold, true)) as { results: PageResult[] };
    for (const r of json.results) {
      const g = golds.get(r.file)!;
      pages[g.name] = pageSummary(r, g.furniture);
    }
    for (const name of Object.keys(pages).sort()) rows.push(row(name, pages[name]!));
  }
  const total = score(data, gold);
  for (const d of [content, gold, data, ...goldOf.values()]) rmSync(d, { recursive: true, force: true });
  return {
    report: { total: total.summary, papers, ...(perPage ? { pages } : {}) },
    lines: [`## ${title}`, "", ...HEAD, ...rows, row(`**total**`, total.summary), "", total.line, ""],
  };
}

const HEAD = [
  "| paper | articles | F1 | titles | kickers/subtitles | authors | furniture kept out | reflow |",
  "| --- | --- | --- | --- | --- | --- | --- | --- |",
];

/** The names of the papers the PDF splits hold: the real pages' and the pressed pages' (written by the press). */
function pdfPapers(): { id: string }[] {
  const press = join(ROOT, "eval/press/out/publications.json");
  return [
    ...(JSON.parse(readFileSync(join(ROOT, "eval/pdf/publications.json"), "utf8")) as { id: string }[]),
    ...(existsSync(press) ? (JSON.parse(readFileSync(press, "utf8")) as { id: string }[]) : []),
  ];
}

type Report = {
  seeds?: Summary;
  development?: SplitReport;
  "held-out"?: SplitReport;
  "pressed pages as pdftotext text, development"?: SplitReport;
  "pressed pages as pdftotext text, held-out"?: SplitReport;
  "pdf real"?: SplitReport;
  "pdf real as text"?: SplitReport;
  "pdf pressed development"?: SplitReport;
  "pdf pressed held-out"?: SplitReport;
};

/** The PDF splits: real pages (PDF, and their pdftotext text by the text path) and pressed pages. */
export function evaluatePdf(): { report: Report; lines: string[] } {
  const report: Report = {};
  const lines: string[] = [];
  const names = pdfPapers();
  const real = realPages("pdf");
  if (real.length === 0) lines.push("## PDF pages: none (../shared/corpus is missing)", "");
  else {
    const pdf = scoreSplit(`PDF pages: real (${real.length} pages, the measure)`, stageFiles(real, names), true);
    report["pdf real"] = pdf.report;
    const txt = scoreSplit(
      "the same real pages as pdftotext text, read by the text path",
      stageFiles(realPages("txt"), names),
      true,
    );
    report["pdf real as text"] = txt.report;
    lines.push(...pdf.lines, ...txt.lines);
  }
  const pressed = pressedPages();
  if (pressed.length === 0) lines.push("## PDF pages: pressed: none (run `npm run press`)", "");
  for (const [split, pages] of [
    ["development", pressed.filter((p) => !PRESS_HELD_OUT.has(p.paper))],
    ["held-out", pressed.filter((p) => PRESS_HELD_OUT.has(p.paper))],
  ] as const) {
    if (pages.length === 0) continue;
    const r = scoreSplit(
      `PDF pages: pressed, ${split} (${new Set(pages.map((p) => p.paper)).size} papers, ${pages.length} pages)`,
      stageFiles(pages, names),
      false,
    );
    report[`pdf pressed ${split}`] = r.report;
    lines.push(...r.lines);
  }
  return { report, lines };
}

/** Score every split: seeds (when ../shared is there), development and held-out; with the printed tables. */
export function evaluate(textOnly = false): { report: Report; lines: string[] } {
  const report: Report = {};
  const lines: string[] = [];

  // seeds: the archive's own content against the shared gold
  if (existsSync(SCORER) && existsSync(SHARED_GOLD)) {
    const data = exportOf(join(ROOT, "content"));
    const s = score(data, SHARED_GOLD);
    report.seeds = s.summary;
    lines.push("## seeds (content/ against ../shared/gold)", "", ...HEAD, row("seeds", s.summary), "", s.line, "");
    rmSync(data, { recursive: true, force: true });
  }

  // the pressed pages' pdftotext text (eval/corpus/pressed) is reported apart from the rest of the corpus
  const all = corpusPages();
  const pressed = (p: CorpusPage) => p.file.startsWith("eval/corpus/pressed/");
  for (const [split, pages] of [
    ["development", all.filter((p) => !pressed(p) && !isHeldOut(p.paper))],
    ["held-out", all.filter((p) => !pressed(p) && isHeldOut(p.paper))],
    ["pressed pages as pdftotext text, development", all.filter((p) => pressed(p) && !isHeldOut(p.paper))],
    ["pressed pages as pdftotext text, held-out", all.filter((p) => pressed(p) && isHeldOut(p.paper))],
  ] as const) {
    if (pages.length === 0) continue;
    const r = scoreSplit(
      `${split} (${new Set(pages.map((p) => p.paper)).size} papers, ${pages.length} pages)`,
      stage(pages),
      false,
    );
    report[split] = r.report;
    lines.push(...r.lines);
  }
  if (textOnly) return { report, lines };
  const pdf = evaluatePdf();
  return { report: { ...report, ...pdf.report }, lines: [...lines, ...pdf.lines] };
}

if (import.meta.filename === process.argv[1]) {
  const paperArg = process.argv.indexOf("--paper");
  const realArg = process.argv.indexOf("--real");
  if (paperArg >= 0) detail(process.argv[paperArg + 1]!);
  else if (realArg >= 0) detailPdf(process.argv[realArg + 1] === "txt" ? "txt" : "pdf");
  else {
    const { report, lines } = process.argv.includes("--pdf")
      ? evaluatePdf()
      : evaluate(process.argv.includes("--text"));
    console.log(process.argv.includes("--json") ? JSON.stringify(report, null, 2) : lines.join("\n"));
  }
}
