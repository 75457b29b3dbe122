import { issueSchema, placeSchema, type Article, type Issue, type Page } from "../archive/schema/index.ts";
import { append } from "../archive/array.ts";
import { listPages, repoPath } from "./files.ts";
import { loadGazetteer, loadTowns } from "../archive/places/gazetteer-data.ts";
import {
  clashMessage,
  datesClash,
  givenDate,
  mergeArchives,
  mergeIssue,
  withWalkProblems,
  type Archive,
  type FileReport,
  type Problem,
} from "./merge.ts";
import { join } from "node:path";
import { LEDGER_FILE, ledgerByPage, readLedger } from "./id-ledger.ts";
import { present } from "./guarded-read.ts";
import type { PaperProfile } from "./page/types.ts";
import { NO_PARSE_CACHE, type ParseCache } from "./cache.ts";
import { describeZodError, readPublications } from "./editor-files.ts";
import { profilesOf } from "./profiles.ts";
import { readPage, UNKNOWN_PUBLICATION, type FolderContext } from "./read-page.ts";
import { indexPlaces } from "./tag-places.ts";

export { describeZodError, readPublications };

/**
 * What the pages of a folder are read against: its papers (publications.json, checked), their profiles
 * from all the given pages (or the ones handed over, as a worker gets them), and the gazetteer.
 */
export function folderContext(
  dir: string,
  files: string[],
  profiles?: Map<string, PaperProfile>,
  cache: ParseCache = NO_PARSE_CACHE,
): { ctx: FolderContext; problems: Problem[] } {
  const places = loadGazetteer();
  for (const p of places) placeSchema.parse(p);
  const problems: Problem[] = [];
  const publications = readPublications(dir, problems, new Set(places.map((p) => p.code)));
  const ctx: FolderContext = {
    dir,
    cache,
    publications: new Map(publications.map((p) => [p.id, p])),
    // each paper read in the light of all its pages
    profiles: profiles ?? profilesOf(dir, files, publications, cache),
    places,
    index: indexPlaces(places, loadTowns()),
    ...ledgerOf(dir, problems),
  };
  return { ctx, problems };
}

/** The folder's ledger of story ids by page, and whether it has one yet (its first build retires the ids of before). */
function ledgerOf(dir: string, problems: Problem[]): Pick<FolderContext, "ledger" | "ledgerKept"> {
  return { ledger: ledgerByPage(readLedger(dir, problems)), ledgerKept: present(join(dir, LEDGER_FILE)) };
}

/** How a folder is read: progress, only some of its pages, and the parse cache (none unless given). */
export interface IngestOptions {
  onFile?: (done: number, total: number) => void;
  only?: string[];
  cache?: ParseCache;
}

/** Read, parse and check a folder of raw pages (or the given ones of it): the whole ingest short of writing. */
export function ingestFolder(
  dir: string,
  { onFile = () => {}, only, cache = NO_PARSE_CACHE }: IngestOptions = {},
): Archive {
  const list = listPages(dir);
  const read = (files: string[], profiles?: Map<string, PaperProfile>) =>
    ingestFiles(dir, files, onFile, profiles, folderContext(dir, list.files, profiles, cache));
  if (!only) return withWalkProblems(mergeArchives([read(list.files)]), list.problems);
  // some pages, read as the whole folder would read them: with their papers' profiles from every page
  const profiles = profilesOf(dir, list.files, readPublications(dir, []), cache);
  return withWalkProblems(
    mergeArchives([read(only, profiles)]),
    list.problems.filter((p) => only.some((f) => repoPath(f) === p.file)),
  );
}

/**
 * Read, parse and check some of a folder's raw pages (a worker's files); mergeArchives puts them together.
 * A caller reading its files in batches hands over the folder's context, made once.
 */
export function ingestFiles(
  dir: string,
  files: string[],
  onFile: (done: number, total: number) => void = () => {},
  profiles?: Map<string, PaperProfile>,
  context: ReturnType<typeof folderContext> = folderContext(dir, files, profiles),
): Archive {
  const { ctx } = context;
  const problems = [...context.problems];
  const reports: FileReport[] = [];
  const pages: Page[] = [];
  const articles: Article[] = [];
  const issues = new Map<string, Issue>();
  const stats = { parsed: 0, cached: 0 };
  const usedPubs = new Set<string>();
  const given: Archive["given"] = [];
  const retired: Archive["retired"] = [];
  const moved: Archive["moved"] = [];
  // the first page giving each issue its date: a page of the same issue name giving another is refused
  const datedBy = new Map<string, { date: string; source: string }>();
  for (const [n, file] of files.entries()) {
    onFile(n, files.length);
    const { report, pages: read } = readPage(ctx, file);
    reports.push(report);
    // a file's pages are one issue's (a PDF of several: one 版 each); a date clash refuses the whole file
    const clash = read
      .map((r) => ({ r, date: givenDate(r.issue.date), dated: datedBy.get(r.issue.id) }))
      .find(({ date, dated }) => dated && datesClash(dated.date, date));
    if (clash) {
      report.problems.push({
        file: report.file,
        line: null,
        message: clashMessage(clash.r.issue.id, clash.date!, clash.dated!.date, clash.dated!.source),
        severity: "error",
      });
      report.ok = false;
      continue;
    }
    for (const r of read) {
      const date = givenDate(r.issue.date);
      if (date && !datedBy.has(r.issue.id)) datedBy.set(r.issue.id, { date, source: report.file });
      stats[r.cached ? "cached" : "parsed"]++;
      const seen = issues.get(r.issue.id);
      issues.set(r.issue.id, seen ? mergeIssue(seen, r.issue) : r.issue);
      pages.push(r.page);
      append(articles, r.articles);
      append(given, r.given);
      append(retired, r.retired);
      append(moved, r.moved);
      usedPubs.add(r.publication.id);
    }
  }
  for (const i of issues.values()) {
    const r = issueSchema.safeParse(i);
    if (!r.success) problems.push({ file: i.id, line: null, message: describeZodError(r.error), severity: "error" });
  }
  if (problems.length)
    reports.unshift({
      file: repoPath(dir),
      ok: !problems.some((p) => p.severity === "error"),
      encoding: null,
      articles: 0,
      problems,
    });
  const listed = [...ctx.publications.values()];
  return {
    publications: usedPubs.has(UNKNOWN_PUBLICATION.id) ? [...listed, UNKNOWN_PUBLICATION] : listed,
    issues: [...issues.values()],
    pages,
    articles,
    places: ctx.places,
    reports,
    stats,
    given,
    retired,
    moved,
  };
}
