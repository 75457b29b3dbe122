import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { corpusPages as allPages } from "../../scripts/fit-line-model.ts";

// the press's pdftotext pages (eval/corpus/pressed) are written on demand by `npm run press`, never committed,
// and scored apart: the committed corpus is what these tests hold to account
const corpusPages = () => allPages().filter((p) => !p.file.startsWith("eval/corpus/pressed/"));
import { HELD_OUT, PAPERS } from "../../eval/generator/papers.ts";
import { evaluate, type SplitReport } from "../../eval/run.ts";
import { shared } from "../shared.ts";

const ROOT = join(import.meta.dirname, "../..");

const share = (x: string) => {
  const [a, b] = x.split("/").map(Number);
  return b ? a! / b : 1;
};

describe("the development corpus", () => {
  const pages = corpusPages();

  test("every page has gold in the scorer's format and is named in SOURCES.md", () => {
    const sources = readFileSync(join(ROOT, "eval/corpus/SOURCES.md"), "utf8");
    expect(pages.length).toBeGreaterThanOrEqual(44);
    for (const p of pages) {
      expect(Array.isArray(p.gold.articles) && Array.isArray(p.gold.furniture), p.file).toBe(true);
      expect(sources, `${p.paper} in SOURCES.md`).toContain(p.paper);
    }
  });

  test("a third of the laid-out papers are held out, and the held-out papers print stories of their own", () => {
    expect(HELD_OUT.size * 3).toBeGreaterThanOrEqual(PAPERS.length);
    const titles = (held: boolean) =>
      new Set(
        pages
          .filter((p) => HELD_OUT.has(p.paper) === held)
          .flatMap((p) => (p.gold.articles as { title?: string }[]).map((a) => a.title ?? "")),
      );
    const dev = titles(false);
    expect([...titles(true)].filter((t) => t && dev.has(t))).toEqual([]);
  });

  test("the real pages are exactly as their extractors printed them", () => {
    for (const f of ["eval/corpus/real/cnooc/2024-10-16-p01.txt", "eval/corpus/real/cnooc-ocr/2024-10-16-p01-ocr.txt"])
      expect(existsSync(join(ROOT, f))).toBe(true);
    // pdftotext ends the page with a form feed; nothing was trimmed
    expect(readFileSync(join(ROOT, "eval/corpus/real/cnooc/2024-10-16-p01.txt"), "utf8").endsWith("\f")).toBe(true);
  });
});

describe("npm run eval", () => {
  let report: ReturnType<typeof evaluate>["report"];
  beforeAll(() => {
    shared("tools/score-segmentation.mjs"); // the eval scores with it: fail clearly where it is missing
    report = evaluate().report;
  }, 120_000);

  test("the seeds' gold stays at F1 1, every title right", () => {
    expect(report.seeds!.f1).toBe(1);
    expect(share(report.seeds!.titles)).toBe(1);
  });

  test("held out: F1 ≥ 0.9, titles ≥ 90%, furniture kept out ≥ 95%", () => {
    const h = (report["held-out"] as SplitReport).total;
    expect(h.f1).toBeGreaterThanOrEqual(0.9);
    expect(share(h.titles)).toBeGreaterThanOrEqual(0.9);
    expect(share(h.furniture)).toBeGreaterThanOrEqual(0.95);
  });

  test("a table for every paper of both corpus splits", () => {
    const papers = new Set(corpusPages().map((p) => p.paper));
    const scored = new Set([
      ...Object.keys((report.development as SplitReport).papers),
      ...Object.keys((report["held-out"] as SplitReport).papers),
    ]);
    expect(scored).toEqual(papers);
  });
});
