// Issue 23 on the seed site: an issue read as the paper printed it (its 版 in order, a page per 版, the stories of a
// 版 beside each story), 往期回顾, print order in every list, readers' words, addresses relative to the site, and the
// about and data pages. Read from the built files; the printed page and walking an issue in Chromium are
// printed.test.ts's.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { exportPlacesSchema } from "../../archive/export.ts";
import { printOrder } from "../../archive/order.ts";
import { urls } from "../../archive/urls.ts";
import { dist, issues } from "./built-data.ts";
import { articleLinks, between, htmlFiles, visibleText } from "./visible-text.ts";

/** A built page (or file) by its site path. */
const page = (path: string) => readFileSync(join(dist, path, /\.\w+$/u.test(path) ? "" : "index.html"), "utf8");

/** Every story of the export with what print order needs. */
const stories = issues.flatMap((i) =>
  i.articles.map((a) => ({ ...a, iso: a.date, issue: i.id, publication: i.publication.id, date: a.dateInfo })),
);
const inPrintOrder = <T extends (typeof stories)[number]>(list: T[]) => [...list].sort(printOrder).map((a) => a.url);
/** An issue's pages in print order: by 版次, unnumbered last, then by id. */
const pagesOf = (issue: (typeof issues)[number]) =>
  [...issue.pages].sort((a, b) => (a.pageNumber ?? 1000) - (b.pageNumber ?? 1000) || a.id.localeCompare(b.id));
const slotOf = (p: { id: string; pageNumber: number | null }) => (p.pageNumber ? String(p.pageNumber) : p.id);

describe("1. an issue as the paper printed it", () => {
  test.each(issues.map((i) => [i.id, i] as const))(
    "%s: its 版 in order, each named, each with its stories in print order",
    (_, issue) => {
      const html = page(urls.issue(issue.id));
      const pages = pagesOf(issue);
      const list = between(html, 'class="edition-list"', "</nav>");
      expect([...list.matchAll(/href="([^"]+)"/gu)].map((m) => m[1])).toEqual(
        pages.map((p) => urls.issuePage(issue.id, slotOf(p))),
      );
      for (const p of pages) expect(visibleText(list)).toContain(p.pageNumber ? `第${p.pageNumber}版` : "版次未注明");
      expect(articleLinks(between(html, "<main", "</main>"))).toEqual(
        pages.flatMap((p) => p.articles.map((id) => issue.articles.find((a) => a.id === id)!.url)),
      );
    },
  );

  test("a page per 版: its stories in print order with their opening words, back to the issue, 上一版/下一版", () => {
    for (const issue of issues)
      for (const [k, p] of pagesOf(issue).entries()) {
        const html = page(urls.issuePage(issue.id, slotOf(p)));
        const main = between(html, "<main", "</main>");
        expect(articleLinks(main)).toEqual(p.articles.map((id) => issue.articles.find((a) => a.id === id)!.url));
        expect(main).toContain(`href="${urls.issue(issue.id)}"`);
        const text = visibleText(main);
        // a story's opening words, as the reader meets them
        const first = issue.articles.find((a) => a.id === p.articles[0]);
        if (first) expect(text).toContain(first.blocks.find((b) => b.type === "paragraph")!.text.slice(0, 12));
        expect(text.includes("上一版")).toBe(k > 0);
      }
  });

  test("a story shows the other stories of its 版, in print order, itself marked", () => {
    for (const issue of issues)
      for (const p of issue.pages) {
        if (p.articles.length < 2) continue;
        for (const id of p.articles) {
          const a = issue.articles.find((x) => x.id === id)!;
          const aside = between(page(a.url), '<aside class="story-aside"', "</aside>");
          expect(visibleText(aside)).toMatch(/^本版其他报道/u);
          const others = p.articles.filter((x) => x !== id).map((x) => issue.articles.find((y) => y.id === x)!.url);
          expect(articleLinks(aside).filter((l) => l.startsWith("/articles/"))).toEqual(others);
          expect(aside).toContain(`<strong aria-current="page">`);
        }
      }
  });

  test("上一期/下一期 link a paper's issues in date order", () => {
    const html = page(urls.issue("jining-gaoxin-2025-01-03"));
    // the seed papers have one issue each: nothing before or after
    expect(between(html, 'aria-label="前后期"', "</nav>")).not.toMatch(/href=/u);
  });
});

