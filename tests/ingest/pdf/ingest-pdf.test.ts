import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { exportIssue } from "../../../archive/export.ts";
import { ingestFolder } from "../../../ingest/ingest.ts";
import { SIZE_LIMITS } from "../../../ingest/guarded-read.ts";
import { folder, TEST_PUBS } from "../folder.ts";
import { type MadePage, makePdf, type TextItem } from "./make-pdf.ts";
import { column } from "./pages.ts";

/** A printed page: a folio at the top, a two-column story under its headline, credits at the foot. */
function newsPage(folio: string, head: string, body: string, extra: TextItem[] = []): MadePage {
  const half = Math.ceil([...body].length / 2);
  return {
    text: [
      { text: folio, x: 40, y: 40, size: 20, font: "hei" },
      { text: "2024年9月20日 星期五", x: 400, y: 36, size: 9, font: "hei" },
      { text: head, x: 60, y: 110, size: 26, font: "hei" },
      ...column(`本报讯 ${[...body].slice(0, half).join("")}`, 40, 140, 10, 22),
      ...column([...body].slice(half).join(""), 290, 140, 10, 22),
      ...extra,
    ],
    shapes: [{ x: 40, y: 50, w: 520, h: 0.8, fill: true }],
  };
}

const BODY =
  "全区秋粮收购工作日前全面启动，各收购网点同时开秤，工作人员对玉米进行水分检测后当场结算，确保农民售粮顺畅、价格公道。据了解，今年全区秋粮长势良好，预计收购量比去年增加一成。";

const one = (pages: MadePage[], files: Record<string, string | Buffer> = {}) =>
  ingestFolder(folder({ "test-paper/2024-09-20-a03.pdf": Buffer.from(makePdf(pages)), ...files }));

