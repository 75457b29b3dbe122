import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { dataDir, RECORDS, recordFile } from "../archive/store/records.ts";
import { MOVED } from "../archive/store/moved.ts";
import type { Moved } from "../archive/schema/moved.ts";
import { writeJoinedJsonArrays, type PackedArchive, type RecordSink } from "./pack.ts";

/** Where the ingest leaves its records for the site's content collections. */
export const DATA_DIR = dataDir();

/** Stable JSON: two builds of the same input write the same bytes. */
export const stableJson = (value: unknown) => `${JSON.stringify(value)}\n`;

/** A list of records already packed as JSON chunks, written as one JSON array (the bytes stableJson would give). */
function writeChunks(file: string, chunks: string[]): void {
  const fd = openSync(file, "w");
  try {
    writeJoinedJsonArrays((text) => void writeSync(fd, text), chunks);
    writeSync(fd, "\n");
  } finally {
    closeSync(fd);
  }
}

/**
 * A fresh folder beside the target that a run writes into (page records as they are made, then the rest),
 * swapped in by writeArchive when all is written, or removed.
 */
export function startStaging(target = DATA_DIR): string {
  const tmp = `${target}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, RECORDS), { recursive: true });
  return tmp;
}

/** A sink writing each page record to its file under a staging folder. */
export const recordsInto =
  (staging: string): RecordSink =>
  (pageId, json) =>
    writeFileSync(recordFile(staging, pageId), json);

/**
 * Write the archive's records as a whole or not at all: into the staging folder beside the target (where the
 * page records may already be), then swapped in by rename, so a failed run never leaves half a data set for the
 * site to build from.
 */
export function writeArchive(
  archive: PackedArchive,
  target = DATA_DIR,
  staging = startStaging(target),
  moved: Moved = {},
): void {
  try {
    const files: Record<string, unknown> = {
      "publications.json": archive.publications,
      "issues.json": archive.issues,
      "places.json": archive.places,
      [MOVED]: moved,
    };
    for (const [name, value] of Object.entries(files)) writeFileSync(join(staging, name), stableJson(value));
    writeChunks(join(staging, "pages.json"), archive.json.pages);
    writeChunks(join(staging, "articles.json"), archive.json.articles);
    const sink = recordsInto(staging);
    for (const [id, json] of archive.records) sink(id, json);
  } catch (e) {
    // half written: nothing of it is kept, and the data in place stays as it was
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  mkdirSync(dirname(target), { recursive: true });
  const old = `${target}.old-${process.pid}`;
  rmSync(old, { recursive: true, force: true });
  try {
    renameSync(target, old);
  } catch {
    // no earlier data
  }
  renameSync(staging, target);
  rmSync(old, { recursive: true, force: true });
}
