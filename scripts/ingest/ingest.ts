import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { z } from "astro/zod";
import {
  articleSchema,
  issueSchema,
  pageSchema,
  placeSchema,
  publicationSchema,
  sidecarSchema,
  type Article,
  type Issue,
  type Page,
  type PaperDate,
  type Place,
  type Publication,
} from "../../src/lib/schema/index.ts";
import { isoPaperDate } from "../../src/lib/dates.ts";
import { slugifyPath, urls } from "../../src/lib/urls.ts";
import { inkOf } from "../../src/lib/text/width.ts";
import { decode } from "./decode.ts";
import { parsePage } from "./parse-page.ts";
import { cachedParse } from "./cache.ts";
import { estimateDate, issueNumbers, printedIssueDate, sidecarDate } from "./issue-date.ts";
import { indexPlaces, tagPlaces } from "./tag-places.ts";
import { loadGazetteer, loadTowns } from "./gazetteer-data.ts";

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
}

/** All raw pages below a folder, sorted so every build reads them in the same order. */
export function rawFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".txt")) out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** A zod failure as sentences a person can act on. */
export function describeZodError(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.length ? i.path.join(".") : "(top)"}: ${i.message}`).join("; ");
}

const hash = (s: string) => createHash("sha1").update(s).digest("hex").slice(0, 8);

/** Portable path from the repository root (or cwd), with forward slashes. */
const repoPath = (file: string) => relative(process.cwd(), file).split(sep).join("/");

function readPublications(dir: string, problems: Problem[]): Publication[] {
  const file = join(dir, "publications.json");
  if (!existsSync(file)) {
    problems.push({ file: repoPath(file), line: null, message: "no publications.json: every page will be filed under an unknown publication", severity: "warning" });
    return [];
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    problems.push({ file: repoPath(file), line: null, message: `not valid JSON: ${(e as Error).message}`, severity: "error" });
    return [];
  }
  const parsed = z.array(publicationSchema).safeParse(raw);
  if (!parsed.success) {
    problems.push({ file: repoPath(file), line: null, message: describeZodError(parsed.error), severity: "error" });
    return [];
  }
  return parsed.data;
}

const UNKNOWN_PUBLICATION: Publication = { id: "unknown", name: "未注明报纸", nameKnown: false, home: "370000", note: "页面没有附带报纸信息。" };

/** Read, parse and check a folder of raw pages: the whole ingest short of writing. */
export function ingestFolder(dir: string, onFile: (done: number, total: number) => void = () => {}): Archive {
  return mergeArchives([ingestFiles(dir, rawFiles(dir), onFile)]);
}

/** Read, parse and check some of a folder's raw pages (a worker's share); mergeArchives puts the shares together. */
export function ingestFiles(dir: string, files: string[], onFile: (done: number, total: number) => void = () => {}): Archive {
  const places = loadGazetteer();
  const index = indexPlaces(places, loadTowns());
  const dirProblems: Problem[] = [];
  const publications = readPublications(dir, dirProblems);
  const pubById = new Map(publications.map((p) => [p.id, p]));
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
    // sidecar metadata
    const metaFile = file.replace(/\.txt$/u, ".meta.json");
    let meta: z.infer<typeof sidecarSchema> | null = null;
    if (existsSync(metaFile)) {
      try {
        const parsed = sidecarSchema.safeParse(JSON.parse(readFileSync(metaFile, "utf8")));
        if (parsed.success) meta = parsed.data;
        else fail(`sidecar ${repoPath(metaFile)}: ${describeZodError(parsed.error)}`);
      } catch (e) {
        fail(`sidecar ${repoPath(metaFile)} is not valid JSON: ${(e as Error).message}`);
      }
      if (!report.ok) continue;
    }
    let publication = meta ? pubById.get(meta.publication) : undefined;
    if (meta && !publication) {
      fail(`sidecar names publication "${meta.publication}", which content/publications.json does not list`);
      continue;
    }
    publication ??= UNKNOWN_PUBLICATION;
    if (!pubById.has(publication.id)) pubById.set(publication.id, publication);

    const { parsed: draft, hit } = cachedParse(parsePage, decoded.text, publication.nameKnown ? publication.name : null);
    if (hit) stats.cached++;
    else stats.parsed++;
    if (draft.articles.length === 0) problems.push({ file: src, line: null, message: "no story recognised on this page: its text is listed for review", severity: "warning" });

    // the issue: its date (printed, given, or estimated) and numbers
    const printed = draft.furniture.filter((f) => f.kind === "issue-date").map((f) => printedIssueDate(f.text)).find(Boolean) ?? null;
    const given = meta?.date ? sidecarDate(meta.date) : null;
    const date: PaperDate = printed ?? given ?? estimateDate(draft.articles.flatMap((a) => a.blocks.map((b) => b.text))) ?? { year: 1949, month: null, day: null, precision: "year", inferred: true, evidence: "no date found" };
    if (date.evidence === "no date found") problems.push({ file: src, line: null, message: "no date printed, given or named in the stories: give one in the sidecar", severity: "warning" });
    const numbers = draft.furniture.filter((f) => f.kind === "issue-number").map((f) => issueNumbers(f.text))[0] ?? { number: null, yearNumber: null };
    const issueId = meta?.issue ? `${publication.id}-${meta.issue}` : `${publication.id}-${isoPaperDate(date)}`;
    const pageId = slugifyPath(relative(dir, file));

    const seen = issues.get(issueId);
    const fresh: Issue = { id: issueId, publication: publication.id, date, number: numbers.number, yearNumber: numbers.yearNumber, pages: [pageId] };
    issues.set(issueId, seen ? mergeIssue(seen, fresh) : fresh);

    const home = index.byCode.get(publication.home) ?? index.byCode.get("370000")!;
    const ids = new Set<string>();
    const pageArticles = draft.articles.map((d, k): Article => {
      const opening = inkOf(d.blocks[0]!.text).slice(0, 40);
      let id = `${pageId}-${hash(opening)}`;
      for (let n = 2; ids.has(id); n++) id = `${pageId}-${hash(opening)}-${n}`;
      ids.add(id);
      const body = d.blocks.map((b) => b.text).join("\n");
      const districts = tagPlaces({ headline: [d.kicker, d.title && !d.titleInferred ? d.title : null, d.subtitle].filter(Boolean).join(" "), lead: d.blocks[0]!.text, body }, home, index);
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
      };
    });
    const page: Page = {
      id: pageId,
      source: src,
      publication: publication.id,
      issue: issueId,
      pageNumber: meta?.page ?? null,
      pageName: meta?.pageName ?? null,
      encoding: decoded.encoding,
      furniture: draft.furniture,
      unassigned: draft.unassigned,
      articles: pageArticles.map((a) => a.id),
      rawLines: draft.lines.map((l) => l.raw),
    };
    for (const a of pageArticles) {
      const r = articleSchema.safeParse(a);
      if (!r.success) fail(`article "${a.title}" (lines ${a.lines.join("–")}): ${describeZodError(r.error)}`, a.lines[0]);
    }
    const r = pageSchema.safeParse(page);
    if (!r.success) fail(`page record: ${describeZodError(r.error)}`);
    if (!report.ok) continue;
    report.articles = pageArticles.length;
    pages.push(page);
    articles.push(...pageArticles);
  }
  for (const i of issues.values()) {
    const r = issueSchema.safeParse(i);
    if (!r.success) dirProblems.push({ file: i.id, line: null, message: describeZodError(r.error), severity: "error" });
  }
  for (const p of places) placeSchema.parse(p);
  if (dirProblems.length) reports.unshift({ file: repoPath(dir), ok: !dirProblems.some((p) => p.severity === "error"), encoding: null, articles: 0, problems: dirProblems });
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

/** Add what another page tells of an issue: its pages, numbers printed anywhere, a printed date over an estimate. */
function mergeIssue(into: Issue, from: Issue): Issue {
  into.pages.push(...from.pages);
  into.number ??= from.number;
  into.yearNumber ??= from.yearNumber;
  if (into.date.inferred && !from.date.inferred) into.date = from.date;
  return into;
}

/** What merging needs of a page: where it says it was printed. */
export type PageSlot = Pick<Page, "source" | "issue" | "pageNumber">;

/** An archive short of its page and article records: what shares of an ingest merge. */
export type ArchiveFacts = Omit<Archive, "pages" | "articles">;

/** Put the facts of an ingest's shares together, in file order: issues merged, two pages claiming one slot flagged. */
export function mergeFacts(parts: ArchiveFacts[], slotsInOrder: PageSlot[]): ArchiveFacts {
  const issues = new Map<string, Issue>();
  for (const part of parts)
    for (const i of part.issues) {
      const seen = issues.get(i.id);
      issues.set(i.id, seen ? mergeIssue(seen, i) : { ...i, pages: [...i.pages] });
    }
  // every share reads publications.json: report its problems once
  const reports: FileReport[] = [];
  const seenDirReports = new Set<string>();
  for (const r of parts.flatMap((p) => p.reports)) {
    const key = `${r.file}\0${r.problems.map((p) => p.message).join("\0")}`;
    if (r.encoding === null && r.articles === 0 && r.problems.length && seenDirReports.has(key)) continue;
    seenDirReports.add(key);
    reports.push(r);
  }
  const bySource = new Map(reports.map((r) => [r.file, r]));
  const slots = new Map<string, string>();
  for (const p of slotsInOrder) {
    if (p.pageNumber === null) continue;
    const slot = `${p.issue}#${p.pageNumber}`;
    const twin = slots.get(slot);
    if (twin) bySource.get(p.source)?.problems.push({ file: p.source, line: null, message: `claims the same issue and page (${p.issue}, 第${p.pageNumber}版) as ${twin}: both are kept`, severity: "warning" });
    else slots.set(slot, p.source);
  }
  const publications = new Map<string, Publication>();
  for (const part of parts) for (const p of part.publications) publications.set(p.id, p);
  return {
    publications: [...publications.values()],
    issues: [...issues.values()],
    places: parts[0]?.places ?? loadGazetteer(),
    reports,
    stats: { parsed: parts.reduce((n, p) => n + p.stats.parsed, 0), cached: parts.reduce((n, p) => n + p.stats.cached, 0) },
  };
}

/** Put the shares of an ingest together, in file order. */
export function mergeArchives(parts: Archive[]): Archive {
  const pages = parts.flatMap((p) => p.pages);
  return { ...mergeFacts(parts, pages), pages, articles: parts.flatMap((p) => p.articles) };
}
