// The ingest's records as the site reads them: small summaries for lists, the content collections and search
// filters, and one record file per page with the text. Summaries are made here, from the full records, by the
// ingest; the site reads a page's record when it renders that page's stories.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import {
  pageRecordSchema,
  type Article,
  type ArticleSummary,
  type Page,
  type PageRecord,
  type PageSummary,
} from "../schema/index.ts";
import { recordFile } from "./layout.ts";

/** A page record as the text it is written as, and the digest its summary carries. */
export function serialiseRecord(record: PageRecord): { json: string; digest: string } {
  const json = `${JSON.stringify(record)}\n`;
  return { json, digest: createHash("sha1").update(json).digest("hex") };
}

export const summarisePage = ({ rawLines: _raw, ...page }: Page, record: string): PageSummary => ({ ...page, record });

export const summariseArticle = ({
  blocks: _blocks,
  bylines: _bylines,
  mentions: _mentions,
  repeats: _repeats,
  areas: _areas,
  edits: _edits,
  ...a
}: Article): ArticleSummary => a;

/** A story's full record, from its page's record; a story its page's record lacks fails naming both. */
export function readStory(story: { id: string; page: string }, dir: string, checked = true): Article {
  const a = readPageRecord(story.page, dir, checked).articles.find((x) => x.id === story.id);
  if (!a) throw new Error(`${recordFile(dir, story.page)}: holds no story ${story.id}, which articles.json lists`);
  return a;
}

/** The last few records read: a build renders a page's stories one after another. */
const recent = new Map<string, PageRecord>();
const RECENT = 64;

/**
 * One page's record, checked against the schema (unless `checked` is false: a reader that gets it straight from
 * the ingest, as the search indexer does, may skip the check's cost); an unreadable or wrong file fails naming it.
 */
export function readPageRecord(pageId: string, dir: string, checked = true): PageRecord {
  const file = recordFile(dir, pageId);
  const hit = recent.get(file);
  if (hit) return hit;
  let record: PageRecord;
  try {
    const json = JSON.parse(readFileSync(file, "utf8")) as PageRecord;
    record = checked ? pageRecordSchema.parse(json) : json;
  } catch (e) {
    throw new Error(`${file}: not a page record the ingest wrote (${(e as Error).message.slice(0, 300)})`);
  }
  if (recent.size >= RECENT) recent.delete(recent.keys().next().value!);
  recent.set(file, record);
  return record;
}
