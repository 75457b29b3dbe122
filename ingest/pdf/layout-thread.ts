/**
 * The helper thread of blocking.ts: lays out the PDFs it is sent, one at a time, and wakes the thread that
 * waits for each. pdfjs is loaded here once and kept for every later file.
 */
import { type MessagePort, parentPort, workerData } from "node:worker_threads";
import { layoutPdf, type PdfLayout } from "./layout.ts";

interface Request {
  bytes: Uint8Array;
  file: string;
  port: MessagePort;
  done: Int32Array;
}

const wake = (flag: Int32Array) => {
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
};

parentPort!.on("message", async ({ bytes, file, port, done }: Request) => {
  let result: PdfLayout;
  try {
    result = await layoutPdf(bytes, file);
  } catch (e) {
    result = { ok: false, message: `${file}: the PDF reader failed (${(e as Error).message})` };
  }
  port.postMessage(result);
  port.close();
  wake(done);
});
// loaded: the thread that started this one may send files now
wake((workerData as { ready: Int32Array }).ready);