describe("a PDF page is a page", () => {
  test("read like a text page: its stories, its printed page and each story's areas on it", () => {
    const a = one([newsPage("A03", "全区秋粮收购工作全面启动", BODY)]);
    expect(a.reports[0]).toMatchObject({ ok: true, encoding: "PDF", articles: 1 });
    const [page] = a.pages;
    expect(page).toMatchObject({
      id: "test-paper-2024-09-20-a03",
      publication: "test-paper",
      pageNumber: 3,
      printed: { index: 1, width: 600, height: 800, folio: "A03" },
    });
    expect(page!.printed!.file).toMatch(/test-paper\/2024-09-20-a03\.pdf$/u);
    const [story] = a.articles;
    expect(story!.title).toBe("全区秋粮收购工作全面启动");
    // the headline and both columns, within the page, and not the folio at its top
    expect(story!.areas.length).toBeGreaterThan(0);
    const top = Math.min(...story!.areas.map((b) => b.y));
    const bottom = Math.max(...story!.areas.map((b) => b.y + b.h));
    expect(top).toBeGreaterThan(60);
    expect(top).toBeLessThan(110);
    expect(bottom).toBeGreaterThan(140);
    for (const b of story!.areas) expect(b.x + b.w).toBeLessThanOrEqual(600);
    // the 原文 is the page's text in reading order, numbered as the story's lines say
    expect(page!.rawLines[story!.lines[0] - 1]).toBe("全区秋粮收购工作全面启动");
  });

  test("a PDF of several pages is one 版 each, numbered as printed, with ids of their own", () => {
    const a = one([
      newsPage("A03", "全区秋粮收购工作全面启动", BODY),
      newsPage("A04", "城区新增三处口袋公园", BODY.replace("秋粮", "夏粮")),
    ]);
    expect(a.pages.map((p) => [p.id, p.pageNumber, p.source.replace(/^.*\//u, "")])).toEqual([
      ["test-paper-2024-09-20-a03-a03", 3, "2024-09-20-a03.pdf#page=1"],
      ["test-paper-2024-09-20-a03-a04", 4, "2024-09-20-a03.pdf#page=2"],
    ]);
    expect(new Set(a.issues.map((i) => i.id)).size).toBe(1);
    expect(a.articles.map((x) => x.title)).toEqual(["全区秋粮收购工作全面启动", "城区新增三处口袋公园"]);
  });

  test("its sidecars work as a text page's: metadata, and corrections by 原文 line (and page)", () => {
    const pages = [newsPage("", "全区秋粮收购工作全面启动", BODY), newsPage("", "城区新增三处口袋公园", BODY)];
    const first = one(pages);
    const line = first.pages[1]!.rawLines.indexOf("城区新增三处口袋公园") + 1;
    const a = one(pages, {
      "test-paper/2024-09-20-a03.meta.json": '{"publication":"test-paper","page":5,"pageName":"要闻"}',
      "test-paper/2024-09-20-a03.fix.json": JSON.stringify({
        fixes: [{ op: "title", line, page: 2, text: "口袋公园开园" }],
      }),
    });
    expect(a.reports[0]!.ok).toBe(true);
    expect(a.pages.map((p) => [p.id.replace(/^.*-/u, ""), p.pageNumber, p.pageName])).toEqual([
      ["p1", 5, "要闻"],
      ["p2", 6, "要闻"],
    ]);
    expect(a.articles.map((x) => x.title)).toEqual(["全区秋粮收购工作全面启动", "口袋公园开园"]);
    expect(a.articles[1]!.edits[0]).toMatchObject({ op: "title", before: "城区新增三处口袋公园" });
  });

  test("a correction naming a page the PDF does not have is refused, naming the file", () => {
    const a = one([newsPage("A03", "全区秋粮收购工作全面启动", BODY)], {
      "test-paper/2024-09-20-a03.fix.json": '{"fixes":[{"op":"split","line":3,"page":2}]}',
    });
    expect(a.reports[0]!.ok).toBe(false);
    expect(a.reports[0]!.problems[0]!.message).toMatch(/2024-09-20-a03\.fix\.json.*page 2.*1 page/u);
  });

  test("a PDF whose fonts carry no Unicode map is refused by name: nothing of it is published", () => {
    const mojibake = makePdf([{ text: [{ text: BODY, x: 40, y: 100, size: 10, font: "unmapped" }] }]);
    const a = ingestFolder(
      folder({
        "test-paper/bad.pdf": Buffer.from(mojibake),
        "test-paper/good.txt": "全区会议召开\n\n本报讯 会议召开。\n",
      }),
    );
    const bad = a.reports.find((r) => r.file.endsWith("bad.pdf"))!;
    expect(bad.ok).toBe(false);
    expect(bad.problems[0]!.message).toMatch(/page 1: its text does not read as Chinese.*not published/u);
    expect(a.pages.map((p) => p.source)).toEqual([expect.stringMatching(/good\.txt$/u)]);
  });

  test("a text copy beside its PDF (p.txt by p.pdf) is not a second page: the PDF is read, the copy named", () => {
    const a = one([newsPage("A03", "全区秋粮收购工作全面启动", BODY)], {
      "test-paper/2024-09-20-a03.txt": `全区秋粮收购工作全面启动\n\n本报讯 ${BODY}\n`,
    });
    expect(a.reports.every((r) => r.ok)).toBe(true);
    expect(a.pages.map((p) => p.source.replace(/^.*\//u, ""))).toEqual(["2024-09-20-a03.pdf"]);
    expect(a.articles.map((x) => x.title)).toEqual(["全区秋粮收购工作全面启动"]);
    const copy = a.reports.find((r) => r.file.endsWith("a03.txt"))!;
    expect(copy.problems).toEqual([
      expect.objectContaining({ severity: "warning", message: expect.stringMatching(/text of 2024-09-20-a03\.pdf/u) }),
    ]);
    // a copy with another name is a page of its own (and a page id of its own)
    const b = one([newsPage("A03", "全区秋粮收购工作全面启动", BODY)], {
      "test-paper/other.txt": "会议召开\n\n本报讯 会议召开。\n",
    });
    expect(b.pages).toHaveLength(2);
  });

  test("a PDF whose text cannot be used is read from its text copy; a copy of the same mojibake is refused too", () => {
    const mojibake = Buffer.from(makePdf([{ text: [{ text: BODY, x: 40, y: 100, size: 10, font: "unmapped" }] }]));
    const a = ingestFolder(
      folder({ "test-paper/p.pdf": mojibake, "test-paper/p.txt": `全区秋粮收购工作全面启动\n\n本报讯 ${BODY}\n` }),
    );
    const pdf = a.reports.find((r) => r.file.endsWith("p.pdf"))!;
    expect(pdf.ok).toBe(true);
    expect(pdf.problems[0]!.message).toMatch(/does not read as Chinese.*its text copy p\.txt is read instead/u);
    expect(a.pages.map((p) => p.source)).toEqual([expect.stringMatching(/p\.txt$/u)]);
    expect(a.articles.map((x) => x.title)).toEqual(["全区秋粮收购工作全面启动"]);
    const garbled = ingestFolder(
      folder({
        "test-paper/p.pdf": mojibake,
        "test-paper/p.txt": "!\"#$%&'( )*+ ,- ./ ÈgGH¡¢Þß\\àáâkãä%¡¢åæçèÍ$ égêëìPGH%íîï\n",
      }),
    );
    const refused = garbled.reports.find((r) => r.file.endsWith("p.pdf"))!;
    expect(refused.ok).toBe(false);
    expect(refused.problems.map((p) => p.message).join("\n")).toMatch(/text copy p\.txt cannot be read either/u);
    expect(garbled.pages).toEqual([]);
  });

  test("a file that is no PDF is named, and a PDF has a size limit of its own", () => {
    const a = ingestFolder(folder({ "test-paper/x.pdf": "这不是PDF" }));
    expect(a.reports[0]!.ok).toBe(false);
    expect(a.reports[0]!.problems[0]!.message).toMatch(/x\.pdf: not a readable PDF/u);
    expect(SIZE_LIMITS.pdf).toBeGreaterThan(SIZE_LIMITS.page);
  });

  test("its parse is kept by the PDF's bytes: read again, it comes from the cache", () => {
    const dir = folder({ "test-paper/2024-09-20-a03.pdf": Buffer.from(makePdf([newsPage("A03", "会议召开", BODY)])) });
    const cache = { dir: mkdtempSync(join(tmpdir(), "lubao-cache-")), use: "read-write" } as const;
    const first = ingestFolder(dir, { cache });
    const second = ingestFolder(dir, { cache });
    expect([first.stats, second.stats]).toEqual([
      { parsed: 1, cached: 0 },
      { parsed: 0, cached: 1 },
    ]);
    expect(second.articles).toEqual(first.articles);
    expect(readdirSync(join(cache.dir, "pdf"))).toHaveLength(1);
  });

  test("the export carries the printed page and each story's areas", () => {
    const a = one([newsPage("A03", "全区秋粮收购工作全面启动", BODY)]);
    const issue = exportIssue(a.issues[0]!, TEST_PUBS[0] as never, a.pages, a.articles);
    expect(issue.pages[0]!.printed).toMatchObject({ index: 1, width: 600, height: 800 });
    expect(issue.articles[0]!.areas).toEqual(a.articles[0]!.areas);
  });
});
