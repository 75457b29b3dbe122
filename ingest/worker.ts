/**
 * A worker thread's share of an ingest: parse the files it is given, a slice at a time, writing each page's
 * record as it goes (when given a folder), and send back the rest packed as JSON text, slice by slice. Only one slice's full
 * records are ever held.
 */
import { parentPort, workerData } from "node:worker_threads";
import { folderContext, ingestFiles } from "./ingest.ts";
import { pack, type PackedArchive } from "./pack.ts";
import { unpackProfile, type PackedProfile } from "./page/profile.ts";
import { sinkFor } from "./parallel.ts";

/** Files parsed before their records are packed and let go. */
const SLICE = 200;

const { dir, files, profiles, staging } = workerData as {
  dir: string;
  files: string[];
  profiles: [string, PackedProfile][];
  /** Where page records go (see sinkFor). */
  staging: string | null | undefined;
};
const profileMap = new Map(profiles.map(([id, p]) => [id, unpackProfile(p)]));
const sink = sinkFor(staging);
// the papers, their profiles and the gazetteer: made once for every slice
const context = folderContext(dir, files, profileMap);
const parts: PackedArchive[] = [];
for (let from = 0; from < files.length; from += SLICE) {
  const slice = files.slice(from, from + SLICE);
  const archive = ingestFiles(
    dir,
    slice,
    (done) => parentPort!.postMessage({ type: "progress", done: from + done }),
    profileMap,
    context,
  );
  parts.push(pack(archive, sink));
}
// merged once, with every worker's slices, on the main thread (merging checks across all of them)
parentPort!.postMessage({ type: "done", parts });
