// Issue 21: a folder of text pages and e-paper PDF pages builds as one site, as `npm run build` builds it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { buildFrom } from "./build-from.ts";
import { checkExportConserves } from "./conserve.ts";
import { readExport } from "./built-data.ts";
import { folder, PAGE } from "../ingest/folder.ts";
import { makePdf } from "../ingest/pdf/make-pdf.ts";
import { column } from "../ingest/pdf/pages.ts";

const BODY =
  "城区新建的三处口袋公园日前向市民开放，园内设有健身步道、儿童游乐设施和休闲座椅，方便周边居民就近休闲健身。据介绍，今年城区还将利用边角地块再建设五处口袋公园。";

describe("a folder of .txt and .pdf pages", () => {
  let out: string;
  beforeAll(() => {
    const pdf = makePdf([
      {
        text: [
          { text: "A02", x: 40, y: 40, size: 20, font: "hei" },
          { text: "城区新增三处口袋公园", x: 60, y: 110, size: 26, font: "hei" },
          ...column(`本报讯 ${BODY}`, 40, 140, 10, 24),
        ],
      },
    ]);
    out = buildFrom(
      folder({
        "test-paper/2024-09-20-a01.txt": PAGE,
        "test-paper/2024-09-20-a02.pdf": Buffer.from(pdf),
      }),
    );
  }, 300_000);

  test("builds both pages into one issue, each story with its page", () => {
    const { issues, articles } = readExport(out);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.pages.map((p) => [p.id, p.pageNumber, p.printed?.index ?? null])).toEqual([
      ["test-paper-2024-09-20-a01", null, null],
      ["test-paper-2024-09-20-a02", 2, 1],
    ]);
    expect(articles.map((a) => a.title).sort()).toEqual(["全区秋粮收购工作全面启动", "城区新增三处口袋公园"]);
    for (const a of articles) expect(existsSync(join(out, "articles", a.id, "index.html"))).toBe(true);
  });

  test("the printed page's story records the areas it covers; the text page's none", () => {
    const { articles } = readExport(out);
    const printed = articles.find((a) => a.title === "城区新增三处口袋公园")!;
    expect(printed.areas.length).toBeGreaterThan(0);
    expect(articles.find((a) => a.title !== printed.title)!.areas).toEqual([]);
  });

  test("every character of both pages is in the export once", () => {
    expect(checkExportConserves(out)).toBe(2);
    const issue = JSON.parse(readFileSync(join(out, "data/issues/test-paper-2024-09-20.json"), "utf8"));
    expect(issue.pages[1].rawLines).toContain("城区新增三处口袋公园");
  });
});
