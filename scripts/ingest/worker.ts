/**
 * A worker thread's share of an ingest: parse the files it is given and send back what they gave, packed as
 * JSON text.
 */
import { parentPort, workerData } from "node:worker_threads";
import { ingestFiles } from "./ingest.ts";
import { pack } from "./pack.ts";
import { unpackProfile, type PackedProfile } from "./page/profile.ts";

const { dir, files, profiles } = workerData as { dir: string; files: string[]; profiles: [string, PackedProfile][] };
const archive = ingestFiles(
  dir,
  files,
  (done) => parentPort!.postMessage({ type: "progress", done }),
  new Map(profiles.map(([id, p]) => [id, unpackProfile(p)])),
);
parentPort!.postMessage({ type: "done", archive: pack(archive) });
