#!/usr/bin/env node
/**
 * The PDF splits of `npm run eval` (eval/run.ts runs them after the text sets):
 *   real pages    real e-paper PDF pages (../shared/corpus, gold in eval/pdf/gold: the measure, never fitted
 *                 on), page by page, beside the same pages' `pdftotext` text read by the text path
 *   pressed pages our press's pages (eval/press/out, `npm run press`), development and held-out papers apart
 *
 * Each split is ingested as an editor would add it (one folder per paper, publications.json filled in),
 * exported as the site exports it, and scored by ../shared/tools/score-segmentation.mjs.
 *   node eval/pdf/run.ts [--json]          the PDF splits
 *   node eval/pdf/run.ts --real [pdf|txt]  the real PDF pages' story-by-story report
 *   node eval/pdf/run.ts --pressed PAPER   a pressed development paper's PDF pages, story by story
 */
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
import { ingestFolder } from "../../ingest/ingest.ts";
import { writeExport } from "../../scripts/export-data.ts";
import { isHeldOut } from "../held-out.ts";
import { type EvalPage, pressedPages, realPages } from "./pages.ts";
import { PRESS_HELD_OUT } from "../press/papers.ts";
import { HEAD, row, runScorer, type Summary } from "../scorer.ts";

const ROOT = join(import.meta.dirname, "../..");

/** Ingest a folder and write its export, as the site would publish it. */
function exportOf(content: string): string {
  const out = mkdtempSync(join(tmpdir(), "lubao-eval-data-"));
  writeExport(out, ingestFolder(content));
  return out;
}

/**
 * Pages grouped so that no two print the same stories: a pressed page's pass (`-s2-` in its name: the press
 * sets a paper's stories again in another style) is scored apart from the others.
 */
