import { z } from "astro/zod";
import type { Article, Issue, Page, Publication } from "./schema/index.ts";
import {
  blockSchema,
  editSchema,
  repeatSchema,
  paperDateSchema,
  placeLevel,
  furnitureSchema,
  unassignedSchema,
  boxSchema,
  printedSchema,
} from "./schema/index.ts";
import { isoPaperDate } from "./dates.ts";
import { urls } from "./urls.ts";
import { bodyToMarkdown } from "./text/mdast.ts";

/** The export's version, in index.json: within it fields are only ever added, never removed or changed. */
export const EXPORT_SCHEMA = "lubao/1";

/** A place in the export: code, name, level. */
const exportPlace = z.object({ code: z.string(), name: z.string(), level: placeLevel, evidence: z.array(z.string()) });

/** One article as researchers (and the scorer) read it from dist/data/issues/<issue>.json. */
export const exportArticleSchema = z.object({
  id: z.string(),
  url: z.string(),
  /** The raw file's path relative to the repository root. */
  source: z.string(),
  /**
   * ISO 8601, as precise as known: YYYY-MM-DD, YYYY-MM, YYYY, or YYYY-MM-DD/.. (not before); null when
   * unknown. dateInfo says how it was known.
   */
  date: z.string().nullable(),
  dateInfo: paperDateSchema,
  page: z.string(),
  pageNumber: z.number().nullable(),
  order: z.number(),
  /** The bullet printed before a brief's headline (■), or null. */
  mark: z.string().nullable(),
  title: z.string(),
  titleInferred: z.boolean(),
  kicker: z.string().nullable(),
  subtitle: z.string().nullable(),
  column: z.string().nullable(),
  authors: z.array(z.string()),
  /** The byline lines as printed (□ 本报记者 X, （X Y）…): the authors are read from them. */
  bylines: z.array(z.string()),
  dateline: z.string().nullable(),
  blocks: z.array(
    blockSchema.options[0]
      .pick({ text: true })
      .extend({ type: z.enum(blockSchema.options.map((o) => o.shape.type.value) as [string, ...string[]]) }),
  ),
  /** The body as Markdown, serialised from its mdast tree (text escaped, never markup). */
  markdown: z.string(),
  /**
   * Places the story is about, at any level (the archive's `subjects`): the export keeps the name it was first
   * published under, which researchers' scripts and the segmentation scorer read.
   */
  districts: z.array(exportPlace),
  /** Places named in passing. */
  mentions: z.array(exportPlace),
  lines: z.tuple([z.number(), z.number()]),
  /** Lines the page printed again inside the story (a pull quote, a headline repeated over a jump). */
  repeats: z.array(repeatSchema),
  /** Corrections an editor made to the story's reading (<page>.fix.json), with what the parse had read before. */
  edits: z.array(editSchema),
  /**
   * The areas of the printed page the story covers (boxes in PDF points from the page's top-left corner, in its
   * page's `printed` size); empty for a page that came as text.
   */
  areas: z.array(boxSchema),
});

export const exportPageSchema = z.object({
  id: z.string(),
  source: z.string(),
  pageNumber: z.number().nullable(),
  pageName: z.string().nullable(),
  furniture: z.array(furnitureSchema),
  unassigned: z.array(unassignedSchema),
  articles: z.array(z.string()),
  /** The page's lines exactly as the file has them (原文; line n is rawLines[n − 1]). */
  rawLines: z.array(z.string()),
  /**
   * The printed page a PDF gave (its file, which page of it, its size in points, the page number it prints, and
   * the glyphs it draws twice, kept once); null for a page that came as text.
   */
  printed: printedSchema.nullable(),
});

/** dist/data/issues/<issue-id>.json */
export const exportIssueSchema = z.object({
  id: z.string(),
  publication: z.object({ id: z.string(), name: z.string(), nameKnown: z.boolean() }),
  date: z.string().nullable(),
  dateInfo: paperDateSchema,
  number: z.number().nullable(),
  yearNumber: z.number().nullable(),
  pages: z.array(exportPageSchema),
  articles: z.array(exportArticleSchema),
});

/** dist/data/index.json */
export const exportIndexSchema = z.object({
  schema: z.literal(EXPORT_SCHEMA),
  issues: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      publication: z.string(),
      date: z.string().nullable(),
      pages: z.array(
        z.object({
          id: z.string(),
          source: z.string(),
          pageNumber: z.number().nullable(),
          articles: z.array(z.string()),
        }),
      ),
    }),
  ),
});

/** dist/data/places.json: the places that have stories, in gazetteer order. */
export const exportPlacesSchema = z.array(
  z.object({
    /** GB/T 2260 code (a zone: the statistics bureau's code or the archive's own id; codeSource says which). */
    code: z.string(),
    name: z.string(),
    level: placeLevel,
    /** The code of the place it belongs to (a district's city, a city's province); null for the province. */
    parent: z.string().nullable(),
    codeSource: z.enum(["gb2260", "stats", "local"]),
    slug: z.string(),
    /** The name in pinyin, as a reader may type it (jiyangqu). */
    pinyin: z.string(),
    url: z.string(),
    /** Stories about the place (a city's include its districts'). */
    count: z.number(),
  }),
);

const toPlace = (d: Article["subjects"][number]) => ({
  code: d.code,
  name: d.name,
  level: d.level,
  evidence: d.evidence,
});

export function exportArticle(a: Article): z.infer<typeof exportArticleSchema> {
  return {
    id: a.id,
    url: a.url,
    source: a.source,
    date: isoPaperDate(a.date),
    dateInfo: a.date,
    page: a.page,
    pageNumber: a.pageNumber,
    order: a.order,
    mark: a.mark,
    title: a.title,
    titleInferred: a.titleInferred,
    kicker: a.kicker,
    subtitle: a.subtitle,
    column: a.column,
    authors: a.authors,
    bylines: a.bylines,
    dateline: a.dateline,
    blocks: a.blocks.map((b) => ({ type: b.type, text: b.text })),
    markdown: bodyToMarkdown(a.blocks, a.dateline),
    districts: a.subjects.map(toPlace),
    mentions: a.mentions.map(toPlace),
    lines: a.lines,
    repeats: a.repeats,
    edits: a.edits,
    areas: a.areas,
  };
}

export function exportIssue(
  issue: Issue,
  publication: Publication,
  pages: Page[],
  articles: Article[],
): z.infer<typeof exportIssueSchema> {
  return {
    id: issue.id,
    publication: { id: publication.id, name: publication.name, nameKnown: publication.nameKnown },
    date: isoPaperDate(issue.date),
    dateInfo: issue.date,
    number: issue.number,
    yearNumber: issue.yearNumber,
    pages: pages.map((p) => ({
      id: p.id,
      source: p.source,
      pageNumber: p.pageNumber,
      pageName: p.pageName,
      furniture: p.furniture,
      unassigned: p.unassigned,
      articles: p.articles,
      rawLines: p.rawLines,
      printed: p.printed,
    })),
    articles: articles.map(exportArticle),
  };
}

export function exportIndex(issues: Issue[], pages: Omit<Page, "rawLines">[]): z.infer<typeof exportIndexSchema> {
  return {
    schema: EXPORT_SCHEMA,
    issues: issues.map((i) => ({
      id: i.id,
      url: urls.issueData(i.id),
      publication: i.publication,
      date: isoPaperDate(i.date),
      pages: pages
        .filter((p) => p.issue === i.id)
        .map((p) => ({ id: p.id, source: p.source, pageNumber: p.pageNumber, articles: p.articles })),
    })),
  };
}
