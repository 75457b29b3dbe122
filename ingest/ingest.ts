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
    profiles: profiles ?? profilesOf(dir, files, publications),
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
  const profiles = profilesOf(dir, list.files, readPublications(dir, []));
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
    const { report, read } = readPage(ctx, file);
    reports.push(report);
    if (!read) continue;
    const date = givenDate(read.issue.date);
    const dated = datedBy.get(read.issue.id);
    if (dated && datesClash(dated.date, date)) {
      report.problems.push({
        file: report.file,
        line: null,
        message: clashMessage(read.issue.id, date!, dated.date, dated.source),
        severity: "error",
      });
      report.ok = false;
      continue;
    }
    if (date && !dated) datedBy.set(read.issue.id, { date, source: report.file });
    stats[read.cached ? "cached" : "parsed"]++;
    const seen = issues.get(read.issue.id);
    issues.set(read.issue.id, seen ? mergeIssue(seen, read.issue) : read.issue);
    pages.push(read.page);
    append(articles, read.articles);
    append(given, read.given);
    append(retired, read.retired);
    append(moved, read.moved);
    usedPubs.add(read.publication.id);
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
