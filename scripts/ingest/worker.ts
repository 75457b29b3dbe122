/** A worker thread's share of an ingest: parse the files it is given and send back what they gave, packed as JSON text. */
import { parentPort, workerData } from "node:worker_threads";
import { ingestFiles } from "./ingest.ts";
import { pack } from "./pack.ts";

const { dir, files } = workerData as { dir: string; files: string[] };
const archive = ingestFiles(dir, files, (done) => parentPort!.postMessage({ type: "progress", done }));
parentPort!.postMessage({ type: "done", archive: pack(archive) });
