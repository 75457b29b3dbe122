import { readdirSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { cutText } from "../archive/text/safe.ts";
import { dateSortKey } from "../archive/dates.ts";
import { inkOf } from "../archive/text/ink.ts";
import { urls } from "../archive/urls.ts";
import {
  articleSchema,
  pageSchema,
  type Article,
  type Fix,
  type Issue,
  type Page,
  type PaperDate,
  type Place,
  type Publication,
  type Sidecar,
} from "../archive/schema/index.ts";
import { MAX_PAGE_NAME } from "../archive/schema/sidecar.ts";
import { cachedParse, cachedParseLines, layoutInput, type ParseCache } from "./cache.ts";
import { decode } from "./decode/decode.ts";
import { isPdf, repoPath, besidePage, textCopiesIn } from "./files.ts";
import { readInside } from "./guarded-read.ts";
import {
  dateOf,
  estimateDate,
  fileNameDate,
  fileNameDateSlip,
  issueNumbers,
  printedDateSlip,
  printedIssueDate,
  sidecarDate,
} from "./issue-date.ts";
import type { FileReport, Problem } from "./merge.ts";
import { pageIdOf } from "./page-id.ts";
import { LINE_BREAK } from "./page/lines/normalise.ts";
import { untangleColumns } from "./page/lines/columns.ts";
import type { PaperProfile } from "./page/types.ts";
import { pageContext, parseLines, parsePage } from "./page/stages.ts";
import { cachedLayout } from "./layouts.ts";
import { areasOf, linesHeld, onPage } from "./pdf/areas.ts";
import { linesOfLayout } from "./pdf/page-lines.ts";
import { isRefusal } from "./pdf/stages.ts";
import { trustOf } from "./pdf/trust.ts";
import type { PageLayout } from "./pdf/types.ts";
import type { Printed } from "../archive/schema/page.ts";
import { describeZodError, publicationIdOf, readFixes, readSidecar, UNKNOWN_PUBLICATION_ID } from "./editor-files.ts";
import { checkFixesAgainstPage } from "./fix-lines.ts";
import { storyIds, type LedgerEntry } from "./story-ids.ts";
import { tagPlaces, type PlaceIndex } from "./tag-places.ts";

/** What every page of a folder is read against: its papers, their profiles, and the gazetteer. */
export interface FolderContext {
  dir: string;
  /** Where parses are kept between runs, and whether this run may read or write them. */
  cache: ParseCache;
  publications: Map<string, Publication>;
  profiles: Map<string, PaperProfile>;
  places: Place[];
  index: PlaceIndex;
  /** The ledger of story ids (ids.json), by page: what keeps an address with its story (story-ids.ts). */
  ledger: ReadonlyMap<string, ReadonlyMap<string, LedgerEntry>>;
  /** Whether the folder has a ledger yet: its first build retires the ids stories had before (story-ids.ts). */
  ledgerKept: boolean;
}

/** A page's parse: the page parser's own result. */
export type Parsed = ReturnType<typeof parsePage>;

/** One page of a file, read: its records and the parse they came from. */
export interface PageRead {
  page: Page;
  articles: Article[];
  issue: Issue;
  parsed: Parsed;
  cached: boolean;
  publication: Publication;
  profile: PaperProfile | null;
  fixes: Fix[];
  /** The printed page's layout, for a page read from a PDF (--explain shows each line's evidence). */
  layout: PageLayout | null;
  /** The ids this page's stories were given, with their anchors: what the ledger keeps. */
  given: [string, string, number][];
  /** Ids the page's stories had before the ledger was kept, kept in it with their anchors. */
  retired: [string, string, number][];
  /** Addresses of this page's stories that no story keeps (old → new), for the site to send on. */
  moved: [string, string][];
}

/** One file read: its report, and the pages it gave when it could be used (a PDF gives one per page). */
export interface PageReading {
  report: FileReport;
  pages: PageRead[];
}

/** The paper of a page that names none and stands in no paper's folder. */
export const UNKNOWN_PUBLICATION: Publication = {
  id: UNKNOWN_PUBLICATION_ID,
  name: "未注明报纸",
  nameKnown: false,
  home: "370000",
  note: "页面没有附带报纸信息。",
};

/** Says what is wrong with the page being read; an error means the page cannot be used. */
class Say {
  readonly problems: Problem[] = [];
  readonly file: string;
  constructor(file: string) {
    this.file = file;
  }
  error(message: string, line: number | null = null) {
    this.problems.push({ file: this.file, line, message, severity: "error" });
  }
  warn(message: string, line: number | null = null) {
    this.problems.push({ file: this.file, line, message, severity: "warning" });
  }
  get failed() {
    return this.problems.some((p) => p.severity === "error");
  }
}

/**
 * What a file gives to read: a text page's text, or a PDF's pages, each laid out (its lines in reading order
 * with their layout evidence; its 原文 is their text).
 */
type Source = TextSource | { kind: "pdf"; pages: PageLayout[]; encoding: string };
/** A text page's text; copy names the text copy read for a PDF whose own text cannot be used. */
type TextSource = { kind: "text"; text: string; encoding: string; copy?: string };

/** How a PDF's pages are named in records and messages: `file.pdf`, or `file.pdf#page=2` for one of several. */
const pdfSource = (file: string, index: number, pages: number) => (pages > 1 ? `${file}#page=${index}` : file);

// 1. The file's bytes as text, or a PDF's pages laid out.
function readSource(ctx: FolderContext, file: string, say: Say): Source | null {
  if (!isPdf(file)) return readText(ctx, file, say);
  const read = readInside(ctx.dir, file, "pdf");
  if (!read.ok) {
    say.error(read.reason);
    return null;
  }
  const { layout } = cachedLayout(ctx.cache, read.bytes, say.file);
  // a PDF with no text layer, or whose text is mojibake, is named and not published, unless its text copy stands beside it
  const refused = !layout.ok
    ? [layout.message]
    : layout.pages.length === 0
      ? ["a PDF with no pages"]
      : layout.pages.filter(isRefusal).map((p) => p.detail);
  if (refused.length === 0 && layout.ok)
    return { kind: "pdf", pages: layout.pages.filter((p): p is PageLayout => !isRefusal(p)), encoding: "PDF" };
  const copy = textCopiesIn(namesBeside(file)).get(basename(file));
  if (!copy) {
    for (const r of refused) say.error(r);
    return null;
  }
  const text = readText(ctx, join(dirname(file), copy), say);
  // a copy pdftotext made of a PDF whose fonts carry no Unicode map is the same mojibake
  const untrusted = text && trustOf(text.text, copy, 1);
  for (const r of refused) untrusted ? say.error(r) : say.warn(`${r}: its text copy ${copy} is read instead`);
  if (untrusted)
    say.error(`its text copy ${copy} cannot be read either: ${untrusted.detail.replace(/^page 1: /u, "")}`);
  return text && !untrusted ? { ...text, copy: repoPath(join(dirname(file), copy)) } : null;
}

/** The names in a page's folder (none when it cannot be listed: the walk has said so). */
function namesBeside(file: string): string[] {
  try {
    return readdirSync(dirname(file));
  } catch {
    return [];
  }
}

/** A text page's bytes, decoded. */
function readText(ctx: FolderContext, file: string, say: Say): TextSource | null {
  const read = readInside(ctx.dir, file, "page");
  if (!read.ok) {
    say.error(read.reason);
    return null;
  }
  const decoded = decode(read.bytes);
  if (!decoded.ok) {
    say.error(decoded.reason);
    return null;
  }
  for (const w of decoded.warnings) say.warn(w.message, w.line);
  // columns pdftotext printed interleaved are read column by column: the page's 原文 is that order
  const columns = untangleColumns(decoded.text);
  if (columns.moved)
    say.warn(
      `its columns were printed interleaved, a line of one and a line of another (as pdftotext prints close columns): ${columns.moved} lines are read in their columns' order, and its 原文 and line numbers follow that order`,
    );
  return { kind: "text", text: columns.text, encoding: decoded.encoding };
}

/** Each page's raw lines (a fix names a line of one page). */
const rawLinesOf = (source: Source): string[][] =>
  source.kind === "text" ? [source.text.split(LINE_BREAK)] : source.pages.map((p) => p.text.split(LINE_BREAK));

// 2. What the editor put beside the page: metadata (page.meta.json) and corrections (page.fix.json).
function readEditorFiles(
  root: string,
  file: string,
  lines: readonly (readonly string[])[],
  say: Say,
): { meta: Sidecar | null; fixes: Fix[] } | null {
  const sidecar = readSidecar(root, file);
  if (sidecar.warning) say.warn(`sidecar ${repoPath(sidecar.file)}: ${sidecar.warning}`);
  if (sidecar.error) say.error(`sidecar ${repoPath(sidecar.file)}: ${sidecar.error}`);
  // a 版名 is bounded here, once: the records take it as cut
  const given = sidecar.meta?.pageName;
  const pageName = given ? cutText(given, MAX_PAGE_NAME) : undefined;
  if (given && pageName !== given)
    say.warn(
      `sidecar ${repoPath(sidecar.file)}: pageName is ${given.length} characters; a 版名 is kept to its first ${MAX_PAGE_NAME}`,
    );
  const meta = sidecar.meta && { ...sidecar.meta, ...(pageName ? { pageName } : {}) };
  const fix = readFixes(root, file);
  if (fix.warning) say.warn(`corrections ${repoPath(fix.file)}: ${fix.warning}`);
  if (fix.error) say.error(`corrections ${repoPath(fix.file)}: ${fix.error}`);
  // corrections are checked against the page before it is parsed (a fix names its page of a PDF of several)
  for (const f of fix.fixes)
    if ((f.page ?? 1) > lines.length)
      say.error(
        `corrections ${repoPath(fix.file)}: fix "${f.op}" names page ${f.page}, but the file has ${lines.length} page(s)`,
        f.line,
      );
  for (const [k, raw] of lines.entries()) {
    const at = lines.length > 1 ? ` (page ${k + 1})` : "";
    const fixes = fix.fixes.filter((f) => (f.page ?? 1) === k + 1);
    for (const p of checkFixesAgainstPage(fixes, raw))
      say.error(`corrections ${repoPath(fix.file)}${at}: ${p.message}`, p.line);
  }
  return say.failed ? null : { meta, fixes: fix.fixes };
}

// 3. The paper: the one the sidecar names, else the one whose folder the page stands in.
function paperOf(ctx: FolderContext, file: string, meta: Sidecar | null, say: Say): Publication | null {
  const paper = publicationIdOf(ctx.dir, file, meta, ctx.publications);
  if (paper.from !== "none") {
    const publication = ctx.publications.get(paper.id);
    if (publication) return publication;
    say.error(
      `sidecar names publication "${paper.id}", which ${repoPath(join(ctx.dir, "publications.json"))} does not list`,
    );
    return null;
  }
  // publications.json lists no paper (or is missing, said once): every page is the stand-in's, no page to warn of
  if (!ctx.publications.size) return UNKNOWN_PUBLICATION;
  if (paper.near !== null) {
    say.error(
      `stands in the folder "${paper.folder}", which is no paper's; the paper "${paper.near}" has the folder ${paper.near}/: name the folder exactly so (or give the page a sidecar)`,
    );
    return null;
  }
  say.warn(
    paper.folder === null
      ? `stands in no paper's folder and has no sidecar: filed under ${UNKNOWN_PUBLICATION.name} (put it in content/<paper id>/, or give it a sidecar naming its paper)`
      : `stands in the folder "${paper.folder}", which no paper of publications.json is named after, and has no sidecar: filed under ${UNKNOWN_PUBLICATION.name}`,
  );
  return UNKNOWN_PUBLICATION;
}

// 5. The issue's date: printed on the page, given in the sidecar, in the file's name, or estimated from the stories.
function dateOfPage(parsed: Parsed, meta: Sidecar | null, file: string, say: Say): PaperDate {
  for (const f of parsed.furniture.filter((f) => f.kind === "issue-date")) {
    const printed = printedIssueDate(f.text);
    if (!printed) continue;
    const date = dateOf(printed, false, `版面印有：${printed.text}`);
    if (date) return date;
    say.warn(`prints the issue date ${printed.text}, ${printedDateSlip(printed)}: not used`, f.lines[0] ?? null);
  }
  // a sidecar's date was checked by its schema (a day of the calendar, 1900–2100)
  if (meta?.date) return sidecarDate(meta.date)!;
  const named = fileNameDate(file);
  if (named) return named;
  const slip = fileNameDateSlip(file);
  if (slip) say.warn(`its name begins with ${slip}: not used as its date`);
  const headlines = parsed.articles.flatMap((a) => [a.column, a.kicker, a.titleInferred ? null : a.title, a.subtitle]);
  const estimate = estimateDate(
    parsed.articles.flatMap((a) => a.blocks.map((b) => b.text)),
    headlines.filter((h): h is string => h !== null),
  );
  if (estimate) return estimate;
  say.warn("no date printed, given, in the file's name or named in the stories: give one in the sidecar");
  return { precision: "unknown", evidence: "版面未印日期，元数据与文件名未给出，报道中也未提到日期" };
}

/** Where a page stands in its file: its id, its source, its 版次 and, for a PDF page, the printed page. */
interface PagePlace {
  id: string;
  source: string;
  pageNumber: number | null;
  printed: Printed | null;
  layout: PageLayout | null;
}

/** The 版次 a folio prints (A06 → 6, 7 → 7), or null when it prints none a number can be read from. */
const folioNumber = (folio: string | null): number | null => {
  const n = folio ? Number(/\d+/u.exec(folio)?.[0]) : Number.NaN;
  return n >= 1 && n <= 999 ? n : null;
};

/**
 * Where each page of a file stands. A text page, or a PDF of one page, is the file's own page; the pages of a
 * PDF of several are numbered as printed (its folio) when every page prints a different one, else by their
 * place in the file, and their ids say which.
 */
function placesOf(ctx: FolderContext, file: string, source: Source, meta: Sidecar | null): PagePlace[] {
  const src = repoPath(file);
  const id = pageIdOf(relative(ctx.dir, file));
  if (source.kind === "text")
    return [{ id, source: source.copy ?? src, pageNumber: meta?.page ?? null, printed: null, layout: null }];
  const n = source.pages.length;
  const folios = source.pages.map((p) => p.folio?.toLowerCase().replace(/[^a-z0-9]+/gu, "") || null);
  const byFolio = folios.every((f) => f !== null) && new Set(folios).size === n;
  return source.pages.map((p, k) => ({
    id: n === 1 ? id : `${id}-${byFolio ? folios[k] : `p${p.index}`}`,
    source: pdfSource(src, p.index, n),
    // one page: the sidecar's 版次, else the folio's; several: each page's folio, else counted from the sidecar's
    pageNumber:
      n === 1
        ? (meta?.page ?? folioNumber(p.folio))
        : (folioNumber(p.folio) ?? (meta?.page !== undefined ? meta.page + k : p.index)),
    printed: {
      file: src,
      index: p.index,
      width: p.width,
      height: p.height,
      folio: p.folio,
      overprints: p.overprints.map((o) => ({ text: o.text, box: onPage(o.box, p) })),
    },
    layout: p,
  }));
}

// 6. The records: page, issue and stories, with ids that stay put and the places each story is about.
function recordsOf(
  ctx: FolderContext,
  place: PagePlace,
  parsed: Parsed,
  meta: Sidecar | null,
  publication: Publication,
  encoding: string,
  date: PaperDate,
) {
  const src = place.source;
  const pageId = place.id;
  // an undated issue is its page's own: two undated pages are never put together by a made-up date
  const issueId = meta?.issue
    ? `${publication.id}-${meta.issue}`
    : date.precision === "unknown"
      ? `${publication.id}-undated-${pageId}`
      : `${publication.id}-${issueKey(date)}`;
  const numbers = parsed.furniture.filter((f) => f.kind === "issue-number").map((f) => issueNumbers(f.text))[0];
  const issue: Issue = {
    id: issueId,
    publication: publication.id,
    date,
    number: numbers?.number ?? null,
    yearNumber: numbers?.yearNumber ?? null,
    pages: [pageId],
  };
  const home = ctx.index.byCode.get(publication.home) ?? ctx.index.byCode.get(UNKNOWN_PUBLICATION.home)!;
  const given = storyIds(
    pageId,
    parsed.articles.map((d) => {
      const lines = d.blocks.flatMap((b) => b.lines);
      return {
        opening: inkOf(d.blocks[0]!.text).slice(0, 40),
        ink: inkOf(d.blocks.map((b) => b.text).join("")),
        lines: new Set(lines),
        anchor: lines[0] ?? d.lines[0],
        span: d.lines,
      };
    }),
    ctx.ledger.get(pageId) ?? new Map(),
    { before: !ctx.ledgerKept },
  );
  // on a printed page, the lines each story holds mark out its areas
  const held = place.layout ? linesHeld(parsed) : [];
  const articles = parsed.articles.map((d, k): Article => {
    const id = given.ids[k]!;
    const places = tagPlaces(
      {
        headline: [d.kicker, d.title && !d.titleInferred ? d.title : null, d.subtitle].filter(Boolean).join(" "),
        lead: d.blocks[0]!.text,
        body: d.blocks.map((b) => b.text).join("\n"),
      },
      home,
      ctx.index,
    );
    return {
      id,
      url: urls.article(id),
      source: src,
      publication: publication.id,
      issue: issueId,
      page: pageId,
      pageNumber: place.pageNumber,
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
      subjects: places.subjects,
      mentions: places.mentions,
      lines: d.lines,
      repeats: d.repeats,
      areas: place.layout ? areasOf(place.layout.lines, held[k]!, place.layout) : [],
      edits: d.edits,
    };
  });
  const page: Page = {
    id: pageId,
    source: src,
    publication: publication.id,
    issue: issueId,
    pageNumber: place.pageNumber,
    pageName: meta?.pageName ?? null,
    encoding,
    furniture: parsed.furniture,
    unassigned: parsed.unassigned,
    articles: articles.map((a) => a.id),
    rawLines: parsed.lines.map((l) => l.raw),
    printed: place.printed,
  };
  return {
    page,
    issue,
    articles,
    given: articles.map((a, k): [string, string, number] => [a.id, pageId, given.anchors[k]!]),
    retired: given.retired.map(([id, line]): [string, string, number] => [id, pageId, line]),
    // an id no story keeps: its address leads to the story now holding its text, else to the issue showing the page
    moved: given.gone.map(([from, to]): [string, string] => [
      urls.article(from),
      to ? urls.article(to) : urls.issue(issueId),
    ]),
  };
}

/** The part of an issue id a date gives: 2025-01-03, 2024-07, 2024, or 2023-12-29-or-later for a lower bound. */
const issueKey = (date: PaperDate) => `${dateSortKey(date)}${date.precision === "not-before" ? "-or-later" : ""}`;

/**
 * One raw page (or a PDF's pages), read as the ingest reads it, in numbered steps: 1 text (or a PDF's pages
 * laid out), 2 the editor's files, 3 the paper, 4 the parse (through the cache), 5 the date, 6 the records,
 * 7 their validation. A step that finds an error stops the file; warnings go on. `--explain` reads a page
 * through this same function.
 */
export function readPage(ctx: FolderContext, file: string): PageReading {
  const say = new Say(repoPath(file));
  const report: FileReport = { file: say.file, ok: true, encoding: null, articles: 0, problems: say.problems };
  const done = (pages: PageRead[]): PageReading => {
    report.ok = !say.failed;
    return { report, pages: report.ok ? pages : [] };
  };
  const source = readSource(ctx, file, say);
  if (!source) return done([]);
  report.encoding = source.encoding;
  const editor = readEditorFiles(ctx.dir, file, rawLinesOf(source), say);
  if (!editor) return done([]);
  const publication = paperOf(ctx, file, editor.meta, say);
  if (!publication) return done([]);
  const profile = ctx.profiles.get(publication.id) ?? null;
  const name = publication.nameKnown ? publication.name : null;
  const pages: PageRead[] = [];
  for (const [k, place] of placesOf(ctx, file, source, editor.meta).entries()) {
    // 4. the parse, in the light of the paper's other pages (its profile) and the editor's corrections
    const fixes = editor.fixes.filter((f) => (f.page ?? 1) === k + 1);
    const { parsed, hit } =
      source.kind === "text"
        ? cachedParse(ctx.cache, parsePage, source.text, name, profile, fixes)
        : cachedParseLines(
            ctx.cache,
            (lines) => parseLines(lines, pageContext(name, profile, fixes)),
            layoutInput(linesOfLayout(source.pages[k]!)),
            name,
            profile,
            fixes,
          );
    const at = source.kind === "pdf" && source.pages.length > 1 ? ` (page ${k + 1})` : "";
    for (const p of parsed.fixProblems)
      say.error(`corrections ${repoPath(besidePage(file, ".fix.json"))}${at}: ${p.message}`, p.line);
    if (say.failed) return done([]);
    if (parsed.articles.length === 0) say.warn(`no story recognised on this page${at}: its text is listed for review`);
    const date = dateOfPage(parsed, editor.meta, file, say);
    const records = recordsOf(ctx, place, parsed, editor.meta, publication, source.encoding, date);
    // 7. every record checked with the schemas the site's collections use
    for (const a of records.articles) {
      const r = articleSchema.safeParse(a);
      if (!r.success)
        say.error(`article "${a.title}" (lines ${a.lines.join("–")}): ${describeZodError(r.error)}`, a.lines[0]);
    }
    const r = pageSchema.safeParse(records.page);
    if (!r.success) say.error(`page record${at}: ${describeZodError(r.error)}`);
    report.articles += records.articles.length;
    pages.push({ ...records, parsed, cached: hit, publication, profile, fixes, layout: place.layout });
  }
  return done(pages);
}
