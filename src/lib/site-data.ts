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
import { lineage } from "../../archive/places/gazetteer.ts";

/**
 * Everything the pages need, loaded once per build and indexed for the lookups pages make: stories and pages as
 * summaries (their text is read from their page's record, archive/store/records.ts, when they are rendered).
 */
export interface SiteData {
  publications: Publication[];
  issues: Issue[];
  pages: Page[];
  articles: Article[];
  places: Place[];
  publication: Map<string, Publication>;
  issue: Map<string, Issue>;
  page: Map<string, Page>;
  article: Map<string, Article>;
  place: Map<string, Place>;
  /** Articles of each place code: a city gathers its districts' and zones' stories, the province all. */
  articlesOfPlace: Map<string, Article[]>;
  /** The places that have a page: those with at least one story, in gazetteer order. */
  placesWithArticles: Place[];
  /** Articles of each issue, in the order the ingest read them. */
  articlesOfIssue: Map<string, Article[]>;
  /** Issues of each publication, newest first. */
  issuesOfPublication: Map<string, Issue[]>;
}

let cached: Promise<SiteData> | null = null;

export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteData> {
  const [publications, issues, pages, articles, places] = await Promise.all([
    getCollection("publications").then((x) => x.map((e) => e.data)),
    getCollection("issues").then((x) => x.map((e) => e.data)),
    getCollection("pages").then((x) => x.map((e) => e.data)),
    getCollection("articles").then((x) => x.map((e) => e.data)),
    getCollection("places").then((x) => x.map((e) => e.data)),
  ]);
  const place = new Map(places.map((p) => [p.code, p]));
  // a story about a district is also a story of its city and of the province
  const articlesOfPlace = groupBy(articles, (a) => {
    const subjects = a.subjects.flatMap((d) => place.get(d.code) ?? []);
    return new Set(subjects.flatMap((p) => lineage(p, place)).map((p) => p.code));
  });
  for (const list of articlesOfPlace.values()) list.sort(newestFirst);
  issues.sort(newestFirst);
  return {
    publications,
    issues,
    pages,
    articles,
    places,
    publication: new Map(publications.map((p) => [p.id, p])),
    issue: new Map(issues.map((i) => [i.id, i])),
    page: new Map(pages.map((p) => [p.id, p])),
    article: new Map(articles.map((a) => [a.id, a])),
    place,
    articlesOfPlace,
    placesWithArticles: places.filter((p) => articlesOfPlace.has(p.code)),
    articlesOfIssue: groupBy(articles, (a) => [a.issue]),
    issuesOfPublication: groupBy(issues, (i) => [i.publication]),
  };
}

/** The stories printed before and after one on its page. */
export function neighbours(data: SiteData, a: Article): [Article | undefined, Article | undefined] {
  const ids = data.page.get(a.page)!.articles;
  const k = ids.indexOf(a.id);
  return [data.article.get(ids[k - 1] ?? ""), data.article.get(ids[k + 1] ?? "")];
}

/** The previous and next issue of the same paper, by date. */
export function olderAndNewer(data: SiteData, issue: Issue): [Issue | undefined, Issue | undefined] {
  const series = data.issuesOfPublication.get(issue.publication)!; // newest first
  const k = series.indexOf(issue);
  return [series[k + 1], series[k - 1]];
}

/** Paper's footer line: 《报名》（2025年1月3日 第1版）. */
export function paperFooter(pub: Publication, a: ArticleHeads): string {
  return `《${pub.name}》（${formatPaperDate(a.date)}${a.pageNumber ? ` 第${a.pageNumber}版` : ""}）`;
}
