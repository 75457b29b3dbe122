import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { session } from "./browser.ts";
import { describeInChromium, useBrowser } from "./in-chromium.ts";
import { articles, index } from "./built-data.ts";

const baseURL = inject("baseURL");
const titled = (start: string) => {
  const a = articles.find((x) => x.title.startsWith(start));
  if (!a) throw new Error(`no article titled ${start}…`);
  return a.title;
};

/** What a reader types, and a story that must be among the first three results (null: nothing may match). */
const QUERIES: [kind: string, query: string, expected: () => string | null][] = [
  ["whole word", "特医食品", () => titled("济阳区：向")],
  ["whole word", "柑橘", () => titled("橙香连鲁渝")],
  ["whole word", "非现场执法", () => titled("“非现场执法”")],
  ["two-character word", "月嫂", () => titled("有一种幸福")],
  ["two-character word", "柳编", () => titled("有一种幸福")],
  ["person name", "王广杰", () => titled("《银发知播王广杰》")],
  ["person name (byline)", "曹俐", () => titled("打造国内一流")],
  ["place name", "章丘", () => titled("一张蓝图绘到底")],
  ["place name", "钢城区", () => titled("钢城区与钢研集团")],
  ["number", "1840", () => titled("有一种幸福")],
  ["two words", "留守儿童 心愿", () => titled("@留守儿童")],
  ["two words", "物流 冷链", () => titled("现代物流网建设")],
  ["Traditional characters", "濟陽", () => titled("济阳")],
  ["Traditional characters", "醫藥", () => titled("济阳区：向")],
  ["nothing", "比特币", () => null],
  ["nothing", "火星探测器", () => null],
];

describeInChromium("search in Chromium", () => {
  const browser = useBrowser();
  // one context for every search, each a page load of its own (a new context costs as much as the search)
  let reader: Awaited<ReturnType<typeof session>>;
  beforeAll(async () => {
    reader = await session(browser(), baseURL);
  });
  afterAll(() => reader?.context.close());

  test.each(QUERIES.map((q, i) => [i, ...q] as const))("#%i %s: %s", async (_i, _kind, query, expected) => {
    const { page, visit } = reader;
    const { consoleErrors } = await visit(`/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(
      () => (document.querySelector("#search-status")?.textContent ?? "").length > 0,
      undefined,
      { timeout: 20_000 },
    );
    const titles = await page.locator("#results li > a").allTextContents();
    const want = expected();
    if (want === null) {
      expect(titles).toEqual([]);
      await expect(page.locator("#search-status").textContent()).resolves.toMatch(/没有找到/u);
    } else expect(titles.slice(0, 3)).toContain(want);
    expect(consoleErrors).toEqual([]);
  });

  test("the query and filters stay in the URL, and a filter narrows the results", async () => {
    const { page, visit } = reader;
    await visit(`/search/?q=${encodeURIComponent("会议")}`);
    await page.waitForSelector("#results li");
    const all = await page.locator("#results li").count();
    // a filter applies as soon as it is chosen
    await Promise.all([
      page.waitForURL(/publication=/u),
      page.selectOption("select[name=publication]", "济宁高新区报"),
    ]);
    await page.waitForSelector("#results li");
    expect(new URL(page.url()).searchParams.get("q")).toBe("会议");
    expect(await page.inputValue("select[name=publication]")).toBe("济宁高新区报");
    const filtered = await page.locator("#results li .meta").allTextContents();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(all);
    for (const m of filtered) expect(m).toContain("济宁高新区报");
  });

  test("a place typed in pinyin offers that place's page", async () => {
    const { page, visit } = reader;
    await visit("/search/?q=jiyang");
    await page.waitForSelector("#place-hint a");
    expect(await page.locator("#place-hint a").first().getAttribute("href")).toBe("/places/jiyang/");
  });

  test("search within one issue returns only that issue's stories", async () => {
    const issue = index.issues.find((i) => i.publication === "jining-gaoxin")!;
    const { page, visit } = reader;
    await visit(`/search/?q=${encodeURIComponent("济宁")}&issue=${issue.id}`);
    await page.waitForSelector("#results li");
    const own = new Set(issue.pages.flatMap((p) => p.articles).map((id) => `/articles/${id}/`));
    for (const href of await page
      .locator("#results li > a")
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)))
      expect(own.has(href)).toBe(true);
  });
});
