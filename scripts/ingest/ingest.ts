import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import {
  articleSchema,
  issueSchema,
  pageSchema,
  placeSchema,
  type Article,
  type Issue,
  type Page,
  type PaperDate,
  type Publication,
} from "../../src/lib/schema/index.ts";
import { isoPaperDate } from "../../src/lib/dates.ts";
import { isCalendarDate } from "../../src/lib/calendar.ts";
import { cutText } from "../../src/lib/text/safe.ts";
import { MAX_PAGE_NAME } from "../../src/lib/schema/sidecar.ts";
import { urls } from "../../src/lib/urls.ts";
import { inkOf } from "../../src/lib/text/width.ts";
import { decode } from "./decode/decode.ts";
import { parsePage } from "./page/stages.ts";
import { LINE_BREAK } from "./page/normalise.ts";
import { cachedParse } from "./cache.ts";
import { estimateDate, issueNumbers, printedIssueDate, sidecarDate } from "./issue-date.ts";
import { indexPlaces, tagPlaces } from "./tag-places.ts";
import { loadGazetteer, loadTowns } from "./gazetteer-data.ts";
import { listPages, repoPath } from "./files.ts";
import { pageIdOf } from "./page-id.ts";
import { mergeArchives, mergeIssue, withWalkProblems, type Archive, type FileReport, type Problem } from "./merge.ts";
import { describeZodError, publicationIdOf, readFixes, readPublications, readSidecar } from "./paper-of.ts";
import { profilesOf } from "./profiles.ts";
import type { PaperProfile } from "./page/profile.ts";
import { append } from "../../src/lib/array.ts";

export { describeZodError, readPublications };

const hash = (s: string) => createHash("sha1").update(s).digest("hex").slice(0, 8);

const UNKNOWN_PUBLICATION: Publication = {
  id: "unknown",
  name: "未注明报纸",
  nameKnown: false,
  home: "370000",
  note: "页面没有附带报纸信息。",
};

/** Read, parse and check a folder of raw pages (or the given ones of it): the whole ingest short of writing. */
export function ingestFolder(
  dir: string,
  onFile: (done: number, total: number) => void = () => {},
  only?: string[],
): Archive {
  const list = listPages(dir);
  if (!only) return withWalkProblems(mergeArchives([ingestFiles(dir, list.files, onFile)]), list.problems);
  // some pages, read as the whole folder would read them: with their papers' profiles from every page
  const profiles = profilesOf(dir, list.files, readPublications(dir, []));
  return withWalkProblems(
    mergeArchives([ingestFiles(dir, only, onFile, profiles)]),
    list.problems.filter((p) => only.some((f) => repoPath(f) === p.file)),
  );
}

