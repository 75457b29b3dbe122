import { execFileSync } from "node:child_process";
import { mkdtempSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { ingestFolder } from "../../ingest/ingest.ts";
import type { Archive } from "../../ingest/merge.ts";
import { exportIndex, exportIndexSchema, exportIssue, exportIssueSchema } from "../../archive/export.ts";
import { writeExport } from "../../scripts/export-data.ts";
import { shared } from "../shared.ts";

const scorer = () => shared("tools/score-segmentation.mjs");
let archive: Archive;
let out: string;

beforeAll(() => {
  archive = ingestFolder("content");
  out = mkdtempSync(join(tmpdir(), "lubao-export-"));
  writeExport(out, archive);
});

describe("the five real pages", () => {
  test("every file reads cleanly, with at least 25 articles in all", () => {
    expect(archive.reports.filter((r) => !r.ok)).toEqual([]);
    expect(archive.articles.length).toBeGreaterThanOrEqual(25);
  });

  test("the printed date and issue number of the 济宁高新区报 front page are read from the text", () => {
    const issue = archive.issues.find((i) => i.publication === "jining-gaoxin")!;
    expect(issue.date).toMatchObject({ year: 2025, month: 1, day: 3, inferred: false });
    expect(issue.number).toBe(857);
  });

  test("a page with no printed date takes the date its file name gives", () => {
    const issue = archive.issues.find((i) => i.publication === "jiyang")!;
    expect(issue.date).toMatchObject({
      year: 2024,
      month: 7,
      precision: "month",
      inferred: false,
      evidence: "文件名：2024-07",
    });
  });

  test("the Jiyang feature is tagged 济阳区 370115", () => {
    const a = archive.articles.find((x) => x.title.startsWith("济阳区：向"))!;
    expect(a.subjects[0]).toMatchObject({ code: "370115", name: "济阳区" });
  });

  test("the export validates against its schemas", () => {
    expect(exportIndexSchema.safeParse(exportIndex(archive.issues, archive.pages)).success).toBe(true);
    const pubs = new Map(archive.publications.map((p) => [p.id, p]));
    for (const i of archive.issues) {
      const doc = exportIssue(
        i,
        pubs.get(i.publication)!,
        archive.pages.filter((p) => p.issue === i.id),
        archive.articles.filter((a) => a.issue === i.id),
      );
      expect(exportIssueSchema.safeParse(doc).error).toBeUndefined();
    }
  });

  test("the gold scorer: F1 ≥ 0.95, titles, authors and districts ≥ 95%, no furniture in bodies, reflow ≥ 4/5", () => {
    const report = JSON.parse(
      execFileSync(process.execPath, [realpathSync(scorer()), "--data", out, "--json"], { encoding: "utf8" }),
    ) as { summary: Record<string, string | number> };
    const s = report.summary;
    const share = (x: string | number) => {
      const [a, b] = String(x).split("/").map(Number);
      return a! / b!;
    };
    expect(Number(s["f1"])).toBeGreaterThanOrEqual(0.95);
    expect(share(s["titles"]!)).toBeGreaterThanOrEqual(0.95);
    expect(share(s["authors"]!)).toBeGreaterThanOrEqual(0.95);
    expect(share(s["districts"]!)).toBeGreaterThanOrEqual(0.95);
    expect(share(s["furniture"]!)).toBe(1);
    expect(share(s["reflow"]!)).toBeGreaterThanOrEqual(0.8);
  });
});
