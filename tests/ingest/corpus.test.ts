import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { corpusPages, heldOut, SHARED_CORPUS } from "../../eval/corpus.ts";
import { HELD_OUT as INVENTED_HELD_OUT, PAPERS } from "../../eval/generator/papers.ts";
import { lineLabelsOf } from "../../eval/line-labels.ts";
import { evaluate } from "../../eval/run.ts";
import { trainingPages } from "../../scripts/fit-line-model.ts";
import { shared } from "../shared.ts";

const ROOT = join(import.meta.dirname, "../..");

const share = (x: string) => {
  const [a, b] = x.split("/").map(Number);
  return b ? a! / b : 1;
};

describe("the development corpus", () => {
  const pages = corpusPages();
  const sourcesTsv = readFileSync(join(ROOT, "eval/corpus/real-text/SOURCES.tsv"), "utf8")
    .trim()
    .split("\n")
    .slice(1)
    .map((l) => l.split("\t") as [string, string, string, string]);

  test("every page has gold in the scorer's format and its paper named in SOURCES.md", () => {
    const sources = readFileSync(join(ROOT, "eval/corpus/SOURCES.md"), "utf8");
    for (const p of pages) {
      expect(Array.isArray(p.gold.articles) && Array.isArray(p.gold.furniture), p.file).toBe(true);
      if (p.set !== "real-text") expect(sources, `${p.paper} in SOURCES.md`).toContain(p.paper);
    }
    expect(new Set(pages.filter((p) => p.set === "real-text").map((p) => p.paper)).size).toBeGreaterThanOrEqual(20);
  });

  test("every story of a page laid out from real stories is named in SOURCES.tsv with the address it came from", () => {
    const listed = new Set(sourcesTsv.map(([paper, page]) => `${paper}/${page}`));
    for (const p of pages.filter((x) => x.set === "real-text"))
      expect(listed.has(`${p.paper}/${p.gold.file}`), `${p.paper}/${p.gold.file}`).toBe(true);
    for (const [, , , url] of sourcesTsv) expect(url).toMatch(/^https?:\/\//u);
  });

  test("split by paper: no held-out page prints a story a development page prints", () => {
    const held = new Set(sourcesTsv.filter(([paper]) => heldOut({ paper })).map(([, , , url]) => url));
    const dev = sourcesTsv.filter(([paper]) => !heldOut({ paper })).map(([, , , url]) => url);
    expect(dev.filter((u) => held.has(u))).toEqual([]);
    expect(INVENTED_HELD_OUT.size * 3).toBeGreaterThanOrEqual(PAPERS.length);
    const titles = (h: boolean) =>
      new Set(
        pages
          .filter((p) => p.set === "invented" && heldOut(p) === h)
          .flatMap((p) => (p.gold.articles as { title?: string }[]).map((a) => a.title ?? "")),
      );
    const devTitles = titles(false);
    expect([...titles(true)].filter((t) => t && devTitles.has(t))).toEqual([]);
  });

  test("pages laid out from invented stories are at most a third of the lines the line model is fitted on", () => {
    const lines = (set: string) =>
      trainingPages()
        .filter((p) => p.set === set)
        .reduce(
          (n, p) =>
            n + (lineLabelsOf(p.gold, p.lines.length, (i) => p.lines[i]!.text === "") ?? []).filter(Boolean).length,
          0,
        );
    const all = ["invented", "real-text", "pdftotext", "seed"].reduce((n, s) => n + lines(s), 0);
    expect(lines("invented") * 3).toBeLessThanOrEqual(all);
  });

  test("the real PDF pages' text is read from ../shared/corpus, exactly as pdftotext printed it", () => {
    shared("corpus");
    const real = pages.filter((p) => p.set === "pdftotext");
    expect(real.length).toBe(23);
    for (const p of real) expect(p.file.startsWith(SHARED_CORPUS)).toBe(true);
    // pdftotext ends the page with a form feed; nothing was trimmed
    expect(readFileSync(join(SHARED_CORPUS, "cnooc/2024-10-16-01.txt"), "utf8").endsWith("\f")).toBe(true);
    expect(existsSync(join(ROOT, "eval/corpus/real"))).toBe(false);
  });
});

describe("npm run eval", () => {
  let report: ReturnType<typeof evaluate>["report"];
  beforeAll(() => {
    shared("tools/score-segmentation.mjs"); // the eval scores with it: fail clearly where it is missing
    report = evaluate(["invented"]).report;
  }, 120_000);

  test("the seeds' gold stays at F1 1, every title right", () => {
    expect(report.seeds!.f1).toBe(1);
    expect(share(report.seeds!.titles)).toBe(1);
  });

  test("invented stories, held out: F1 ≥ 0.9, titles ≥ 90%, furniture kept out ≥ 95%", () => {
    const h = report["invented held-out"]!.total;
    expect(h.f1).toBeGreaterThanOrEqual(0.9);
    expect(share(h.titles)).toBeGreaterThanOrEqual(0.9);
    expect(share(h.furniture)).toBeGreaterThanOrEqual(0.95);
  });

  test("a table for every paper of both splits", () => {
    const papers = new Set(
      corpusPages()
        .filter((p) => p.set === "invented")
        .map((p) => p.paper),
    );
    const scored = new Set([
      ...Object.keys(report["invented development"]!.papers),
      ...Object.keys(report["invented held-out"]!.papers),
    ]);
    expect(scored).toEqual(papers);
  });
});
