// The records as written per page and summarised for the content layer: nothing of a story is lost between
// its summary and its page's record, and a record that is not what the ingest wrote fails naming its file.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ingestFolder } from "../../ingest/ingest.ts";
import { pack } from "../../ingest/pack.ts";
import { readPageRecord, serialiseRecord, summariseArticle } from "../../archive/store/records.ts";
import { recordFile } from "../../archive/store/layout.ts";
import { articleSummarySchema, pageRecordSchema, pageSummarySchema } from "../../archive/schema/index.ts";

const seeds = ingestFolder(join(import.meta.dirname, "../../content"));

describe("page records and summaries", () => {
  const packed = pack(seeds);
  const summaries = JSON.parse(packed.json.articles[0]!) as unknown[];
  const pages = JSON.parse(packed.json.pages[0]!) as { id: string; record: string }[];

  test("every page has one record holding the page and its stories in reading order", () => {
    expect(packed.records.map(([id]) => id)).toEqual(seeds.pages.map((p) => p.id));
    for (const [id, json] of packed.records) {
      const record = pageRecordSchema.parse(JSON.parse(json));
      expect(record.page).toEqual(seeds.pages.find((p) => p.id === id));
      expect(record.articles.map((a) => a.id)).toEqual(record.page.articles);
    }
  });

  test("a page's summary carries its record's digest and no raw lines; a story's, no text", () => {
    for (const p of pages) {
      pageSummarySchema.parse(p);
      expect(p).not.toHaveProperty("rawLines");
      const json = packed.records.find(([id]) => id === p.id)![1];
      expect(p.record).toBe(serialiseRecord(JSON.parse(json)).digest);
    }
    for (const s of summaries) {
      articleSummarySchema.parse(s);
      expect(s).not.toHaveProperty("blocks");
    }
    // the summary is the story less its text: the same values where both have them
    const [a] = seeds.articles;
    expect(summariseArticle(a!)).toEqual(
      expect.objectContaining({ id: a!.id, title: a!.title, subjects: a!.subjects }),
    );
  });

  test("a record is read back as written, and a broken one fails naming its file", () => {
    const dir = mkdtempSync(join(tmpdir(), "lubao-records-"));
    mkdirSync(join(dir, "records"));
    const [id, json] = packed.records[0]!;
    writeFileSync(recordFile(dir, id), json);
    expect(readPageRecord(id, dir)).toEqual(JSON.parse(json));
    writeFileSync(recordFile(dir, "broken-page"), JSON.stringify({ page: { id: "broken-page" }, articles: [] }));
    expect(() => readPageRecord("broken-page", dir)).toThrow(/broken-page\.json: not a page record/u);
    expect(() => readPageRecord("missing-page", dir)).toThrow(/missing-page\.json/u);
  });
});
