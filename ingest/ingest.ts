import { issueSchema, placeSchema, type Article, type Issue, type Page } from "../archive/schema/index.ts";
import { append } from "../archive/array.ts";
import { listPages, repoPath } from "./files.ts";
import { loadGazetteer, loadTowns } from "../archive/places/gazetteer-data.ts";
import { mergeArchives, mergeIssue, withWalkProblems, type Archive, type FileReport, type Problem } from "./merge.ts";
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
  };
  return { ctx, problems };
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
  for (const [n, file] of files.entries()) {
    onFile(n, files.length);
    const { report, pages: read } = readPage(ctx, file);
    reports.push(report);
    for (const r of read) {
      stats[r.cached ? "cached" : "parsed"]++;
      const seen = issues.get(r.issue.id);
      issues.set(r.issue.id, seen ? mergeIssue(seen, r.issue) : r.issue);
      pages.push(r.page);
      append(articles, r.articles);
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
  };
}
