/** A worker thread's share of an ingest: parse the files it is given and send back what they gave. */
import { parentPort, workerData } from "node:worker_threads";
import { ingestFiles } from "./ingest.ts";

const { dir, files } = workerData as { dir: string; files: string[] };
const archive = ingestFiles(dir, files, (done) => parentPort!.postMessage({ type: "progress", done }));
parentPort!.postMessage({ type: "done", archive });
