// Issue 13, part 3: a query loads only the shards that can hold it, the newest first, and older ones only when
// the reader asks. The seed archive is built in shards of eight stories, so it has four bundles and a routing
// index.
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import type { BrowserContext, Page, Request } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { bucketOf, shardsFor } from "../../search/engine/routes.ts";
import { shardedSeed } from "./build-from.ts";
import { serve } from "./serve.ts";
import { readExport, storiesHolding } from "./built-data.ts";
import { uncachedContext } from "./browser.ts";
import { describeInChromium, useBrowser } from "./in-chromium.ts";

describeInChromium("a sharded archive with a routing index", () => {
  let out: string;
  let server: Server;
  let baseURL: string;
  const browser = useBrowser();
  beforeAll(async () => {
    // the run's one such build (safety.test.ts compares its data and story pages with dist/)
    out = await shardedSeed();
    ({ server, url: baseURL } = await serve(out));
  });
  afterAll(() => server?.close());
  // one tab for every search, a page load each, in a context that caches nothing: every request for a shard reaches
  // the server and is seen (a fresh context or tab a search costs more than the search)
  let uncached: BrowserContext;
  let tab: Page;
  beforeAll(async () => {
    uncached = await uncachedContext(browser());
    tab = await uncached.newPage();
  });
  afterAll(() => uncached?.close());

  /** The bundles' entry files the tab loads while `fn` runs. */
  async function entriesLoaded(fn: (entries: string[]) => Promise<void>): Promise<string[]> {
    const entries: string[] = [];
    const onRequest = (r: Request) => {
      if (new URL(r.url()).pathname.endsWith("pagefind-entry.json")) entries.push(new URL(r.url()).pathname);
    };
    tab.on("request", onRequest);
    try {
      await fn(entries);
    } finally {
      tab.off("request", onRequest);
    }
    return entries;
  }

  /**
   * A search as a reader runs it: the titles shown, the status, and which bundles' entry files were loaded; with
   * `older`, the reader then asks for more (older stories too) until there is nothing left to ask for.
   */
  async function search(query: string, older = false) {
    const page = tab;
    let first = { entries: [] as string[], status: "" };
    const entries = await entriesLoaded(async (entries) => {
      await page.goto(`${baseURL}/search/?q=${encodeURIComponent(query)}`, { waitUntil: "networkidle" });
      await page.waitForFunction(() => (document.querySelector("#search-status")?.textContent ?? "").length > 0);
      first = { entries: [...entries], status: (await page.locator("#search-status").textContent()) ?? "" };
      for (let round = 0; older && (await page.locator("#more").isVisible()); round++) {
        expect(round).toBeLessThan(50);
        const before = await page.locator("#search-status").textContent();
        await page.locator("#more").click();
        await page.waitForFunction((b) => document.querySelector("#search-status")?.textContent !== b, before);
      }
    });
    const titles = await page.locator("#results li > a").allTextContents();
    const status = (await page.locator("#search-status").textContent()) ?? "";
    return { titles, status, entries, first };
  }

  const bundleList = () =>
    JSON.parse(readFileSync(join(out, "pagefind-bundles.json"), "utf8")) as {
      bundles: string[];
      spans: { newest: string; oldest: string; publication: string }[];
      routes?: string;
      filters: Record<string, Record<string, number>>;
    };

  const holding = (term: string) => storiesHolding(readExport(out).articles, term);

  test("the archive is in several bundles, newest first, with routes and the archive's filter counts", () => {
    const { bundles, spans, routes, filters } = bundleList();
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    expect(routes).toBe("/pagefind-routes/");
    // each bundle one paper's stretch of one year, listed newest first
    expect(spans).toHaveLength(bundles.length);
    for (const [k, s] of spans.entries()) {
      expect(s.oldest <= s.newest || s.newest === "").toBe(true);
      expect(s.oldest.slice(0, 4)).toBe(s.newest.slice(0, 4));
      if (k > 0) expect(s.newest <= spans[k - 1]!.newest).toBe(true);
    }
    const articles = readExport(out).articles;
    expect(Object.values(filters["publication"]!).reduce((a, b) => a + b, 0)).toBe(articles.length);
  });

  test("a rare term loads only the newest shard printing all its characters, and older ones when asked", async () => {
    const { bundles } = bundleList();
    const route = (c: string) => {
      const bucket = JSON.parse(readFileSync(join(out, "pagefind-routes", `${bucketOf(c)}.json`), "utf8")) as Record<
        string,
        string
      >;
      return BigInt(`0x${bucket[c] ?? "0"}`);
    };
    // 乾河 is searched as typed and as 干河
    const expected = shardsFor([["乾河"], ["干河"]], route)!;
    expect(expected.length).toBeLessThan(bundles.length);
    const s = await search("乾河", true);
    expect(s.first.entries).toEqual([`${bundles[expected[0]!]}pagefind-entry.json`]);
    expect(s.entries.sort()).toEqual(expected.map((i) => `${bundles[i]}pagefind-entry.json`).sort());
    expect(s.titles.sort()).toEqual(holding("乾河").sort());
  });

  test("characters the archive never printed load no shard at all", async () => {
    const s = await search("龘龘");
    expect(s.entries).toEqual([]);
    expect(s.status).toMatch(/没有找到/u);
  });

  test("a common term first shows the newest shard's stories, says so, and finds every story when asked", async () => {
    const want = holding("济南");
    const s = await search("济南", true);
    expect(s.first.entries).toHaveLength(1);
    expect(s.first.status).toMatch(/已检索.*的报道，更早的还有 \d+ 卷未检索/u);
    expect(s.titles.sort()).toEqual([...want].sort());
  });

  test("digits cannot be routed: every shard is searched, one after another", async () => {
    const { bundles } = bundleList();
    const s = await search("2024", true);
    expect(s.first.entries).toHaveLength(1);
    expect(s.entries).toHaveLength(bundles.length);
    expect(s.titles.sort()).toEqual(holding("2024").sort());
  });

  test("searching one issue from its page loads only its paper's shards of its year, and finds its stories", async () => {
    const { bundles, spans } = bundleList();
    const { issues } = readExport(out);
    const issue = issues.find((i) => i.publication.id === "jinan-districts")!;
    const page = tab;
    let shown: string[] = [];
    const entries = await entriesLoaded(async () => {
      await page.goto(`${baseURL}/issues/${issue.id}/`);
      await page.locator("#issue-q").fill("济南");
      await page.locator("#issue-q").press("Enter");
      await page.waitForFunction(() => (document.querySelector("#search-status")?.textContent ?? "").length > 0);
      shown = await page
        .locator("#results li > a")
        .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    });
    const own = new Set(issue.articles.map((a) => a.url));
    expect(shown.length).toBeGreaterThan(0);
    for (const href of shown) expect(own.has(href)).toBe(true);
    const year = issue.date!.slice(0, 4);
    const theirs = bundles.filter(
      (_, k) => spans[k]!.publication === issue.publication.name && spans[k]!.newest.startsWith(year),
    );
    expect(theirs.length).toBeLessThan(bundles.length);
    for (const e of entries) expect(theirs.map((b) => `${b}pagefind-entry.json`)).toContain(e);
  });
});
