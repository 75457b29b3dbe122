import { existsSync, readFileSync } from "node:fs";
import { z } from "astro/zod";
import {
  articleSummarySchema,
  issueSchema,
  pageSummarySchema,
  placeSchema,
  publicationSchema,
  type Article,
  type ArticleSummary,
  type Issue,
  type PageRecord,
  type PageSummary,
  type Place,
  type Publication,
} from "../schema/index.ts";
import { movedSchema, type Moved } from "../schema/moved.ts";
import { dataFile, type DATA_FILES } from "./layout.ts";
import { readPageRecord, readStory } from "./records.ts";

/**
 * A data folder the ingest wrote, opened for reading: each file read when first asked for and checked against
 * its schema, so a process never takes another's file on trust. A file that is missing or wrong fails naming it.
 */
export interface ArchiveReader {
  dir: string;
  publications(): Publication[];
  issues(): Issue[];
  places(): Place[];
  /** Page summaries, in file order. */
  pages(): PageSummary[];
  /** Story summaries, in file order. */
  articles(): ArticleSummary[];
  moved(): Moved;
  /** One page's whole record (its raw lines, its stories with their text). */
  record(pageId: string): PageRecord;
  /** One story's whole record. */
  story(s: { id: string; page: string }): Article;
}

function readChecked<T>(dir: string, name: keyof typeof DATA_FILES, schema: z.ZodType<T>): T {
  const file = dataFile(dir, name);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(
      `${file}: cannot be read as the ingest's ${name} (${(e as NodeJS.ErrnoException).code ?? "not JSON"})`,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new Error(
      `${file}: not the ingest's ${name}: ${parsed.error.issues[0]?.path.join(".")}: ${parsed.error.issues[0]?.message}`,
    );
  return parsed.data;
}

/** Open a data folder for reading. */
export function openArchive(dir: string): ArchiveReader {
  const memo = new Map<string, unknown>();
  const once =
    <T>(name: keyof typeof DATA_FILES, schema: z.ZodType<T>) =>
    (): T => {
      if (!memo.has(name)) memo.set(name, readChecked(dir, name, schema));
      return memo.get(name) as T;
    };
  return {
    dir,
    publications: once("publications", z.array(publicationSchema)),
    issues: once("issues", z.array(issueSchema)),
    places: once("places", z.array(placeSchema)),
    pages: once("pages", z.array(pageSummarySchema)),
    articles: once("articles", z.array(articleSummarySchema)),
    // an archive written before moved addresses were kept has none
    moved: () => (existsSync(dataFile(dir, "moved")) ? once("moved", movedSchema)() : {}),
    record: (pageId) => readPageRecord(pageId, dir),
    story: (s) => readStory(s, dir),
  };
}
