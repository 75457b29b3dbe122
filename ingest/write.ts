import { closeSync, openSync, rmSync, writeFileSync, writeSync } from "node:fs";
import type { Moved } from "../archive/schema/moved.ts";
import { type DATA_FILES, dataFile, RECORDS, recordFile } from "../archive/store/layout.ts";
import { startStaging, swapIn } from "../archive/store/staging.ts";
import { writeJoinedJsonArrays, type PackedArchive, type RecordSink } from "./pack.ts";

/** Stable JSON: two builds of the same input write the same bytes. */
export const stableJson = (value: unknown) => `${JSON.stringify(value)}\n`;

/** A list of records already packed as JSON batches, written as one JSON array (the bytes stableJson would give). */
function writeBatches(file: string, batches: string[]): void {
  const fd = openSync(file, "w");
  try {
    writeJoinedJsonArrays((text) => void writeSync(fd, text), batches);
    writeSync(fd, "\n");
  } finally {
    closeSync(fd);
  }
}

/**
 * A fresh folder beside the target data folder that a run writes into (page records as they are made, then the
 * rest), swapped in by writeArchive when all is written, or removed.
 */
export const startDataStaging = (target: string): string => startStaging(target, "tmp", [RECORDS]);

/** A sink writing each page record to its file under a staging folder. */
export const recordsInto =
  (staging: string): RecordSink =>
  (pageId, json) =>
    writeFileSync(recordFile(staging, pageId), json);

/**
 * Write the archive's records as a whole or not at all: into the staging folder beside the target (where the
 * page records may already be), then swapped in, so a failed run never leaves half a data set for the site to
 * build from.
 */
export function writeArchive(
  archive: PackedArchive,
  target: string,
  staging = startDataStaging(target),
  moved: Moved = {},
): void {
  try {
    const files: [keyof typeof DATA_FILES, unknown][] = [
      ["publications", archive.publications],
      ["issues", archive.issues],
      ["places", archive.places],
      ["moved", moved],
    ];
    for (const [name, value] of files) writeFileSync(dataFile(staging, name), stableJson(value));
    writeBatches(dataFile(staging, "pages"), archive.json.pages);
    writeBatches(dataFile(staging, "articles"), archive.json.articles);
    const sink = recordsInto(staging);
    for (const [id, json] of archive.records) sink(id, json);
  } catch (e) {
    // half written: nothing of it is kept, and the data in place stays as it was
    rmSync(staging, { recursive: true, force: true });
    throw e;
  }
  swapIn(staging, target);
}
