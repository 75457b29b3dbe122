import { getCollection } from "astro:content";
import type {
  ArticleHeads,
  ArticleSummary as Article,
  Issue,
  PageSummary as Page,
  Place,
  Publication,
} from "../../archive/schema/index.ts";
import { formatPaperDate, newestFirst } from "../../archive/dates.ts";
import { groupBy } from "../../archive/group.ts";
import { printOrder } from "../../archive/order.ts";
import { lineage } from "../../archive/places/gazetteer.ts";
import { type IssuePage, issuePages } from "./issue-pages.ts";
import { dayOf } from "./calendar.ts";

/**
 * Everything the pages need, loaded once per build and indexed for the lookups pages make: stories and pages as
 * summaries (their text is read from their page's record, archive/store/records.ts, when they are rendered).
 * Every list of stories here is in print order (archive/order.ts).
 */
export interface SiteData {
  publications: Publication[];
  /** Newest first. */
  issues: Issue[];
  pages: Page[];
  /** In print order: newest issue first, then by 版 and place on the page. */
  articles: Article[];
  places: Place[];
  publication: Map<string, Publication>;
  issue: Map<string, Issue>;
  page: Map<string, Page>;
  article: Map<string, Article>;
  place: Map<string, Place>;
  /** Articles of each place code, in print order: a city gathers its districts' and zones' stories, the province all. */
  articlesOfPlace: Map<string, Article[]>;
  /** The places that have a page: those with at least one story, in gazetteer order. */
  placesWithArticles: Place[];
  /** Articles of each issue, in print order. */
  articlesOfIssue: Map<string, Article[]>;
  /** Articles of each publication, in print order. */
  articlesOfPublication: Map<string, Article[]>;
  /** Articles of each page, in print order. */
  articlesOfPage: Map<string, Article[]>;
  /** The 版 of each issue in print order, each with its address and name. */
  pagesOfIssue: Map<string, IssuePage[]>;
  /** Each page's place among its issue's 版. */
  issuePage: Map<string, IssuePage>;
  /** Issues of each publication, newest first. */
  issuesOfPublication: Map<string, Issue[]>;
  /** Issues dated to a day, by that day (ISO), across all papers. */
  issuesOfDay: Map<string, Issue[]>;
}

let cached: Promise<SiteData> | null = null;

export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const [publications, issues, pages, unordered, places] = await Promise.all([
    getCollection("publications").then((x) => x.map((e) => e.data)),
    getCollection("issues").then((x) => x.map((e) => e.data)),
    getCollection("pages").then((x) => x.map((e) => e.data)),
    getCollection("articles").then((x) => x.map((e) => e.data)),
    getCollection("places").then((x) => x.map((e) => e.data)),
  ]);
  const articles = unordered.sort(printOrder);
  const place = new Map(places.map((p) => [p.code, p]));
  // a story about a district is also a story of its city and of the province (groups keep the print order)
  const articlesOfPlace = groupBy(articles, (a) => {
    const subjects = a.subjects.flatMap((d) => place.get(d.code) ?? []);
    return new Set(subjects.flatMap((p) => lineage(p, place)).map((p) => p.code));
  });
  issues.sort(newestFirst);
  const page = new Map(pages.map((p) => [p.id, p]));
  const pagesOfIssue = new Map(issues.map((i) => [i.id, issuePages(i.pages.map((id) => page.get(id)!))]));
  return {
    publications,
    issues,
    pages,
    articles,
    places,
    publication: new Map(publications.map((p) => [p.id, p])),
    issue: new Map(issues.map((i) => [i.id, i])),
    page,
    article: new Map(articles.map((a) => [a.id, a])),
    place,
    articlesOfPlace,
    placesWithArticles: places.filter((p) => articlesOfPlace.has(p.code)),
    articlesOfIssue: groupBy(articles, (a) => [a.issue]),
    articlesOfPublication: groupBy(articles, (a) => [a.publication]),
    articlesOfPage: groupBy(articles, (a) => [a.page]),
    pagesOfIssue,
    issuePage: new Map([...pagesOfIssue.values()].flat().map((p) => [p.page.id, p])),
    issuesOfPublication: groupBy(issues, (i) => [i.publication]),
    issuesOfDay: groupBy(issues, (i) => {
      const day = dayOf(i.date);
      return day ? [day] : [];
    }),
  };
}

/** The stories printed before and after one on its page. */
export function neighbours(data: SiteData, a: Article): [Article | undefined, Article | undefined] {
  const list = data.articlesOfPage.get(a.page)!;
  const k = list.indexOf(a);
  return [list[k - 1], list[k + 1]];
}

/** The previous and next issue of the same paper, by date. */
export function olderAndNewer(data: SiteData, issue: Issue): [Issue | undefined, Issue | undefined] {
  const series = data.issuesOfPublication.get(issue.publication)!; // newest first
  const k = series.indexOf(issue);
  return [series[k + 1], series[k - 1]];
}

/** The 版 before and after one in its issue. */
export function pagesBeside(data: SiteData, p: IssuePage): [IssuePage | undefined, IssuePage | undefined] {
  const list = data.pagesOfIssue.get(p.page.issue)!;
  const k = list.indexOf(p);
  return [list[k - 1], list[k + 1]];
}

/** Paper's footer line: 《报名》（2025年1月3日 第1版）. */
export function paperFooter(pub: Publication, a: ArticleHeads): string {
  return `《${pub.name}》（${formatPaperDate(a.date)}${a.pageNumber ? ` 第${a.pageNumber}版` : ""}）`;
}