describe("3. 往期回顾", () => {
  test("each paper's calendar links every issue: days in the calendar, the less precisely dated apart", () => {
    for (const pub of new Set(issues.map((i) => i.publication.id))) {
      const own = issues.filter((i) => i.publication.id === pub);
      const front = page(urls.publication(pub));
      const years = [...front.matchAll(new RegExp(`href="(/publications/${pub}/(\\d{4})/)"`, "gu"))].map((m) => m[1]!);
      const linked = new Set<string>();
      for (const y of years) {
        const html = page(y);
        for (const m of html.matchAll(/href="(\/issues\/[a-z0-9-]+\/)"/gu)) linked.add(m[1]!);
        // a day's issue sits in the month's table; an issue of a month only in the list apart
        for (const i of own.filter((x) => y.includes(`/${x.date?.slice(0, 4)}/`))) {
          const inCalendar = between(html, '<div class="calendars">', "</main>").split(/<section/u)[0]!;
          expect(inCalendar.includes(`href="${urls.issue(i.id)}"`), i.id).toBe(i.dateInfo.precision === "day");
        }
      }
      for (const m of front.matchAll(/href="(\/issues\/[a-z0-9-]+\/)"/gu)) linked.add(m[1]!);
      for (const i of own) expect(linked.has(urls.issue(i.id)), i.id).toBe(true);
    }
  });

  test("a page per day across all papers, linked from its year's calendar", () => {
    const days = issues.filter((i) => i.dateInfo.precision === "day");
    expect(days.length).toBeGreaterThan(0);
    for (const i of days) {
      const html = page(urls.day(i.date!));
      expect(html).toContain(`href="${urls.issue(i.id)}"`);
      expect(articleLinks(html)).toEqual(expect.arrayContaining(i.articles.map((a) => a.url)));
      expect(page(urls.daysYear(Number(i.date!.slice(0, 4))))).toContain(`href="${urls.day(i.date!)}"`);
    }
    expect(page(urls.days())).toContain(`href="${urls.daysYear(2025)}"`);
  });
});

describe("4. print order in every list of stories", () => {
  test("the home page's newest stories: the newest issue's lead first", () => {
    const recent = articleLinks(between(page(urls.home()), "近期报道", "</main>"));
    expect(recent).toEqual(inPrintOrder(stories).slice(0, 8));
  });

  test("a place's page and its month's page, a paper's feed", () => {
    const jiyang = stories.filter((a) => a.districts.some((d) => d.name === "济阳区"));
    expect(jiyang.length).toBeGreaterThan(1);
    expect(articleLinks(between(page(urls.place("jiyang")), "最新报道", "按月份"))).toEqual(inPrintOrder(jiyang));
    expect(articleLinks(between(page(urls.placeMonth("jiyang", "2024-07")), "<main", "</main>"))).toEqual(
      inPrintOrder(jiyang.filter((a) => a.iso?.startsWith("2024-07"))),
    );
    const feed = readFileSync(join(dist, urls.publicationFeed("jiyang")), "utf8");
    expect([...feed.matchAll(/<link>(\/articles\/[^<]+)<\/link>/gu)].map((m) => m[1])).toEqual(
      inPrintOrder(stories.filter((a) => a.publication === "jiyang")),
    );
  });
});