/** Read, parse and check some of a folder's raw pages (a worker's share); mergeArchives puts the shares together. */
export function ingestFiles(
  dir: string,
  files: string[],
  onFile: (done: number, total: number) => void = () => {},
  profiles?: Map<string, PaperProfile>,
): Archive {
  const places = loadGazetteer();
  const index = indexPlaces(places, loadTowns());
  const dirProblems: Problem[] = [];
  const publications = readPublications(dir, dirProblems, new Set(places.map((p) => p.code)));
  const pubById = new Map(publications.map((p) => [p.id, p]));
  // each paper read in the light of all its pages (a worker is handed the profiles of the whole folder)
  profiles ??= profilesOf(dir, files, publications);
  const reports: FileReport[] = [];
  const pages: Page[] = [];
  const articles: Article[] = [];
  const issues = new Map<string, Issue>();
  const stats = { parsed: 0, cached: 0 };

  for (const [n, file] of files.entries()) {
    onFile(n, files.length);
    const src = repoPath(file);
    const problems: Problem[] = [];
    const report: FileReport = { file: src, ok: true, encoding: null, articles: 0, problems };
    reports.push(report);
    const fail = (message: string, line: number | null = null) => {
      problems.push({ file: src, line, message, severity: "error" });
      report.ok = false;
    };
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (e) {
      fail(`cannot read: ${(e as Error).message}`);
      continue;
    }
    const decoded = decode(bytes);
    if (!decoded.ok) {
      fail(decoded.reason);
      continue;
    }
    report.encoding = decoded.encoding;
    for (const w of decoded.warnings)
      problems.push({ file: src, line: w.line, message: w.message, severity: "warning" });
    // sidecar metadata, and the paper: the sidecar's, else the folder's
    const sidecar = readSidecar(file);
    if (sidecar.warning)
      problems.push({
        file: src,
        line: null,
        message: `sidecar ${repoPath(sidecar.file)}: ${sidecar.warning}`,
        severity: "warning",
      });
    if (sidecar.error) {
      fail(`sidecar ${repoPath(sidecar.file)}: ${sidecar.error}`);
      continue;
    }
    const meta = sidecar.meta;
    if (meta?.pageName && cutText(meta.pageName, MAX_PAGE_NAME) !== meta.pageName)
      problems.push({
        file: src,
        line: null,
        message: `sidecar ${repoPath(sidecar.file)}: pageName is ${meta.pageName.length} characters; a 版名 is kept to its first ${MAX_PAGE_NAME}`,
        severity: "warning",
      });
    // an editor's corrections, checked against the page before it is parsed
    const fix = readFixes(file);
    if (fix.warning)
      problems.push({
        file: src,
        line: null,
        message: `corrections ${repoPath(fix.file)}: ${fix.warning}`,
        severity: "warning",
      });
    if (fix.error) {
      fail(`corrections ${repoPath(fix.file)}: ${fix.error}`);
      continue;
    }
    const lineCount = decoded.text.split(LINE_BREAK).length;
    const outside = fix.fixes.find((f) => f.line > lineCount);
    if (outside) {
      fail(
        `corrections ${repoPath(fix.file)}: fix "${outside.op}" names line ${outside.line}, but the page has ${lineCount} lines`,
        outside.line,
      );
      continue;
    }
    const pubId = publicationIdOf(dir, file, meta, pubById);
    let publication = pubId ? pubById.get(pubId) : undefined;
    if (meta && !publication) {
      fail(
        `sidecar names publication "${meta.publication}", which ${repoPath(join(dir, "publications.json"))} does not list`,
      );
      continue;
    }
    publication ??= UNKNOWN_PUBLICATION;
    if (!pubById.has(publication.id)) pubById.set(publication.id, publication);

    const { parsed: draft, hit } = cachedParse(
      parsePage,
      decoded.text,
      publication.nameKnown ? publication.name : null,
      profiles.get(publication.id) ?? null,
      fix.fixes,
    );
    for (const p of draft.fixProblems) fail(`corrections ${repoPath(fix.file)}: ${p.message}`, p.line);
    if (!report.ok) continue;
    if (hit) stats.cached++;
    else stats.parsed++;
    if (draft.articles.length === 0)
      problems.push({
        file: src,
        line: null,
        message: "no story recognised on this page: its text is listed for review",
        severity: "warning",
      });

    // the issue: its date (printed, given, or estimated) and numbers
    const printedDates = draft.furniture
      .filter((f) => f.kind === "issue-date")
      .map((f) => ({ f, date: printedIssueDate(f.text) }));
    for (const { f, date } of printedDates)
      if (date && !isCalendarDate(date.year, date.month, date.day))
        problems.push({
          file: src,
          line: f.lines[0] ?? null,
          message: `prints the issue date ${date.evidence.replace(/^printed: /u, "")}, which is no day of the calendar: not used`,
          severity: "warning",
        });
    const printed = printedDates.map((x) => x.date).find((d) => d && isCalendarDate(d.year, d.month, d.day)) ?? null;
    const given = meta?.date ? sidecarDate(meta.date) : null;
    const date: PaperDate = printed ??
      given ??
      estimateDate(draft.articles.flatMap((a) => a.blocks.map((b) => b.text))) ?? {
        year: 1949,
        month: null,
        day: null,
        precision: "year",
        inferred: true,
        evidence: "no date found",
      };
    if (date.evidence === "no date found")
      problems.push({
        file: src,
        line: null,
        message: "no date printed, given or named in the stories: give one in the sidecar",
        severity: "warning",
      });
    const numbers = draft.furniture.filter((f) => f.kind === "issue-number").map((f) => issueNumbers(f.text))[0] ?? {
      number: null,
      yearNumber: null,
    };
    const issueId = meta?.issue ? `${publication.id}-${meta.issue}` : `${publication.id}-${isoPaperDate(date)}`;
    const pageId = pageIdOf(relative(dir, file));

    const seen = issues.get(issueId);
    const fresh: Issue = {
      id: issueId,
      publication: publication.id,
      date,
      number: numbers.number,
      yearNumber: numbers.yearNumber,
      pages: [pageId],
    };
    issues.set(issueId, seen ? mergeIssue(seen, fresh) : fresh);

    const home = index.byCode.get(publication.home) ?? index.byCode.get("370000")!;
    const ids = new Set<string>();
    const pageArticles = draft.articles.map((d, k): Article => {
      const opening = inkOf(d.blocks[0]!.text).slice(0, 40);
      let id = `${pageId}-${hash(opening)}`;
      for (let n = 2; ids.has(id); n++) id = `${pageId}-${hash(opening)}-${n}`;
      ids.add(id);
      const body = d.blocks.map((b) => b.text).join("\n");
      const districts = tagPlaces(
        {
          headline: [d.kicker, d.title && !d.titleInferred ? d.title : null, d.subtitle].filter(Boolean).join(" "),
          lead: d.blocks[0]!.text,
          body,
        },
        home,
        index,
      );
      return {
        id,
        url: urls.article(id),
        source: src,
        publication: publication.id,
        issue: issueId,
        page: pageId,
        pageNumber: meta?.page ?? null,
        order: k + 1,
        date,
        mark: d.mark,
        title: d.title,
        titleInferred: d.titleInferred,
        kicker: d.kicker,
        subtitle: d.subtitle,
        column: d.column,
        authors: d.authors,
        bylines: d.bylines,
        dateline: d.dateline,
        blocks: d.blocks,
        districts,
        lines: d.lines,
        repeats: d.repeats,
        edits: d.edits,
      };
    });
    const page: Page = {
      id: pageId,
      source: src,
      publication: publication.id,
      issue: issueId,
      pageNumber: meta?.page ?? null,
      pageName: meta?.pageName ? cutText(meta.pageName, MAX_PAGE_NAME) : null,
      encoding: decoded.encoding,
      furniture: draft.furniture,
      unassigned: draft.unassigned,
      articles: pageArticles.map((a) => a.id),
      rawLines: draft.lines.map((l) => l.raw),
    };
    for (const a of pageArticles) {
      const r = articleSchema.safeParse(a);
      if (!r.success)
        fail(`article "${a.title}" (lines ${a.lines.join("–")}): ${describeZodError(r.error)}`, a.lines[0]);
    }
    const r = pageSchema.safeParse(page);
    if (!r.success) fail(`page record: ${describeZodError(r.error)}`);
    if (!report.ok) continue;
    report.articles = pageArticles.length;
    pages.push(page);
    append(articles, pageArticles);
  }
  for (const i of issues.values()) {
    const r = issueSchema.safeParse(i);
    if (!r.success) dirProblems.push({ file: i.id, line: null, message: describeZodError(r.error), severity: "error" });
  }
  for (const p of places) placeSchema.parse(p);
  if (dirProblems.length)
    reports.unshift({
      file: repoPath(dir),
      ok: !dirProblems.some((p) => p.severity === "error"),
      encoding: null,
      articles: 0,
      problems: dirProblems,
    });
  const usedPubs = new Set(pages.map((p) => p.publication));
  const usedIssues = new Set(pages.map((p) => p.issue));
  return {
    publications: [...pubById.values()].filter((p) => usedPubs.has(p.id) || publications.includes(p)),
    issues: [...issues.values()].filter((i) => usedIssues.has(i.id)),
    pages,
    articles,
    places,
    reports,
    stats,
  };
}
