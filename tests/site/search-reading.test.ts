// Issue 14: search results that read right for a Chinese reader, in Chromium on the seed site (and, with
// LUBAO_TEST_DIST=bench/scratch/10000/dist, on the benchmark's 10,000-story archive: where a query finds
// more than one page of stories, the first page is held to the rule).
import type { BrowserContext, Page, Request, Response } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { SEARCH_EXPORT_HEADER } from "../../src/lib/search-export.ts";
import { searchExportRows } from "./csv.ts";
import { downloadedText, uncachedContext } from "./browser.ts";
import { describeInChromium, useBrowser } from "./in-chromium.ts";
import { articles, storiesHolding } from "./built-data.ts";

const baseURL = inject("baseURL");

/**
 * A search as a reader runs it, loaded in the given tab (a new tab starts a renderer of its own, a second or two of
 * CPU): what it shows, with every request for a fragment it made and every response that was missing.
 */
async function searchPage(page: Page, path: string) {
  const fragments: string[] = [];
  const missing: string[] = [];
  const onRequest = (r: Request) => {
    if (r.url().includes("/fragment/")) fragments.push(r.url());
  };
  const onResponse = (r: Response) => {
    if (r.status() >= 400) missing.push(r.url());
  };
  page.on("request", onRequest);
  page.on("response", onResponse);
  try {
    return { page, fragments, missing, ...(await shownBy(page, path)) };
  } finally {
    page.off("request", onRequest);
    page.off("response", onResponse);
  }
}

/** What a search page shows, once it has searched. */
async function shownBy(page: Page, path: string) {
  await page.goto(baseURL + path, { waitUntil: "networkidle" });
  await page.waitForFunction(
    () => (document.querySelector("#search-status")?.textContent ?? "").length > 0,
    undefined,
    {
      timeout: 20_000,
    },
  );
  const status = (await page.locator("#search-status").textContent()) ?? "";
  const titles = await page.locator("#results li > a").allTextContents();
  const complete = await page.locator("#more").isHidden();
  const marks = await page.locator("#results mark").allTextContents();
  const excerpts = await page.locator("#results .excerpt").allTextContents();
  return { status, titles, complete, marks, excerpts };
}

const q = (query: string) => `/search/?q=${encodeURIComponent(query)}`;

/** What a search shows is what it should: all of it when it is complete, else a page of it. */
function expectShown(shown: string[], complete: boolean, want: string[]) {
  if (complete) expect(new Set(shown)).toEqual(new Set(want));
  else {
    expect(shown.length).toBe(10);
    for (const t of shown) expect(want).toContain(t);
  }
}

const holding = (term: string) => storiesHolding(articles, term);

