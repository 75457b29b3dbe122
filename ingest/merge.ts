import type { Article, Issue, Page, PaperDate, Place, Publication } from "../archive/schema/index.ts";
import { append } from "../archive/array.ts";
import { isoPaperDate } from "../archive/dates.ts";

// What an ingest gives and how the batches of one are put together. Nothing here parses, so the main
// thread can load it (and start the worker threads) without loading the parser.

/** Something wrong with one input file, with the line where there is one. */
export interface Problem {
  file: string;
  line: number | null;
  message: string;
  /** error: the file cannot be used; warning: it can, but an editor should look. */
  severity: "error" | "warning";
}

/** What one raw file gave. */
export interface FileReport {
  file: string;
  ok: boolean;
  encoding: string | null;
  articles: number;
  problems: Problem[];
}

export interface Archive {
  publications: Publication[];
  issues: Issue[];
  pages: Page[];
  articles: Article[];
  places: Place[];
  reports: FileReport[];
  /** Pages parsed this run, and pages whose parse came from the cache. */
  stats: { parsed: number; cached: number };
  /** The story ids this run gave: [id, page id, anchor line], what the ledger of ids keeps (id-ledger.ts). */
  given: [string, string, number][];
  /** Ids stories had before the ledger was kept and have no more, kept in it all the same: [id, page id, line]. */
  retired: [string, string, number][];
  /** Addresses of stories the ledger knows that no story keeps now: [old path, new path]. */
  moved: [string, string][];
}

/** How much a date is worth: printed or given over estimated, estimated over unknown. */
const dateStrength = (d: PaperDate) => (d.precision === "unknown" ? 0 : d.inferred ? 1 : 2);

/** Add what another page tells of an issue: its pages, numbers printed anywhere, a printed date over an estimate. */
export function mergeIssue(into: Issue, from: Issue): Issue {
  append(into.pages, from.pages);
  into.number ??= from.number;
  into.yearNumber ??= from.yearNumber;
  if (dateStrength(from.date) > dateStrength(into.date)) into.date = from.date;
  return into;
}

/**
 * A date an editor gave or a page printed (not one estimated), as ISO text (2024-01-01, 2024-01, 2024): what pages
 * of one issue must agree on. Null for an estimate or an unknown date.
 */
export const givenDate = (d: PaperDate): string | null =>
  d.precision === "unknown" || d.inferred ? null : isoPaperDate(d);

/**
 * Whether two pages' given dates cannot be one issue's: neither day, month or year holds the other (2024-01-01
 * and 2024-02-01 clash; 2024-01-01 and 2024-01 do not).
 */
export const datesClash = (a: string | null, b: string | null): boolean =>
  a !== null && b !== null && !a.startsWith(b) && !b.startsWith(a);

/** Why a page cannot join an issue whose pages give another date. */
export const clashMessage = (issue: string, date: string, other: string, otherSource: string) =>
  `its issue "${issue}" is dated ${date} here, but ${otherSource} of the same issue is dated ${other}: one issue has one date; give the pages one date, or give one of them another issue name in its sidecar`;

/** What merging needs of a page: where it says it was printed, and the date given for its issue. */
export type PageSlot = Pick<Page, "source" | "issue" | "publication" | "pageNumber"> & { dated: string | null };

/** The slots of pages, in file order, with their issues' given dates. */
export function slotsOf(pages: readonly Page[], issues: readonly Issue[]): PageSlot[] {
  const dated = new Map(issues.map((i) => [i.id, givenDate(i.date)]));
  return pages.map((p) => ({
    source: p.source,
    issue: p.issue,
    publication: p.publication,
    pageNumber: p.pageNumber,
    dated: dated.get(p.issue) ?? null,
  }));
}

/** An archive short of its page and article records: what batches of an ingest merge. */
export type ArchiveFacts = Omit<Archive, "pages" | "articles">;

