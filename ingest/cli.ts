#!/usr/bin/env node
/**
 * The ingest's command line.
 *   node ingest/cli.ts              parse the content folder into the data folder (archive/settings.ts)
 *   node ingest/cli.ts --check DIR  check a folder of raw pages (or one page) without writing
 *                                           (--json for a report)
 *   node ingest/cli.ts --explain F  print why each line of one page was read the way it was
 */
import { statSync } from "node:fs";
import { resolve } from "node:path";
import type { FileReport } from "./merge.ts";
import { ingestFolderParallel } from "./parallel.ts";
import { startDataStaging, writeArchive } from "./write.ts";
import { rmSync } from "node:fs";
import { settingsFrom, type Settings } from "../archive/settings.ts";
import type { ParseCache } from "./cache.ts";
import { pack } from "./pack.ts";
import { readMoved } from "./moved.ts";
import { progress } from "./progress.ts";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function printReports(reports: FileReport[]) {
  for (const r of reports) {
    for (const p of r.problems)
      console.error(
        `${p.severity === "error" ? "error" : "warning"}: ${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`,
      );
  }
}

/** Why each line of a page was read as it was, as the ingest reads it (see explain.ts). */
async function explainCommand(file: string): Promise<number> {
  const { explainPage } = await import("./explain.ts");
  const { ok, text } = explainPage(file);
  for (const line of text) (ok ? console.log : console.error)(line);
  return ok ? 0 : 1;
}

async function main(settings: Settings): Promise<number> {
  const explain = value("--explain");
  if (explain) return explainCommand(explain);
  const check = value("--check");
  const target = check ?? settings.contentDir;
  // a check reads and reports; it leaves no trace, not even in the parse cache
  const cache: ParseCache = {
    dir: settings.cache.parse,
    use: check && settings.cache.parses === "read-write" ? "read-only" : settings.cache.parses,
  };
  // one page may be checked on its own, read as the build reads it: within its folder
  const onePage =
    check !== undefined &&
    /\.(?:txt|pdf)$/iu.test(check) &&
    statSync(check, { throwIfNoEntry: false })?.isFile() === true;
  const dir = onePage ? (await import("./explain.ts")).contentDirOf(check) : target;
  const started = performance.now();
  // a run writes each page's record as it is read, into a folder swapped in only when all is written
  const staging = check ? null : startDataStaging(settings.dataDir);
  try {
    return await ingest({ check, onePage, dir, staging, started, cache, data: settings.dataDir });
  } finally {
    if (staging) rmSync(staging, { recursive: true, force: true });
  }
}

async function ingest({
  check,
  onePage,
  dir,
  staging,
  started,
  cache,
  data,
}: {
  check: string | undefined;
  onePage: boolean;
  dir: string;
  staging: string | null;
  started: number;
  cache: ParseCache;
  data: string;
}): Promise<number> {
  const archive = onePage
    ? pack((await import("./ingest.ts")).ingestFolder(dir, { only: [resolve(check!)], cache }), () => {})
    : await ingestFolderParallel(dir, { onFile: progress("ingest"), staging, cache });
  // the folder's moved addresses are checked with its pages (a check of one page leaves them aside)
  const moved = onePage ? { moved: {}, report: null } : readMoved(dir);
  if (moved.report) archive.reports.push(moved.report);
  const failed = archive.reports.filter((r) => !r.ok);
  if (check) {
    if (flag("--json"))
      console.log(
        JSON.stringify(
          archive.reports.map((r) => ({
            file: r.file,
            ok: r.ok,
            encoding: r.encoding,
            articles: r.articles,
            problems: r.problems.map((p) => ({ line: p.line, message: p.message, severity: p.severity })),
          })),
          null,
          2,
        ),
      );
    else {
      printReports(archive.reports);
      console.log(
        `${archive.reports.length} files checked: ${archive.reports.length - failed.length} ok, ${failed.length} not ok, ${archive.counts.articles} articles`,
      );
    }
    return failed.length ? 1 : 0;
  }
  printReports(archive.reports);
  if (failed.length) {
    console.error(
      `ingest: ${failed.length} file(s) cannot be used; nothing was written. Fix them or move them out of ${dir}.`,
    );
    return 1;
  }
  writeArchive(archive, data, staging!, moved.moved);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `ingest: ${archive.counts.pages} pages, ${archive.counts.articles} articles, ${archive.issues.length} issues from ${dir} → ${data} in ${seconds.toFixed(2)} s (${archive.stats.parsed} parsed, ${archive.stats.cached} from cache)`,
  );
  return 0;
}

process.exitCode = await main(settingsFrom());
