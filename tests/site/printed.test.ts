// Issues 21 and 23 on a site with printed pages (printed-site.ts: an issue of two 版 that came as PDFs, and an issue
// that came as text, in one folder): the PDFs read as pages, the page as printed with every story's area a link to
// it, the PDF for download, 上一版/下一版 and 上一期/下一期 walked in Chromium, the calendar, and axe on every page kind
// the printed pages add.
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { urls } from "../../archive/urls.ts";
import { WIDTHS } from "../../src/lib/printed/plan.ts";
import { checkViews, session, VIEWS, viewsFor } from "./browser.ts";
import { readExport } from "./built-data.ts";
import { checkExportConserves } from "./conserve.ts";
import { describeInChromium, useBrowser } from "./in-chromium.ts";
import { buildPrintedSite, PRINTED_PAGES } from "./printed-site.ts";
import { serve } from "./serve.ts";

let site: Awaited<ReturnType<typeof buildPrintedSite>>;
let server: { url: string; server: Server };
beforeAll(async () => {
  site = await buildPrintedSite();
  server = await serve(site.out);
}, 300_000);
afterAll(() => server?.server.close());

const ISSUE = "test-paper-2024-09-20";
const stories = () => readExport(site.out).issues.find((i) => i.id === ISSUE)!.articles;

test("the build draws each printed page once, and the export names its PDF and each story's areas", () => {
  expect(site.log).toMatch(/printed pages: 2 \(2 drawn in [\d.]+ CPU s, 0 from the cache\)/u);
  const { issues } = readExport(site.out);
  const issue = issues.find((i) => i.id === ISSUE)!;
  expect(issue.pages.map((p) => [p.pageNumber, p.printed?.index])).toEqual([
    [1, 1],
    [2, 1],
  ]);
  // the PDF reader finds the stories as drawn, each within the box it was drawn in
  for (const printed of PRINTED_PAGES)
    for (const s of printed.stories) {
      const a = issue.articles.find((x) => x.title === s.title)!;
      expect([a.pageNumber, a.authors]).toEqual([printed.page, [s.author]]);
      expect(a.areas.length).toBeGreaterThan(0);
      for (const b of a.areas) {
        expect(b.x >= s.box.x && b.x + b.w <= s.box.x + s.box.w, s.title).toBe(true);
        expect(b.y >= s.box.y && b.y + b.h <= s.box.y + s.box.h, s.title).toBe(true);
      }
    }
  // the page that came as text has no areas
  expect(issues.filter((i) => i.id !== ISSUE).flatMap((i) => i.articles.map((a) => a.areas))).toEqual([[]]);
});

test("every character of every page, printed or text, is in the export once", () => {
  expect(checkExportConserves(site.out)).toBe(3);
});

