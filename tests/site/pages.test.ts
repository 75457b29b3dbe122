import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { checkViews, session, VIEWS, viewsFor } from "./browser.ts";
import { describeInChromium, useBrowser } from "./in-chromium.ts";
import { articles, index } from "./built-data.ts";
import { HtmlValidate } from "html-validate";

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
  );

const baseURL = inject("baseURL");

describe("the built files", () => {
  test("a page for every article, issue, publication and place; the data export validates", () => {
    expect(articles.length).toBeGreaterThanOrEqual(25);
    for (const a of articles) expect(existsSync(join("dist", a.url, "index.html")), a.url).toBe(true);
    for (const i of index.issues) expect(existsSync(join("dist/issues", i.id, "index.html"))).toBe(true);
    const places = new Set(articles.flatMap((a) => a.districts.map((d) => d.code)));
    expect(places.size).toBeGreaterThan(0);
    expect(readdirSync("dist/places").length).toBeGreaterThan(places.size);
    expect(existsSync("dist/pagefind/pagefind.js")).toBe(true);
  });

  test("every page declares zh-CN and loads nothing from another site", () => {
    for (const file of htmlFiles("dist")) {
      const text = readFileSync(file, "utf8");
      expect(text, file).toMatch(/<html lang="zh-CN"/u);
      expect(text, file).not.toMatch(/(src|href)="(https?:)?\/\//u);
      expect(text, file).not.toMatch(/<script(?![^>]*application\/ld\+json)[^>]*>[^<]/u); // no inline script: the CSP would block it
    }
  });
});

describe("links and markup", () => {
  test("every internal link and asset resolves to a built file", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of htmlFiles("dist")) {
      for (const m of readFileSync(file, "utf8").matchAll(/(?:href|src)="(\/[^"#?]*)[^"]*"/gu)) {
        const path = decodeURI(m[1]!);
        const target = join("dist", path);
        checked++;
        if (!(existsSync(target) && !path.endsWith("/")) && !existsSync(join(target, "index.html")))
          missing.push(`${file} → ${path}`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(missing).toEqual([]);
  });

  test("the HTML validates (html-validate, recommended rules)", async () => {
    const validator = new HtmlValidate({ extends: ["html-validate:recommended"] });
    const problems: string[] = [];
    for (const file of htmlFiles("dist")) {
      const report = await validator.validateFile(file);
      for (const r of report.results)
        for (const msg of r.messages) problems.push(`${file}:${msg.line} ${msg.ruleId} ${msg.message}`);
    }
    expect(problems).toEqual([]);
  });

  test("feeds and the sitemap are well-formed and point at built pages", () => {
    const sitemap = readFileSync("dist/sitemap.xml", "utf8");
    // no public address is set for the test build: every address is a path on the site
    const locs = [...sitemap.matchAll(/<loc>([^<]*)<\/loc>/gu)].map((m) => m[1]!);
    expect(locs.every((l) => l.startsWith("/"))).toBe(true);
    expect(locs.length).toBeGreaterThan(30);
    for (const l of locs) expect(existsSync(join("dist", decodeURI(l), "index.html")), l).toBe(true);
    const feeds = readdirSync("dist/feeds/places");
    expect(feeds.length).toBeGreaterThan(0);
    expect(readFileSync(join("dist/feeds/places", feeds[0]!), "utf8")).toMatch(
      /^<\?xml[^>]*\?><rss[\s\S]*<item>[\s\S]*<\/rss>$/u,
    );
  });

  test("article pages carry JSON-LD NewsArticle, Open Graph and a canonical URL", () => {
    const a = articles[0]!;
    const html = readFileSync(join("dist", a.url, "index.html"), "utf8");
    const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/u.exec(html)![1]!) as {
      "@type": string;
      headline: string;
    };
    expect(ld).toMatchObject({ "@type": "NewsArticle", headline: a.title });
    expect(html).toMatch(/<meta property="og:type" content="article">/u);
    expect(html).toContain(`<link rel="canonical" href="${a.url}">`);
    expect(html).not.toContain('property="og:url"'); // Open Graph wants an absolute address, and none is set
  });
});

describeInChromium("the site in Chromium", () => {
  const browser = useBrowser();

  const jiyang = () => articles.find((a) => a.title.startsWith("济阳区：向"))!;
  /** Every kind of page a reader sees on the seed site (the printed 版 is the printed site's: printed.test.ts). */
  const kinds = () => [
    ["home", "/"],
    ["publication", "/publications/jining-gaoxin/"],
    ["publication year", "/publications/jining-gaoxin/2025/"],
    ["issue", "/issues/jining-gaoxin-2025-01-03/"],
    ["版", "/issues/jining-gaoxin-2025-01-03/1/"],
    ["article", jiyang().url],
    ["place", "/places/jiyang/"],
    ["place month", "/places/jiyang/2024-07/"],
    ["places", "/places/"],
    ["往期回顾", "/days/"],
    ["year", "/days/2025/"],
    ["day", "/days/2025-01-03/"],
    ["about", "/about/"],
    ["data", "/data/"],
    ["search", "/search/?q=%E6%9F%91%E6%A9%98"],
    ["404", "/404.html"],
  ];

  // Every kind is checked in both views (browser.ts VIEWS: a desktop's width in the light, a phone's in the dark),
  // in one tab that enforces the Content-Security-Policy as a reader's browser does. It is loaded in one view, turn
  // about, and shown in the other, which the CSS answers without a reload: in each, axe runs in full and finds
  // nothing, and nothing is wider than the screen.
  let reader: Awaited<ReturnType<typeof session>>;
  beforeAll(async () => {
    reader = await session(browser(), baseURL);
  });
  afterAll(() => reader?.context.close());

  test.each(kinds().map((_, k) => k))(
    "page kind %i answers, with no console error or off-site request, fits both views, no axe violation",
    async (k) => {
      const [kind, path] = kinds()[k]!;
      const views = viewsFor(k);
      const { page, visit } = reader;
      const { response, consoleErrors, offsite } = await visit(path!, views[0]);
      expect(response?.status(), kind).toBe(200);
      expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
      await checkViews(page, kind!, views);
      expect(consoleErrors, kind).toEqual([]);
      expect(offsite, kind).toEqual([]);
    },
  );

  test("the article page carries the paper's footer line and the raw lines it came from", async () => {
    const { page, visit } = reader;
    await visit(jiyang().url, VIEWS[0]);
    await expect(page.locator(".paper-footer").textContent()).resolves.toMatch(/^《.+》（2024年7月）$/u);
    await expect(page.locator("details.raw-view ol").getAttribute("start")).resolves.toBe(String(jiyang().lines[0]));
    await expect(page.locator("details.raw-view summary").textContent()).resolves.toBe(
      `原文，第${jiyang().lines[0]}–${jiyang().lines[1]}行`,
    );
  });

  test("searching 特医食品 finds the Jiyang story, and the query is highlighted on it", async () => {
    const { page, visit } = reader;
    const { consoleErrors } = await visit(`/search/?q=${encodeURIComponent("特医食品")}`, VIEWS[0]);
    await page.waitForSelector("#results li a", { timeout: 15_000 });
    const titles = await page.locator("#results li > a").allTextContents();
    expect(titles.slice(0, 3)).toContain(jiyang().title);
    await page.locator("#results li > a", { hasText: jiyang().title }).first().click();
    await page.waitForSelector("article mark");
    expect(await page.locator("article mark").first().textContent()).toBe("特医食品");
    expect(consoleErrors).toEqual([]);
  });
});
