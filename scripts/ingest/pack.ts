import { mergeFacts, type Archive, type ArchiveFacts, type PageSlot } from "./merge.ts";

/**
 * An archive whose page and article records are already JSON text. A worker thread hands its share
 * back this way: text crosses threads as one copy, while an object graph is rebuilt object by object
 * on the main thread, which then only stringifies it again to write it.
 */
export interface PackedArchive extends ArchiveFacts {
  /** Where each page says it was printed, in file order: what merging checks. */
  slots: PageSlot[];
  /**
   * The records as JSON arrays of at most CHUNK records each, in file order (no one string nears V8's length
   * limit).
   */
  json: { pages: string[]; articles: string[] };
  counts: { pages: number; articles: number };
}

/** Records per JSON chunk: some megabytes of text. */
const CHUNK = 1000;

const chunksOf = (records: unknown[]) =>
  Array.from({ length: Math.ceil(records.length / CHUNK) }, (_, i) =>
    JSON.stringify(records.slice(i * CHUNK, (i + 1) * CHUNK)),
  );

export function pack(archive: Archive): PackedArchive {
  const { pages, articles, ...facts } = archive;
  return {
    ...facts,
    slots: pages.map((p) => ({
      source: p.source,
      issue: p.issue,
      publication: p.publication,
      pageNumber: p.pageNumber,
    })),
    json: { pages: chunksOf(pages), articles: chunksOf(articles) },
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
    counts: {
      pages: parts.reduce((n, p) => n + p.counts.pages, 0),
      articles: parts.reduce((n, p) => n + p.counts.articles, 0),
    },
  };
}

/**
 * JSON arrays written as one array, byte for byte what JSON.stringify gives for the joined list
 * ([a,b] + [] + [c] → [a,b,c]), a chunk at a time so the whole never has to be one string.
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
