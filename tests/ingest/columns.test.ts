import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ingestFolder } from "../../ingest/ingest.ts";
import { untangleColumns } from "../../ingest/page/lines/columns.ts";
import { folder, warnings } from "./folder.ts";

/** Two columns of a page, as pdftotext prints them when they stand close: a line of one, a line of the other. */
const INTERLEAVED = [
  "城北新建三座口袋公园",
  "",
  "本报讯 今年以来，城北街道利用边",
  "老城区雨污分流改造工程日前完",
  "角空地新建口袋公园三座，居民出",
  "工，困扰居民多年的雨天积水问",
  "门五分钟就能走进绿地。工作人员",
  "题得到解决。施工期间，工作人",
  "介绍，明年还将在城区再建两座，",
  "员克服高温多雨等不利因素，确",
  "让更多居民享受家门口的绿色。",
  "保工程按期完成。",
  "",
].join("\n");

describe("columns pdftotext printed interleaved (page/lines/columns.ts)", () => {
  test("are read column by column; the head over them stays where it stands", () => {
    const { text, moved } = untangleColumns(INTERLEAVED);
    expect(moved).toBe(8);
    expect(text.split("\n")).toEqual([
      "城北新建三座口袋公园",
      "",
      "本报讯 今年以来，城北街道利用边",
      "角空地新建口袋公园三座，居民出",
      "门五分钟就能走进绿地。工作人员",
      "介绍，明年还将在城区再建两座，",
      "让更多居民享受家门口的绿色。",
      "",
      "老城区雨污分流改造工程日前完",
      "工，困扰居民多年的雨天积水问",
      "题得到解决。施工期间，工作人",
      "员克服高温多雨等不利因素，确",
      "保工程按期完成。",
      "",
    ]);
  });

  test("running text is left as it is, byte for byte: the seeds and every fixture page", () => {
    const root = join(import.meta.dirname, "../..");
    const pages = [
      ...readdirSync(join(root, "content"), { recursive: true, encoding: "utf8" })
        .filter((f) => f.endsWith(".txt"))
        .map((f) => join(root, "content", f)),
      ...readdirSync(join(import.meta.dirname, "fixtures")).map((d) =>
        join(import.meta.dirname, "fixtures", d, "page.txt"),
      ),
    ];
    expect(pages.length).toBeGreaterThan(60);
    for (const page of pages) {
      const text = readFileSync(page, "utf8");
      expect(untangleColumns(text), page).toEqual({ text, moved: 0 });
    }
  });

  test("an ingested page says so, and its sentences are whole", () => {
    const a = ingestFolder(folder({ "test-paper/2024-09-20-a03.txt": INTERLEAVED }));
    expect(warnings(a).map((w) => w.message)).toContainEqual(
      expect.stringMatching(/columns were printed interleaved.*8 lines are read in their columns' order/u),
    );
    const body = a.articles.flatMap((x) => x.blocks.map((b) => b.text)).join("");
    expect(body).toContain("城北街道利用边角空地新建口袋公园三座，居民出门五分钟就能走进绿地。");
    expect(body).toContain("老城区雨污分流改造工程日前完工，困扰居民多年的雨天积水问题得到解决。");
  });
});