describeInChromium("search results that read right", () => {
  const browser = useBrowser();
  // one tab for the searches, each a page load of its own (a new context or tab costs more than the search); the
  // tests that count what is fetched or missing have one in a context that caches nothing, every request seen
  let reader: BrowserContext;
  let uncached: BrowserContext;
  let tab: Page;
  let counted: Page;
  beforeAll(async () => {
    reader = await browser().newContext({ acceptDownloads: true });
    uncached = await uncachedContext(browser());
    [tab, counted] = await Promise.all([reader.newPage(), uncached.newPage()]);
  });
  afterAll(async () => {
    await reader?.close();
    await uncached?.close();
  });

  test.each(["高新区", "济阳", "陈学冬", "济南", "月嫂"])(
    "%s: only the whole term is marked, in results and on the story",
    async (term) => {
      const s = await searchPage(tab, q(term));
      expect(s.titles.length).toBeGreaterThan(0);
      expect(new Set(s.marks)).toEqual(new Set([term]));
      const href = await s.page.locator("#results li > a").first().getAttribute("href");
      await s.page.goto(baseURL + href!, { waitUntil: "networkidle" });
      const onStory = await s.page.locator("article mark").allTextContents();
      expect(onStory.length).toBeGreaterThan(0);
      expect(new Set(onStory)).toEqual(new Set([term]));
    },
  );

  test("the excerpt is cut from the body around the first whole match: no title, no byline", async () => {
    for (const term of ["陈学冬", "高新区", "济阳"]) {
      const s = await searchPage(tab, q(term));
      for (const [i, e] of s.excerpts.entries()) {
        expect(e, `${term} #${i}`).not.toMatch(/^\. /u);
        expect(e.startsWith(s.titles[i]!), `${term} #${i}`).toBe(false);
      }
      if (term === "陈学冬") expect(s.excerpts[0]).toContain("陈学冬");
    }
  });

  test.each(["2024", "15%", "1840"])("%s: numbers are checked whole, as Han terms are", async (term) => {
    const s = await searchPage(tab, q(term));
    expectShown(s.titles, s.complete, holding(term));
  });

  test("full-width digits and letters are folded: ２０２４ is 2024, ｊｉｙａｎｇ is the place 济阳区", async () => {
    const wide = await searchPage(tab, q("２０２４"));
    const plain = await searchPage(tab, q("2024"));
    const pinyin = await searchPage(tab, q("ｊｉｙａｎｇ"));
    expect(wide.titles).toEqual(plain.titles);
    expect(wide.titles.length).toBeGreaterThan(0);
    expect(pinyin.status).not.toMatch(/没有找到/u);
    expect(pinyin.status).toContain("济阳区");
    expect(pinyin.titles.length).toBeGreaterThan(0);
  });

  test("a Traditional form the archive prints is searched as typed: 乾河 finds the story that has 乾河", async () => {
    const s = await searchPage(tab, q("乾河"));
    expectShown(s.titles, s.complete, holding("乾河"));
    expect(s.titles.length).toBeGreaterThan(0);
  });

  test("the filters' counts are this query's, and the province is no city", async () => {
    // on the seed site every candidate of 济阳 is checked on the first page, so the counts are exact
    const s = await searchPage(tab, q("济阳"));
    const options = await s.page.locator("select[name=publication] option").allTextContents();
    const counts = options.map((o) => Number(/（≤?(\d+)）$/u.exec(o)?.[1] ?? 0));
    const archiveWide = articles.length;
    if (s.complete) expect(counts.reduce((a, b) => a + b, 0)).toBe(s.titles.length);
    else for (const o of options.slice(1)) expect(o).toMatch(/（(≤\d+|0)）$/u);
    expect(counts.reduce((a, b) => a + b, 0)).toBeLessThan(archiveWide);
    const cities = await s.page.locator("select[name=city] option").allTextContents();
    expect(cities.some((c) => c.startsWith("山东省"))).toBe(false);
  });

  test("a filter works without a keyword: a district's stories, newest first", async () => {
    const s = await searchPage(tab, `/search/?district=${encodeURIComponent("济阳区")}`);
    expect(s.status).not.toMatch(/请输入关键词/u);
    const want = new Map(articles.filter((a) => a.districts.some((d) => d.name === "济阳区")).map((a) => [a.url, a]));
    expect(s.titles.length).toBe(Math.min(want.size, 10));
    const hrefs = await s.page
      .locator("#results li > a")
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    const order = hrefs.map((h) => want.get(h)!.date ?? "");
    if (!s.complete)
      expect(order[0]).toBe(
        [...want.values()]
          .map((a) => a.date ?? "")
          .sort()
          .at(-1),
      );
    expect(order).toEqual([...order].sort().reverse());
  });

  test("an empty result says what can be done: no talk of filters when none is set", async () => {
    // each read before the tab goes on to the next
    const bare = await searchPage(tab, q("火星探测器"));
    expect(bare.status).toMatch(/没有找到/u);
    expect(bare.status).not.toMatch(/筛选/u);
    expect(await tab.locator("#place-hint a").getAttribute("href")).toBe("/places/");
    const narrowed = await searchPage(tab, `${q("火星探测器")}&year=2024`);
    expect(narrowed.status).toMatch(/筛选/u);
    expect(await tab.locator("#place-hint a").getAttribute("href")).toBe(q("火星探测器"));
  });

  test("the CSV export has ISO dates and the excerpt, and its name says what was searched", async () => {
    const s = await searchPage(tab, q("高新区"));
    await s.page.locator("#export-csv").scrollIntoViewIfNeeded();
    const [download] = await Promise.all([s.page.waitForEvent("download"), s.page.locator("#export-csv").click()]);
    expect(download.suggestedFilename()).toMatch(/^鲁报检索-高新区-\d{4}-\d{2}-\d{2}\.csv$/u);
    const { header, rows } = searchExportRows(await downloadedText(download));
    expect(header).toEqual(SEARCH_EXPORT_HEADER);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.date).toMatch(/^\d{4}(-\d{2}){0,2}(\/\.\.)?$/u);
      expect(row.excerpt).toContain("高新区");
      expect(row.url).toMatch(new RegExp(`/articles/${row.id}/$`, "u"));
    }
  });

  test("fragments are fetched for the stories shown, the likeliest first, never many more", async () => {
    // Pagefind finds 21 pages holding 高, 新 and 区; those holding them in a row are fetched first, and no more
    const found = await searchPage(counted, q("高新区"));
    const none = await searchPage(counted, q("比特币"));
    const many = await searchPage(counted, q("的"));
    expect(found.fragments.length).toBe(found.titles.length);
    expect(none.titles).toEqual([]);
    expect(none.fragments.length).toBeLessThanOrEqual(30);
    expect(many.fragments.length).toBeLessThanOrEqual(30);
    expect(many.titles.length).toBe(10);
  });

  test.each(["/", "/search/", "/places/"])("%s asks for nothing that is missing (a favicon included)", async (path) => {
    const missing: string[] = [];
    const onResponse = (r: Response) => {
      if (r.status() >= 400) missing.push(r.url());
    };
    counted.on("response", onResponse);
    try {
      await counted.goto(baseURL + path, { waitUntil: "networkidle" });
      expect(await counted.locator("link[rel=icon]").getAttribute("href")).toBe("/favicon.svg");
      expect(missing).toEqual([]);
    } finally {
      counted.off("response", onResponse);
    }
  });
});
