/**
 * A worker thread of the printed-page step: render the pages it is sent (one at a time) into the image cache, and
 * say when each is done or why it failed.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort } from "node:worker_threads";
import { renderPage } from "./render.ts";
import { QUALITY, WIDTHS } from "./plan.ts";

/** One page to render: which page of which PDF, and the cache folder its images go in. */
export interface RenderJob {
  pdf: string;
  index: number;
  into: string;
}
export type RenderReply = { into: string; ok: true } | { into: string; ok: false; message: string };

parentPort!.on("message", async (job: RenderJob) => {
  try {
    const images = await renderPage(new Uint8Array(readFileSync(job.pdf)), job.index, WIDTHS, QUALITY);
    // written beside the cache entry and renamed into place: a stopped build leaves no half entry
    const staging = `${job.into}.tmp-${process.pid}-${Date.now()}`;
    mkdirSync(staging, { recursive: true });
    for (const [w, bytes] of images) writeFileSync(join(staging, `${w}.webp`), bytes);
    rmSync(job.into, { recursive: true, force: true });
    renameSync(staging, job.into);
    parentPort!.postMessage({ into: job.into, ok: true } satisfies RenderReply);
  } catch (e) {
    parentPort!.postMessage({ into: job.into, ok: false, message: (e as Error).message } satisfies RenderReply);
  }
});
