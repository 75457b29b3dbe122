/**
 * One run of the ingest, as the command line asks for it: a check (reads, reports, writes nothing) or a build into
 * the data folder. Both read the same files and refuse the same things: a check is a build short of writing.
 */
import { rmSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Settings } from "../archive/settings.ts";
import { siteAddresses } from "../archive/urls.ts";
import type { ParseCache } from "./cache.ts";
import { LEDGER_FILE, nextLedger, readLedger, writeLedger } from "./id-ledger.ts";
import { repoPath } from "./files.ts";
import type { FileReport, Problem } from "./merge.ts";
import { readMoved, settleMoved } from "./moved.ts";
import { pack, type PackedArchive } from "./pack.ts";
import { ingestFolderParallel } from "./parallel.ts";
import { startDataStaging, writeArchive } from "./write.ts";

/** Where a run's words go: its results, and its problems. */
export interface Say {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface RunOptions {
  /** A folder or one page to check, writing nothing; none: build the content folder into the data folder. */
  check?: string | undefined;
  /** The check's report as JSON. */
  json?: boolean;
  /** Progress while pages are read. */
  onFile?: (done: number, total: number) => void;
}

function printReports(reports: FileReport[], say: Say) {
  for (const r of reports)
    for (const p of r.problems)
      say.err(`${p.severity === "error" ? "error" : "warning"}: ${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`);
}

/** The ingest: check or build; returns the exit code (0: every file can be used). */
export async function runIngest(settings: Settings, options: RunOptions, say: Say): Promise<number> {
  const { check, json = false, onFile = () => {} } = options;
  const started = performance.now();
  // a check reads and reports; it leaves no trace, not even in the parse cache
  const cache: ParseCache = {
    dir: settings.cache.parse,
    use: check && settings.cache.parses === "read-write" ? "read-only" : settings.cache.parses,
  };
  // one page may be checked on its own, read as the build reads it: within its folder
  const onePage = check !== undefined && /\.(?:txt|pdf)$/iu.test(check) && isFile(check);
  const dir = onePage ? (await import("./explain.ts")).contentDirOf(check) : (check ?? settings.contentDir);
  // a run writes each page's record as it is read, into a folder swapped in only when all is written
  const staging = check ? null : startDataStaging(settings.dataDir);
  try {
    const archive = onePage
      ? pack((await import("./ingest.ts")).ingestFolder(dir, { only: [resolve(check)], cache }), () => {})
      : await ingestFolderParallel(dir, { onFile, staging, cache });
    // the folder's moved addresses are checked with its pages (a check of one page leaves them aside)
    const moved = onePage ? { moved: {}, report: null } : readMoved(dir);
    const movedReport: FileReport = moved.report ?? {
      file: repoPath(join(dir, "moved.json")),
      ok: true,
      encoding: null,
      articles: 0,
      problems: [],
    };
    const settled = onePage ? {} : settleMoved(moved.moved, archive.moved, siteOf(archive), movedReport);
    if (movedReport.problems.length) archive.reports.push(movedReport);
    const failed = archive.reports.filter((r) => !r.ok);
    if (check) {
      if (json) say.out(JSON.stringify(archive.reports.map(reportJson), null, 2));
      else {
        printReports(archive.reports, say);
        say.out(
          `${archive.reports.length} files checked: ${archive.reports.length - failed.length} ok, ${failed.length} not ok, ${archive.counts.articles} articles`,
        );
      }
      return failed.length ? 1 : 0;
    }
    printReports(archive.reports, say);
    if (failed.length) {
      say.err(
        `ingest: ${failed.length} file(s) cannot be used; nothing was written. Fix them or move them out of ${dir}.`,
      );
      return 1;
    }
    writeArchive(archive, settings.dataDir, staging!, settled);
    // the ledger of story ids gains the ids this build gave (and only ever gains)
    const ledgerProblems: Problem[] = [];
    const old = readLedger(dir, ledgerProblems);
    const ledger = writeLedger(dir, old, nextLedger(old, [...archive.given, ...archive.retired]));
    if (ledger.error)
      say.err(
        `warning: ${repoPath(join(dir, LEDGER_FILE))}: cannot be written (${ledger.error}): the ids of this build's stories are not kept, and an address may be lost when a story moves`,
      );
    const seconds = (performance.now() - started) / 1000;
    say.out(
      `ingest: ${archive.counts.pages} pages, ${archive.counts.articles} articles, ${archive.issues.length} issues from ${dir} → ${settings.dataDir} in ${seconds.toFixed(2)} s (${archive.stats.parsed} parsed, ${archive.stats.cached} from cache)${ledger.written ? `; ${LEDGER_FILE} updated: commit it with the pages` : ""}`,
    );
    return 0;
  } finally {
    if (staging) rmSync(staging, { recursive: true, force: true });
  }
}

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() === true;

/** The addresses the site will build from this archive (story ids from what the run gave). */
const siteOf = (archive: PackedArchive) =>
  siteAddresses({
    articles: archive.given.map(([id]) => id),
    issues: archive.issues.map((i) => i.id),
    publications: archive.publications.map((p) => p.id),
    placeSlugs: archive.places.map((p) => p.slug),
  });

const reportJson = (r: FileReport) => ({
  file: r.file,
  ok: r.ok,
  encoding: r.encoding,
  articles: r.articles,
  problems: r.problems.map((p) => ({ line: p.line, message: p.message, severity: p.severity })),
});
