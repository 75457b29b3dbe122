import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { writeJoinedJsonArrays, type PackedArchive } from "./pack.ts";

/** Where the ingest leaves its records for the site's content collections. */
export const DATA_DIR = process.env["LUBAO_DATA_DIR"] ?? ".lubao/data";

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
 * Write the archive's records as a whole or not at all: into a fresh folder beside the target, then
 * swapped in by rename, so a failed run never leaves half a data set for the site to build from.
 */
export function writeArchive(archive: PackedArchive, target = DATA_DIR): void {
  const tmp = `${target}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  try {
    const files: Record<string, unknown> = {
      "publications.json": archive.publications,
      "issues.json": archive.issues,
      "places.json": archive.places,
    };
    for (const [name, value] of Object.entries(files)) writeFileSync(join(tmp, name), stableJson(value));
    writeChunks(join(tmp, "pages.json"), archive.json.pages);
    writeChunks(join(tmp, "articles.json"), archive.json.articles);
  } catch (e) {
    // half written: nothing of it is kept, and the data in place stays as it was
    rmSync(tmp, { recursive: true, force: true });
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
  renameSync(tmp, target);
  rmSync(old, { recursive: true, force: true });
}