describeInChromium("the printed page in Chromium", () => {
  const browser = useBrowser();
  // one tab for the tests, enforcing the Content-Security-Policy (a new context or tab costs more than a test)
  let reader: Awaited<ReturnType<typeof session>>;
  beforeAll(async () => {
    reader = await session(browser(), server.url);
  });
  afterAll(() => reader?.context.close());

  test("every story's area on the page is a link to the story, named by its title, reached by the keyboard", async () => {
    for (const printed of PRINTED_PAGES) {
      const { page, visit } = reader;
      await visit(urls.issuePage(ISSUE, String(printed.page)), VIEWS[0]);
      const areas = page.locator("figure.printed a.area");
      const onPage = stories().filter((a) => a.pageNumber === printed.page);
      expect(await areas.count()).toBe(onPage.reduce((n, a) => n + a.areas.length, 0));
      for (const a of onPage) {
        // a story's first area (its headline, as read) is the first of its links
        const link = page.getByRole("link", { name: a.title, exact: true }).and(areas).first();
        expect(await link.getAttribute("href")).toBe(a.url);
        // the link covers the story's box on the page as drawn (percentages of the sheet)
        const [box, sheet] = await Promise.all([link.boundingBox(), page.locator(".sheet").boundingBox()]);
        expect(((box!.x - sheet!.x) / sheet!.width) * 600).toBeCloseTo(a.areas[0]!.x, -1);
        expect((box!.height / sheet!.height) * 800).toBeCloseTo(a.areas[0]!.h, -1);
      }
      // Tab from the 版's navigation reaches the areas; Enter on one opens its story
      await page.locator('nav[aria-label="前后版面"] a').last().focus();
      let name = "";
      for (let i = 0; i < 10 && !name; i++) {
        await page.keyboard.press("Tab");
        name = await page.evaluate(() =>
          document.activeElement?.classList.contains("area") ? (document.activeElement.textContent ?? "") : "",
        );
      }
      expect(name).toBe(onPage[0]!.title);
      await Promise.all([page.waitForURL(`**${onPage[0]!.url}`), page.keyboard.press("Enter")]);
      expect(await page.locator("h1").textContent()).toBe(onPage[0]!.title);
    }
  });

  test("the image is lazy, at every width of the plan, and loads; the PDF downloads as it was published", async () => {
    const { page, visit } = reader;
    await visit(urls.issuePage(ISSUE, "1"), VIEWS[0]);
    const img = page.locator("figure.printed img");
    expect(await img.getAttribute("loading")).toBe("lazy");
    expect(await img.getAttribute("srcset")).toBe(
      WIDTHS.map((w) => `${urls.printedImage(`${ISSUE}-p01`, w)} ${w}w`).join(", "),
    );
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
    for (const w of WIDTHS) {
      const r = await page.request.get(server.url + urls.printedImage(`${ISSUE}-p01`, w));
      expect([r.status(), r.headers()["content-type"]]).toEqual([200, "image/webp"]);
    }
    const pdf = page.getByRole("link", { name: /下载本版 PDF 原件/u });
    expect(await pdf.getAttribute("download")).toBe("测试报-2024年9月20日-第1版_要闻.pdf");
    const body = await (await page.request.get(server.url + (await pdf.getAttribute("href"))!)).body();
    expect(body.equals(readFileSync(join(site.content, "test-paper/2024-09-20-p01.pdf")))).toBe(true);
  });

  test("上一版/下一版 walk the issue from its first 版 to its last and back; 上一期/下一期 walk the paper", async () => {
    const { page, visit } = reader;
    await visit(urls.issue(ISSUE), VIEWS[0]);
    await page.getByRole("navigation", { name: "本期版面" }).getByRole("link").first().click();
    const seen = [await page.locator(".edition-name").textContent()];
    const step = async (word: string) => {
      const link = page.getByRole("navigation", { name: "前后版面" }).getByRole("link", { name: new RegExp(word) });
      if (!(await link.count())) return false;
      await Promise.all([page.waitForLoadState(), link.click()]);
      seen.push(await page.locator(".edition-name").textContent());
      return true;
    };
    while (await step("下一版"));
    while (await step("上一版"));
    expect(seen).toEqual(["第1版 要闻", "第2版 综合", "第1版 要闻"]);
    await page.getByRole("link", { name: "返回本期" }).click();
    await page.getByRole("link", { name: /下一期/u }).click();
    expect(page.url()).toBe(server.url + urls.issue("test-paper-2024-09-21"));
    // a 版 that came as text has its stories and no picture
    await page.getByRole("navigation", { name: "本期版面" }).getByRole("link").first().click();
    expect(await page.locator("figure.printed").count()).toBe(0);
    expect(await page.locator("main .card-list a").allTextContents()).toEqual(["秋季消防安全检查开始"]);
    await page.getByRole("link", { name: "返回本期" }).click();
    await page.getByRole("link", { name: /上一期/u }).click();
    expect(page.url()).toBe(server.url + urls.issue(ISSUE));
  });

  test("the paper's calendar links both days of its year", async () => {
    const { page, visit } = reader;
    await visit(urls.publicationYear("test-paper", 2024), VIEWS[0]);
    const table = page.getByRole("table", { name: "2024年9月" });
    expect(await table.getByRole("link").evaluateAll((as) => as.map((a) => a.getAttribute("href")))).toEqual([
      urls.issue(ISSUE),
      urls.issue("test-paper-2024-09-21"),
    ]);
    expect(await table.getByRole("link", { name: /9月\s*20\s*日\s*测试报/u }).textContent()).toContain("20");
  });

  const kinds = () => [
    ["printed 版", urls.issuePage(ISSUE, "1")],
    ["issue with printed 版", urls.issue(ISSUE)],
    ["story of a printed 版", stories()[0]!.url],
  ];
  // as pages.test.ts: each kind loaded in one view, turn about, and shown in the other; in each, axe in full finds
  // nothing and nothing is wider than the screen
  test.each([0, 1, 2])("page kind %i fits both views, with no console error and no axe violation", async (k) => {
    const [kind, path] = kinds()[k]!;
    const views = viewsFor(k);
    const { page, visit } = reader;
    const { consoleErrors } = await visit(path!, views[0]);
    await checkViews(page, kind!, views);
    expect(consoleErrors, kind).toEqual([]);
  });
});

describe("the story page beside its printed 版", () => {
  test("shows the page small, the story's area outlined, linking to the 版", () => {
    const a = stories()[1]!;
    const html = readFileSync(join(site.out, a.url, "index.html"), "utf8");
    const aside = html.slice(html.indexOf('<aside class="story-aside"'));
    expect(aside).toMatch(new RegExp(`<a href="${urls.issuePage(ISSUE, String(a.pageNumber))}" class="thumb-link">`));
    expect(aside.match(/class="area marked"/gu)).toHaveLength(a.areas.length);
  });
});
