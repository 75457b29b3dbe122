/**
 * A worker thread of an ingest: parse the files it is given, a batch at a time, writing each page's record as it
 * goes (when given a folder), and send back the rest packed as JSON text, batch by batch. Only one batch's full
 * records are ever held.
 */
import { parentPort, workerData } from "node:worker_threads";
import { folderContext, ingestFiles } from "./ingest.ts";
import { pack, type PackedArchive } from "./pack.ts";
import { unpackProfile, type PackedProfile } from "./page/profile.ts";
import { sinkFor } from "./parallel.ts";
import type { ParseCache } from "./cache.ts";

/** Files parsed before their records are packed and let go. */
const BATCH = 200;

const { dir, files, profiles, staging, cache } = workerData as {
  dir: string;
  files: string[];
  profiles: [string, PackedProfile][];
  /** Where page records go (see sinkFor). */
  staging: string | null | undefined;
  cache: ParseCache;
};
const profileMap = new Map(profiles.map(([id, p]) => [id, unpackProfile(p)]));
const sink = sinkFor(staging);
// the papers, their profiles and the gazetteer: made once for every batch
const context = folderContext(dir, files, profileMap, cache);
const batches: PackedArchive[] = [];
for (let from = 0; from < files.length; from += BATCH) {
  const batch = files.slice(from, from + BATCH);
  const archive = ingestFiles(
    dir,
    batch,
    (done) => parentPort!.postMessage({ type: "progress", done: from + done }),
    profileMap,
    context,
  );
  batches.push(pack(archive, sink));
}
// merged once, with every worker's batches, on the main thread (merging checks across all of them)
parentPort!.postMessage({ type: "done", batches });