function byPass(pages: EvalPage[]): EvalPage[][] {
  const groups = new Map<string, EvalPage[]>();
  for (const p of pages) {
    const pass = /-s(\d+)-p\d+\.(?:pdf|txt)$/u.exec(basename(p.file))?.[1] ?? "";
    groups.set(pass, [...(groups.get(pass) ?? []), p]);
  }
  return [...groups].sort().map(([, g]) => g);
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

/** The real PDF pages' full scorer report, story by story (as PDFs, or as their text with `txt`). */
function detailPdf(as: "pdf" | "txt") {
  const { content, gold } = stageFiles(realPages(as), pdfPapers());
  console.log(runScorer(exportOf(content), gold, false));
}

/** A pressed development paper's PDF pages, story by story (held-out papers are refused). */
function detailPressed(paper: string) {
  if (isHeldOut(paper)) throw new Error(`${paper} is held out: its failures are not read while the parser is built`);
  for (const group of byPass(pressedPages().filter((p) => p.paper === paper))) {
    const { content, gold } = stageFiles(group, pdfPapers());
    console.log(runScorer(exportOf(content), gold, false));
  }
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

/** What a page's scorer result counts, summed over pages with the scorer's own formulas. */
interface Tally {
  found: number;
  gold: number;
  wrong: number;
  titles: [number, number];
  kicks: [number, number];
  authors: number;
  furniture: [number, number];
  reflow: [number, number];
}

const NO_TALLY: Tally = {
  found: 0,
  gold: 0,
  wrong: 0,
  titles: [0, 0],
  kicks: [0, 0],
  authors: 0,
  furniture: [0, 0],
  reflow: [0, 0],
};

function tallyOf(r: PageResult, furniture: number): Tally {
  const found = r.rows.filter((x) => x.found);
  const scored = (k: "titleOk" | "kickerOk" | "subtitleOk") => found.filter((x) => x[k] !== null && x[k] !== undefined);
  const kicks = [...scored("kickerOk").map((x) => x.kickerOk), ...scored("subtitleOk").map((x) => x.subtitleOk)];
  return {
    found: found.length,
    gold: r.gold,
    // a predicted story that is no gold story, and a gold story split or merged, count against precision
    wrong: r.falsePositives.length + r.rows.filter((x) => !x.found && x.why !== "missing").length,
    titles: [scored("titleOk").filter((x) => x.titleOk).length, scored("titleOk").length],
    kicks: [kicks.filter(Boolean).length, kicks.length],
    authors: found.filter((x) => x.authorsOk).length,
    furniture: [furniture - r.furnitureLeaks.length, furniture],
    reflow: [r.reflow.filter((x) => x.ok).length, r.reflow.length],
  };
}

const pair = (a: [number, number], b: [number, number]): [number, number] => [a[0] + b[0], a[1] + b[1]];
const add = (a: Tally, b: Tally): Tally => ({
  found: a.found + b.found,
  gold: a.gold + b.gold,
  wrong: a.wrong + b.wrong,
  titles: pair(a.titles, b.titles),
  kicks: pair(a.kicks, b.kicks),
  authors: a.authors + b.authors,
  furniture: pair(a.furniture, b.furniture),
  reflow: pair(a.reflow, b.reflow),
});

/** A tally as the scorer summarises it (segmentation F1: split and merged stories count as wrong). */
function summaryOfTally(t: Tally): Summary {
  const recall = t.found / Math.max(1, t.gold);
  const precision = t.found / Math.max(1, t.found + t.wrong);
  const f1 = recall + precision ? (2 * recall * precision) / (recall + precision) : 0;
  const frac = ([a, b]: [number, number]) => `${a}/${b}`;
  return {
    articles: `${t.found}/${t.gold}`,
    f1: Number(f1.toFixed(3)),
    precision: Number(precision.toFixed(3)),
    recall: Number(recall.toFixed(3)),
    titles: frac(t.titles),
    kickersSubtitles: frac(t.kicks),
    authors: `${t.authors}/${t.found}`,
    districts: "-",
    furniture: frac(t.furniture),
    reflow: frac(t.reflow),
  };
}

/** The scorer's last line, made from a summary. */
const scorerLine = (s: Summary) =>
  `segmentation F1 ${s.f1} (P ${s.precision} R ${s.recall}) · articles ${s.articles} · titles ${s.titles} · kickers/subtitles ${s.kickersSubtitles} · authors ${s.authors} · furniture kept out ${s.furniture} · reflow ${s.reflow}`;

/**
 * Score a split: its pages ingested as an editor adds them and scored with the shared scorer, group by group
 * (pages that print the same stories — pressed passes — are scored apart, or the scorer could match a gold
 * page to another page printing its stories), then summed per paper, per page (when asked) and in total.
 */
function scoreSplit(
  title: string,
  groups: EvalPage[][],
  names: { id: string }[],
  perPage: boolean,
): { report: SplitReport; lines: string[] } {
  const byPaper = new Map<string, Tally>();
  const byPage = new Map<string, Tally>();
  let total = NO_TALLY;
  for (const group of groups.filter((g) => g.length > 0)) {
    const { content, gold, goldOf } = stageFiles(group, names);
    const data = exportOf(content);
    // the scorer reads the gold files in name order and reports them so (staged as <paper>--<page>.json)
    const golds = readdirSync(gold)
      .filter((f) => f.endsWith(".json"))
      .sort()
      .map((f) => {
        const g = JSON.parse(readFileSync(join(gold, f), "utf8")) as { furniture: string[] };
        return { name: f.replace(/\.json$/u, ""), furniture: g.furniture.length };
      });
    const json = JSON.parse(runScorer(data, gold, true)) as { results: PageResult[] };
    for (const [k, r] of json.results.entries()) {
      const g = golds[k]!;
      const t = tallyOf(r, g.furniture);
      const paper = g.name.split("--")[0]!;
      byPaper.set(paper, add(byPaper.get(paper) ?? NO_TALLY, t));
      byPage.set(g.name, t);
      total = add(total, t);
    }
    for (const d of [content, gold, data, ...goldOf.values()]) rmSync(d, { recursive: true, force: true });
  }
  const papers = Object.fromEntries([...byPaper].sort().map(([p, t]) => [p, summaryOfTally(t)]));
  const pages = Object.fromEntries([...byPage].sort().map(([p, t]) => [p, summaryOfTally(t)]));
  const sum = summaryOfTally(total);
  const rows = [
    ...Object.entries(papers).map(([p, s]) => row(p, s)),
    ...(perPage ? Object.entries(pages).map(([p, s]) => row(p, s)) : []),
  ];
  return {
    report: { total: sum, papers, ...(perPage ? { pages } : {}) },
    lines: [`## ${title}`, "", ...HEAD, ...rows, row("**total**", sum), "", scorerLine(sum), ""],
  };
}

/** The names of the papers the PDF splits hold: the real pages' and the pressed pages' (written by the press). */
function pdfPapers(): { id: string }[] {
  const press = join(ROOT, "eval/press/out/publications.json");
  return [
    ...(JSON.parse(readFileSync(join(ROOT, "eval/pdf/publications.json"), "utf8")) as { id: string }[]),
    ...(existsSync(press) ? (JSON.parse(readFileSync(press, "utf8")) as { id: string }[]) : []),
  ];
}

export type PdfReport = {
  "pdf real"?: SplitReport;
  "pdf real as text"?: SplitReport;
  "pdf pressed development"?: SplitReport;
  "pdf pressed held-out"?: SplitReport;
  "pdf pressed development as text"?: SplitReport;
  "pdf pressed held-out as text"?: SplitReport;
};

/** The PDF splits: real pages (PDF, and their pdftotext text by the text path) and pressed pages. */
export function evaluatePdf(): { report: PdfReport; lines: string[] } {
  const report: PdfReport = {};
  const lines: string[] = [];
  const names = pdfPapers();
  const real = realPages("pdf");
  if (real.length === 0) lines.push("## PDF pages: none (../shared/corpus is missing)", "");
  else {
    const pdf = scoreSplit(`PDF pages: real (${real.length} pages, the measure)`, [real], names, true);
    report["pdf real"] = pdf.report;
    const txt = scoreSplit(
      "the same real pages as pdftotext text, read by the text path",
      [realPages("txt")],
      names,
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
      byPass(pages),
      names,
      false,
    );
    report[`pdf pressed ${split}`] = r.report;
    lines.push(...r.lines);
    // (their pdftotext text by the text path: pdftotext's own order, heads set side by side printed in a row,
    // a story's column printed past another's)
    const texts = pressedPages(undefined, "txt").filter((p) => pages.some((q) => q.gold === p.gold));
    if (texts.length === 0) continue;
    const t = scoreSplit(
      `the same pressed pages as pdftotext text, read by the text path`,
      byPass(texts),
      names,
      false,
    );
    report[`pdf pressed ${split} as text`] = t.report;
    lines.push(...t.lines);
  }
  return { report, lines };
}

if (import.meta.filename === process.argv[1]) {
  const realArg = process.argv.indexOf("--real");
  if (realArg >= 0) detailPdf(process.argv[realArg + 1] === "txt" ? "txt" : "pdf");
  else if (process.argv.includes("--pressed")) detailPressed(process.argv[process.argv.indexOf("--pressed") + 1]!);
  else {
    const { report, lines } = evaluatePdf();
    console.log(process.argv.includes("--json") ? JSON.stringify(report, null, 2) : lines.join("\n"));
  }
}
