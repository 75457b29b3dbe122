import { cityOf } from "./places/gazetteer.ts";
import { isoPaperDate, knownIsoDate } from "./dates.ts";
import type { Article, ArticleHeads, Issue, Place, Publication } from "./schema/index.ts";

/** What an article page says of its story beside the story itself: structured data, a citation, search filters. */

/** schema.org NewsArticle: a date is given as a fact only where the page printed it or an editor gave it. */
export function articleJsonLd(a: Article, pub: Publication, issue: Issue, canonical: string): Record<string, unknown> {
  const published = knownIsoDate(a.date);
  const issuePublished = knownIsoDate(issue.date);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: a.title,
    ...(a.subtitle ? { alternativeHeadline: a.subtitle } : {}),
    ...(published ? { datePublished: published } : {}),
    inLanguage: "zh-CN",
    author: a.authors.map((name) => ({ "@type": "Person", name })),
    publisher: { "@type": "Organization", name: pub.name },
    contentLocation: a.subjects.map((d) => ({ "@type": "Place", name: d.name })),
    mainEntityOfPage: canonical,
    isPartOf: {
      "@type": "PublicationIssue",
      ...(issuePublished ? { datePublished: issuePublished } : {}),
      ...(issue.number ? { issueNumber: String(issue.number) } : {}),
    },
  };
}

/** The first words of a story's body: the search page finds where the body starts in the indexed text by them. */
export const bodyLead = (a: Article): string =>
  Array.from(a.blocks[0]?.text ?? "")
    .slice(0, 16)
    .join("");

/**
 * A citation in the GB/T 7714—2015 form of a newspaper article read online: 作者. 题名[N/OL]. 报纸名, 出版日期(版次).
 * 链接. (The reader adds the date they read it, [引用日期], after the 版次.) With no author printed, the paper is
 * named as the one responsible.
 */
export function citationOf(a: ArticleHeads, pub: Publication, link: string): string {
  const date = isoPaperDate(a.date) ?? "[出版日期不详]";
  return `${a.authors.join(", ") || pub.name}. ${a.title}[N/OL]. ${pub.name}, ${date}${a.pageNumber ? `(${a.pageNumber})` : ""}. ${link}`;
}

/** The search filters a story sets: the cities and the districts (or zones) it is about (the province is no city). */
export function placeFilters(a: ArticleHeads, place: Map<string, Place>): { cities: string[]; districts: string[] } {
  const cities = a.subjects.flatMap((d) => {
    const p = place.get(d.code);
    const city = p ? cityOf(p, place) : null;
    return city ? [city.name] : [];
  });
  const districts = a.subjects.filter((d) => d.level === "district" || d.level === "zone").map((d) => d.name);
  return { cities: [...new Set(cities)], districts };
}
