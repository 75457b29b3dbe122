/**
 * What printed pages cost the build: every page of the given PDFs (files or folders, e.g. ../shared/corpus) drawn
 * as the build draws them (src/lib/printed/step.ts) into a fresh cache, then again from the cache; prints CPU and
 * wall time and the bytes of images per page, and what 16,000 pages (about 100,000 stories) would take.
 *   npm run bench:printed -- [--jobs N] PDF|DIR…
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PageSummary } from "../../archive/schema/index.ts";
import { WIDTHS } from "../../src/lib/printed/plan.ts";
import { preparePrinted } from "../../src/lib/printed/step.ts";

const args = process.argv.slice(2);
const at = args.indexOf("--jobs");
const jobs = at >= 0 ? Number(args.splice(at, 2)[1]) : 2;
const files = args.flatMap((a) =>
  statSync(a).isDirectory()
    ? readdirSync(a, { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".pdf"))
        .map((f) => join(a, f))
        .sort()
    : [a],
);
// every page of every PDF, as the records would name it
const pages: PageSummary[] = [];
for (const file of files) {
  const task = getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 });
  const doc = await task.promise;
  for (let index = 1; index <= doc.numPages; index++)
    pages.push({
      id: `${pages.length}`,
      printed: { file: relative(process.cwd(), file), index, width: 1, height: 1 },
    } as PageSummary);
  await task.destroy();
}
const cache = mkdtempSync(join(tmpdir(), "lubao-printed-bench-"));
const run = async () => {
  const started = performance.now();
  const report = await preparePrinted(pages, cache, { workers: jobs });
  return { ...report, wall: (performance.now() - started) / 1000 };
};
const cold = await run();
const warm = await run();
const pdfBytes = files.reduce((n, f) => n + statSync(f).size, 0);
const perWidth = WIDTHS.map((w) => {
  const sizes = [...cold.entries.values()].map((e) => statSync(join(e.dir, `${w}.webp`)).size);
  return `${w} px ${(sizes.reduce((a, b) => a + b, 0) / sizes.length / 1000).toFixed(0)} KB`;
});
const n = cold.pages;
const at16k = (x: number) => (x / n) * 16_000;
console.log(
  [
    `${n} pages of ${files.length} PDFs (${(pdfBytes / 1e6).toFixed(1)} MB), ${jobs} workers`,
    `cold: ${cold.wall.toFixed(1)} s wall, ${cold.cpu.toFixed(1)} CPU s drawing (${(cold.cpu / n).toFixed(2)} CPU s a page)`,
    `warm: ${warm.wall.toFixed(2)} s wall, ${warm.rendered} drawn`,
    `images a page: ${(cold.imageBytes / n / 1000).toFixed(0)} KB for all widths (${perWidth.join(", ")}); PDF a page ${(pdfBytes / n / 1000).toFixed(0)} KB`,
    `at 16,000 pages: ${(at16k(cold.cpu) / 3600).toFixed(1)} CPU h to draw once, ${(at16k(cold.imageBytes) / 1e9).toFixed(1)} GB of images, ${(at16k(pdfBytes) / 1e9).toFixed(1)} GB of PDFs; a rebuild ${at16k(warm.wall).toFixed(1)} s to find them in the cache`,
  ].join("\n"),
);
