import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { listPages } from "./files.ts";
import { withWalkProblems } from "./merge.ts";
import { mergePacked, pack, type PackedArchive, type RecordSink } from "./pack.ts";
import { recordsInto } from "./write.ts";
import { packProfile } from "./page/profile.ts";
import { NO_PARSE_CACHE, type ParseCache } from "./cache.ts";

/** Where page records go: a staging folder's files, nowhere (null), or the packed result (undefined). */
export const sinkFor = (staging: string | null | undefined): RecordSink | undefined =>
  staging === undefined ? undefined : staging === null ? () => {} : recordsInto(staging);

/** Below this many files a single thread is quicker than starting workers. */
export const MIN_FILES_FOR_WORKERS = 300;

/**
 * The ingest on every core: the folder's files in contiguous runs, one worker thread each (pages
 * parse independently), merged back in file order, so the result is the same as a single thread's.
 * The parser is loaded by the workers, not here, so they start at once. Page records are written under
 * `staging` as they are made (null: a check, which writes nothing; none given: kept in the result).
 */
export async function ingestFolderParallel(
  dir: string,
  {
    onFile = () => {},
    minFiles = MIN_FILES_FOR_WORKERS,
    staging,
    cache = NO_PARSE_CACHE,
  }: {
    onFile?: (done: number, total: number) => void;
    minFiles?: number;
    staging?: string | null;
    cache?: ParseCache;
  } = {},
): Promise<PackedArchive> {
  const oneThread = async () =>
    pack((await import("./ingest.ts")).ingestFolder(dir, { onFile, cache }), sinkFor(staging));
  const list = listPages(dir);
  const files = list.files;
  const workers = Math.min(availableParallelism(), 4);
  if (files.length < minFiles || workers < 2) return oneThread();
  // the papers' profiles span every worker's files: read them once here and hand them to each worker
  const { profilesOf } = await import("./profiles.ts");
  const { readPublications } = await import("./ingest.ts");
  const profiles = [...profilesOf(dir, files, readPublications(dir, []), cache)].map(
    ([id, p]) => [id, packProfile(p)] as const,
  );
  const size = Math.ceil(files.length / workers);
  const runs = Array.from({ length: workers }, (_, i) => files.slice(i * size, (i + 1) * size)).filter((s) => s.length);
  const progress = runs.map(() => 0);
  let batches: PackedArchive[][];
  try {
    batches = await Promise.all(
      runs.map(
        (run, i) =>
          new Promise<PackedArchive[]>((resolve, reject) => {
            const worker = new Worker(new URL("./worker.ts", import.meta.url), {
              workerData: { dir, files: run, profiles, staging, cache },
            });
            worker.on(
              "message",
              (m: { type: "progress"; done: number } | { type: "done"; batches: PackedArchive[] }) => {
                if (m.type === "progress") {
                  progress[i] = m.done + 1;
                  onFile(progress.reduce((a, b) => a + b, 0) - 1, files.length);
                } else resolve(m.batches);
              },
            );
            worker.on("error", reject);
            worker.on("exit", (code) => {
              if (code !== 0) reject(new Error(`ingest worker stopped with exit code ${code}`));
            });
          }),
      ),
    );
  } catch (e) {
    // a runtime that cannot load the worker (a Node without type stripping) still gets the ingest, on one thread
    process.stderr.write(`ingest: worker threads unavailable (${(e as Error).message}); parsing on one thread\n`);
    return oneThread();
  }
  return withWalkProblems(mergePacked(batches.flat()), list.problems);
}