/** Put the facts of an ingest's batches together, in file order: issues merged, two pages claiming one slot flagged. */
export function mergeFacts(parts: ArchiveFacts[], slotsInOrder: PageSlot[]): ArchiveFacts {
  const issues = new Map<string, Issue>();
  for (const part of parts)
    for (const i of part.issues) {
      const seen = issues.get(i.id);
      issues.set(i.id, seen ? mergeIssue(seen, i) : { ...i, pages: [...i.pages] });
    }
  // every batch reads publications.json: report its problems once
  const reports: FileReport[] = [];
  const seenDirReports = new Set<string>();
  for (const r of parts.flatMap((p) => p.reports)) {
    const key = `${r.file}\0${r.problems.map((p) => p.message).join("\0")}`;
    if (r.encoding === null && r.articles === 0 && r.problems.length && seenDirReports.has(key)) continue;
    seenDirReports.add(key);
    reports.push(r);
  }
  const bySource = new Map(reports.map((r) => [r.file, r]));
  // one issue id, one paper: ids are made of a paper's id and an issue name, which can meet (a + b-1, a-b + 1)
  const paperOfIssue = new Map<string, PageSlot>();
  for (const p of slotsInOrder) {
    const first = paperOfIssue.get(p.issue);
    if (!first) paperOfIssue.set(p.issue, p);
    else if (first.publication !== p.publication) {
      const report = bySource.get(p.source);
      report?.problems.push({
        file: p.source,
        line: null,
        message: `its issue id "${p.issue}" (paper ${p.publication}) is also that of ${first.source} (paper ${first.publication}): give one of them another issue name in its sidecar`,
        severity: "error",
      });
      if (report) report.ok = false;
    }
  }
  // one issue, one date: pages of one issue name (a sidecar's `issue`) read in other batches may give another
  const dateOfIssue = new Map<string, PageSlot>();
  for (const p of slotsInOrder) {
    const first = dateOfIssue.get(p.issue);
    if (!first?.dated) {
      if (p.dated) dateOfIssue.set(p.issue, p);
      continue;
    }
    if (!datesClash(first.dated, p.dated)) continue;
    const report = bySource.get(p.source);
    report?.problems.push({
      file: p.source,
      line: null,
      message: clashMessage(p.issue, p.dated!, first.dated, first.source),
      severity: "error",
    });
    if (report) report.ok = false;
  }
  const slots = new Map<string, string>();
  for (const p of slotsInOrder) {
    if (p.pageNumber === null) continue;
    const slot = `${p.issue}#${p.pageNumber}`;
    const twin = slots.get(slot);
    if (twin)
      bySource.get(p.source)?.problems.push({
        file: p.source,
        line: null,
        message: `claims the same issue and page (${p.issue}, 第${p.pageNumber}版) as ${twin}: both are kept`,
        severity: "warning",
      });
    else slots.set(slot, p.source);
  }
  const publications = new Map<string, Publication>();
  for (const part of parts) for (const p of part.publications) publications.set(p.id, p);
  return {
    publications: [...publications.values()],
    issues: [...issues.values()],
    places: parts[0]?.places ?? [],
    reports,
    stats: {
      parsed: parts.reduce((n, p) => n + p.stats.parsed, 0),
      cached: parts.reduce((n, p) => n + p.stats.cached, 0),
    },
    given: parts.flatMap((p) => p.given),
    retired: parts.flatMap((p) => p.retired),
    moved: parts.flatMap((p) => p.moved),
  };
}

/** Add the folder walk's problems to the reports: to the file's own report where it has one. */
export function withWalkProblems<T extends { reports: FileReport[] }>(archive: T, problems: Problem[]): T {
  const reports = [...archive.reports];
  for (const p of problems) {
    const own = reports.find((r) => r.file === p.file);
    if (own) {
      own.problems.push(p);
      if (p.severity === "error") own.ok = false;
    } else reports.push({ file: p.file, ok: p.severity !== "error", encoding: null, articles: 0, problems: [p] });
  }
  return { ...archive, reports };
}

/** Put the batches of an ingest together, in file order. */
export function mergeArchives(parts: Archive[]): Archive {
  const pages = parts.flatMap((p) => p.pages);
  const slots = parts.flatMap((p) => slotsOf(p.pages, p.issues));
  return { ...mergeFacts(parts, slots), pages, articles: parts.flatMap((p) => p.articles) };
}