describe("5, 6. readers' words, and addresses that work", () => {
  const files = htmlFiles(dist);
  const seen = files.map((f) => [f.slice(dist.length), readFileSync(f, "utf8")] as const);

  test("no English field name, no Markdown marker, no stray separator on any page", () => {
    const furnitureKinds =
      /(?:^|\s)(?:masthead|hotline|issue-date|issue-number|weather|promo|other|credits|page-label|jump)\s*[：:]/mu;
    for (const [file, html] of seen) {
      const text = visibleText(html);
      expect(text, file).not.toMatch(/[A-Za-z][\w-]*：/u);
      expect(text, file).not.toMatch(furnitureKinds);
      expect(text, file).not.toMatch(/\*\*\S/u);
      expect(text, file).not.toMatch(/^[·・]/mu);
    }
    // the page that printed 总第**857**期 shows it as printed, without the markers
    expect(visibleText(page(urls.issuePage("jining-gaoxin-2025-01-03", "1")))).toContain("总第857期");
  });

  test("the source file's path only in the 原文 view", () => {
    const repoPath = /(?<![\w./-])(?:content|\.\.)\/[^\s"<]+/u;
    for (const [file, html] of seen) {
      expect(html.replace(/<details class="raw-view"[\s\S]*?<\/details>/gu, ""), file).not.toMatch(repoPath);
      if (file.startsWith("/articles/")) expect(visibleText(html, { raw: true, code: true }), file).toMatch(repoPath);
    }
  });

  test("no placeholder host anywhere; with no address set, links and citations are relative and say so", () => {
    for (const f of readdirSync(dist, { recursive: true, encoding: "utf8" }).filter((n) =>
      /\.(html|xml|json|txt)$/u.test(n),
    ))
      expect(readFileSync(join(dist, f), "utf8"), f).not.toContain("lubao.example");
    const a = stories[0]!;
    const cite = visibleText(between(page(a.url), 'id="cite"', "</section>"));
    expect(cite).toContain(`[N/OL]`);
    expect(cite).toContain(`永久链接：${a.url}`);
    expect(cite).toMatch(/公开地址尚未设定/u);
    const feed = readFileSync(join(dist, urls.publicationFeed("jiyang")), "utf8");
    expect(feed).toMatch(/<link>\/publications\/jiyang\/<\/link>/u);
  });
});

describe("7. about and data", () => {
  test("the about page says what is held, each paper's terms, why a name is not printed, how to cite", () => {
    const text = visibleText(page(urls.about()), { code: true });
    for (const i of issues) expect(text).toContain(i.publication.name);
    expect(text).toMatch(/使用条件/u);
    expect(text).toMatch(/报名未印于页面/u);
    expect(text).toMatch(/GB\/T 7714/u);
    expect(text).toMatch(/《报名》（YYYY年M月D日 第N版）/u);
  });

  test("the data page names every field of every export file, in code type", () => {
    const html = page(urls.data());
    const named = new Set([...html.matchAll(/<code>([\w-]+)<\/code>/gu)].map((m) => m[1]));
    const keysOf = (o: object) => Object.keys(o);
    const issue = issues[0]!;
    const places = exportPlacesSchema.parse(JSON.parse(readFileSync(join(dist, urls.placesData()), "utf8")));
    const all = [
      ...keysOf(issue),
      ...keysOf(issue.pages[0]!),
      ...keysOf(issue.articles[0]!),
      ...keysOf(places[0]!),
      ...keysOf(JSON.parse(page(urls.dataIndex())) as object),
    ];
    expect(all.filter((k) => !named.has(k))).toEqual([]);
    expect(visibleText(html)).toMatch(/批量下载/u);
    const files = readFileSync(join(dist, urls.dataFiles()), "utf8").trim().split("\n");
    for (const f of files) expect(existsSync(join(dist, f)), f).toBe(true);
    expect(files).toHaveLength(issues.length + 2);
  });

  test("places.json carries each place's code and parent; the data's notes for readers are Chinese", () => {
    const places = exportPlacesSchema.parse(JSON.parse(readFileSync(join(dist, urls.placesData()), "utf8")));
    const jiyang = places.find((p) => p.name === "济阳区")!;
    expect(jiyang).toMatchObject({ code: "370115", parent: "370100", level: "district" });
    const notes = [
      ...issues.map((i) => i.dateInfo.evidence),
      ...stories.flatMap((a) => [...a.districts, ...a.mentions].flatMap((d) => d.evidence)),
      ...issues.flatMap((i) => i.pages.flatMap((p) => p.unassigned.map((u) => u.reason))),
    ];
    expect(notes.length).toBeGreaterThan(10);
    expect(notes.filter((n) => /[A-Za-z]{3,}/u.test(n))).toEqual([]);
  });
});
