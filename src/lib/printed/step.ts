/**
 * The build's printed-page step: every page that came as a PDF gets its image at each width of the plan (./plan.ts),
 * made from the PDF in worker threads, and its PDF, both put in the site under /printed/. Images are kept in a cache
 * under the SHA-256 of the PDF's bytes (with the page's number and the renderer's own key), so a rebuild renders only
 * pages whose PDF is new or changed; they are hard-linked into the site, never copied. The bytes' digest is itself
 * remembered by the file's path, size and time of change, so an unchanged PDF is not read again either.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { PageSummary } from "../../../archive/schema/index.ts";
import { linkOrCopy } from "../../../archive/store/link.ts";
import { urls } from "../../../archive/urls.ts";
import { pdfPath } from "./files.ts";
import { QUALITY, WIDTHS } from "./plan.ts";
import type { RenderJob, RenderReply } from "./worker.ts";

/** What a run did: pages with a printed image, how many were drawn and how many taken from the cache, and the cost. */
export interface PrintedReport {
  pages: number;
  rendered: number;
  reused: number;
  /** CPU seconds the drawing took (the process's, all threads). */
  cpu: number;
  /** Bytes of every page's images, all widths. */
  imageBytes: number;
  /** Where each page's images are in the cache (by page id), for placing them in the site. */
  entries: Map<string, { dir: string; pdf: string }>;
}

/** A package's version, from its package.json (found beside its entry: sharp does not export the file). */
function versionOf(name: string): string {
  for (let dir = dirname(createRequire(import.meta.url).resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === name) return pkg.version ?? "";
    }
  }
  return "";
}

/** The renderer's own key: what would change its images (its code, its plan, pdfjs and sharp). */
const RENDERER = createHash("sha256")
  .update(readFileSync(new URL("./render.ts", import.meta.url)))
  .update(JSON.stringify({ WIDTHS, QUALITY }))
  .update(versionOf("pdfjs-dist"))
  .update(versionOf("sharp"))
  .digest("hex")
  .slice(0, 12);

interface Known {
  size: number;
  mtimeMs: number;
  sha256: string;
}

const sha256Of = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

/** The SHA-256 of a file's bytes, remembered by its path, size and time of change. */
function digester(cache: string): { of(file: string): string; save(): void } {
  const file = join(cache, "digests.json");
  let known: Record<string, Known> = {};
  try {
    known = JSON.parse(readFileSync(file, "utf8")) as Record<string, Known>;
  } catch {
    // no memory yet, or an unreadable one: digests are made again
  }
  const used: Record<string, Known> = {};
  return {
    of(path) {
      const st = statSync(path);
      const k = known[path];
      const same = k && k.size === st.size && k.mtimeMs === st.mtimeMs;
      used[path] = same ? k : { size: st.size, mtimeMs: st.mtimeMs, sha256: sha256Of(path) };
      return used[path].sha256;
    },
    save: () => writeFileSync(file, `${JSON.stringify(used)}\n`),
  };
}

/**
 * Render the jobs in `workers` threads, a job at a time each; the first failure stops them and is thrown. Returns the
 * CPU seconds the whole process spent meanwhile (every thread's: the workers', and sharp's own threads).
 */
async function renderAll(jobs: RenderJob[], workers: number): Promise<number> {
  if (!jobs.length) return 0;
  const queue = [...jobs];
  const started = process.cpuUsage();
  const lanes = Array.from({ length: Math.min(workers, jobs.length) }, () => {
    const worker = new Worker(new URL("./worker.ts", import.meta.url));
    return new Promise<void>((resolve, reject) => {
      const next = () => {
        const job = queue.shift();
        if (job) worker.postMessage(job);
        else void worker.terminate().then(() => resolve());
      };
      worker.on("message", (r: RenderReply) => {
        if (!r.ok) {
          const job = jobs.find((j) => j.into === r.into)!;
          queue.length = 0;
          void worker.terminate();
          reject(new Error(`${job.pdf}, page ${job.index}: cannot be drawn (${r.message})`));
          return;
        }
        next();
      });
      worker.on("error", reject);
      next();
    });
  });
  await Promise.all(lanes);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

/**
 * Make sure the cache holds every printed page's images; draw those it lacks. `root` is the folder the pages' PDF
 * paths are relative to (the repository's root, where the ingest ran).
 */
export async function preparePrinted(
  pages: readonly PageSummary[],
  cache: string,
  { workers = Math.min(2, availableParallelism()), root = process.cwd() }: { workers?: number; root?: string } = {},
): Promise<PrintedReport> {
  mkdirSync(cache, { recursive: true });
  const digests = digester(cache);
  const entries = new Map<string, { dir: string; pdf: string }>();
  const jobs = new Map<string, RenderJob>();
  for (const p of pages) {
    if (!p.printed) continue;
    const pdf = pdfPath(p.printed, root);
    if (!existsSync(pdf)) throw new Error(`${p.printed.file}: the PDF page ${p.id} was read from is missing`);
    const dir = join(cache, `${digests.of(pdf)}-p${p.printed.index}-${RENDERER}`);
    entries.set(p.id, { dir, pdf });
    if (!WIDTHS.every((w) => existsSync(join(dir, `${w}.webp`))))
      jobs.set(dir, { pdf, index: p.printed.index, into: dir });
  }
  const cpu = await renderAll([...jobs.values()], workers);
  digests.save();
  let imageBytes = 0;
  for (const { dir } of entries.values()) for (const w of WIDTHS) imageBytes += statSync(join(dir, `${w}.webp`)).size;
  return { pages: entries.size, rendered: jobs.size, reused: entries.size - jobs.size, cpu, imageBytes, entries };
}

/** Put every printed page's images and PDF in a built site, by hard link where the disk allows. */
export function placePrinted(report: PrintedReport, site: string): void {
  const folders = new Set<string>();
  for (const [id, { dir, pdf }] of report.entries) {
    const folder = dirname(join(site, urls.printedPdf(id)));
    if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
    folders.add(folder);
    for (const w of WIDTHS) linkOrCopy(join(dir, `${w}.webp`), join(site, urls.printedImage(id, w)));
    linkOrCopy(pdf, join(site, urls.printedPdf(id)));
  }
}
