import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { PdfLayout } from "./layout.ts";

/**
 * The PDF layer in one synchronous call. pdfjs reads with promises, but the ingest reads a page in one
 * synchronous step (read-page.ts), as the build, `--check`, `--explain`, the eval and the ingest's own worker
 * threads all call it. So a PDF is laid out in a helper thread while the calling thread waits on a shared flag
 * (Atomics.wait), then takes the answer from its port (receiveMessageOnPort): the same bridge synckit gives
 * linters. The helper starts on the first PDF, keeps pdfjs loaded for the next, and never keeps the process alive.
 */

/** How long the helper may take to load pdfjs, and to lay out one file, before the file is reported as unread. */
const START_MS = 60_000;
const FILE_MS = 300_000;

let helper: Worker | null = null;

function start(): Worker | string {
  const ready = new Int32Array(new SharedArrayBuffer(4));
  const w = new Worker(new URL("./layout-thread.ts", import.meta.url), { workerData: { ready } });
  w.unref();
  if (Atomics.wait(ready, 0, 0, START_MS) === "timed-out") {
    void w.terminate();
    return `the PDF reader did not start within ${START_MS / 1000} s`;
  }
  return w;
}

/** A PDF file's pages laid out (PDF_STAGES), or a message naming the file; waits for the helper thread. */
export function layoutPdfNow(bytes: Uint8Array, file: string): PdfLayout {
  if (!helper) {
    const started = start();
    if (typeof started === "string") return { ok: false, message: `${file}: ${started}` };
    helper = started;
  }
  const done = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  helper.postMessage({ bytes, file, port: port2, done }, [port2]);
  const waited = Atomics.wait(done, 0, 0, FILE_MS);
  const reply = receiveMessageOnPort(port1);
  port1.close();
  if (waited === "timed-out" || !reply) {
    // a helper that hangs on one file is let go: the next PDF starts a fresh one
    void helper.terminate();
    helper = null;
    return { ok: false, message: `${file}: not read within ${FILE_MS / 1000} s` };
  }
  return reply.message as PdfLayout;
}
