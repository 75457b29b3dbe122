/**
 * What the eval's runners share: the shared scorer (../shared/tools/score-segmentation.mjs), its summary, and
 * the table a split is printed as.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";

export const SCORER = join(import.meta.dirname, "../../shared/tools/score-segmentation.mjs");

export interface Summary {
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
export const runScorer = (data: string, gold: string, json: boolean) =>
  execFileSync(process.execPath, [SCORER, "--data", data, "--gold", gold, ...(json ? ["--json"] : [])], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });

const pct = (s: string) => {
  const [a, b] = s.split("/").map(Number);
  return b ? `${s} (${Math.round((100 * a!) / b)}%)` : s;
};

/** A paper's (or a total's) row of a split's table. */
export function row(name: string, s: Summary): string {
  return `| ${name} | ${s.articles} | ${s.f1} | ${pct(s.titles)} | ${s.kickersSubtitles} | ${s.authors} | ${pct(s.furniture)} | ${s.reflow} |`;
}

export const HEAD = [
  "| paper | articles | F1 | titles | kickers/subtitles | authors | furniture kept out | reflow |",
  "| --- | --- | --- | --- | --- | --- | --- | --- |",
];
