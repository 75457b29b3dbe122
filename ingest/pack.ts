import { groupBy } from "../archive/group.ts";
import { serialiseRecord, summariseArticle, summarisePage } from "../archive/store/records.ts";
import { mergeFacts, slotsOf, type Archive, type ArchiveFacts, type PageSlot } from "./merge.ts";

/**
 * An archive as it is written: the summaries the site's lists and collections read, already JSON text, and
 * each page's record (the page and its stories, text included) either handed to a sink as it is made (a
 * worker writes it to its file at once, and keeps nothing of it) or kept here for writeArchive. Text crosses
 * threads as one copy, while an object graph is rebuilt object by object on the main thread.
 */
export interface PackedArchive extends ArchiveFacts {
  /** Where each page says it was printed, in file order: what merging checks. */
  slots: PageSlot[];
  /**
   * The page and story summaries as JSON arrays of at most BATCH records each, in file order (no one string
   * nears V8's length limit).
   */
  json: { pages: string[]; articles: string[] };
  /** Page records not yet written: [page id, JSON text]. */
  records: [string, string][];
  counts: { pages: number; articles: number };
}

/** Where a page record goes as soon as it is made: its file, or nowhere (a check writes nothing). */
export type RecordSink = (pageId: string, json: string) => void;

/** Records per JSON batch: some megabytes of text. */
const BATCH = 1000;

const batchesOf = (records: unknown[]) =>
  Array.from({ length: Math.ceil(records.length / BATCH) }, (_, i) =>
    JSON.stringify(records.slice(i * BATCH, (i + 1) * BATCH)),
  );

export function pack(archive: Archive, sink?: RecordSink): PackedArchive {
  const { pages, articles, ...facts } = archive;
  const ofPage = groupBy(articles, (a) => [a.page]);
  const records: [string, string][] = [];
  const summaries = pages.map((page) => {
    const { json, digest } = serialiseRecord({ page, articles: ofPage.get(page.id) ?? [] });
    if (sink) sink(page.id, json);
    else records.push([page.id, json]);
    return summarisePage(page, digest);
  });
  return {
    ...facts,
    slots: slotsOf(pages, facts.issues),
    json: { pages: batchesOf(summaries), articles: batchesOf(articles.map(summariseArticle)) },
    records,
    counts: { pages: pages.length, articles: articles.length },
  };
}

/** Shares of an ingest as one packed archive, in file order (the same as packing the merged archive). */
export function mergePacked(parts: PackedArchive[]): PackedArchive {
  const slots = parts.flatMap((p) => p.slots);
  return {
    ...mergeFacts(parts, slots),
    slots,
    json: { pages: parts.flatMap((p) => p.json.pages), articles: parts.flatMap((p) => p.json.articles) },
    records: parts.flatMap((p) => p.records),
    counts: {
      pages: parts.reduce((n, p) => n + p.counts.pages, 0),
      articles: parts.reduce((n, p) => n + p.counts.articles, 0),
    },
  };
}

/**
 * JSON arrays written as one array, byte for byte what JSON.stringify gives for the joined list
 * ([a,b] + [] + [c] → [a,b,c]), a batch at a time so the whole never has to be one string.
 */
export function writeJoinedJsonArrays(write: (text: string) => void, arrays: string[]): void {
  write("[");
  let first = true;
  for (const a of arrays) {
    if (a.length <= 2) continue;
    write(first ? a.slice(1, -1) : `,${a.slice(1, -1)}`);
    first = false;
  }
  write("]");
}
