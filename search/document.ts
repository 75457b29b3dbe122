// What the search index holds of a story, made from its record: the filters, sort key and result metadata
// Pagefind reads, and the text it indexes with the weights the page gives its heads. The article page prints
// the same fields (searchFields) and the same text, so a story is indexed from its record, without its page
// being built first: the index is made beside the site, not after it (search/index/).
import type { Element, ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { bodyLead, placeFilters } from "../archive/article-meta.ts";
import { dateSortKey, formatPaperDate, isoPaperDate, yearOf } from "../archive/dates.ts";
import { bodyToHast } from "../archive/text/mdast.ts";
import type { Article, ArticleHeads, Place, Publication } from "../archive/schema/index.ts";

type Props = Record<string, string | boolean>;
const el = (tagName: string, properties: Props, children: (ElementContent | string | null)[]): Element => ({
  type: "element",
  tagName,
  properties,
  children: children.filter((c) => c !== null).map((c) => (typeof c === "string" ? { type: "text", value: c } : c)),
});
/** What each kind of hidden field is called as a hast property (data-pagefind-filter → dataPagefindFilter). */
const FIELD_PROPERTY = { filter: "dataPagefindFilter", sort: "dataPagefindSort", meta: "dataPagefindMeta" } as const;
/** A hidden span Pagefind reads as a filter, sort key or metadata: data-pagefind-<kind>="<name>" holding the value. */
const field = (kind: keyof typeof FIELD_PROPERTY, name: string, value: string): Element =>
  el("span", { hidden: true, [FIELD_PROPERTY[kind]]: name }, [value]);

/** The values a story has for each search filter (the same for its summary and its full record). */
export function filterValues(a: ArticleHeads, pub: Publication, place: Map<string, Place>): Record<string, string[]> {
  const { cities, districts } = placeFilters(a, place);
  const year = yearOf(a.date);
  return {
    publication: [pub.name],
    city: cities,
    district: districts,
    issue: [a.issue],
    year: year === null ? [] : [String(year)],
  };
}

/** The filters, sort key and metadata of a story's search result, kept out of the indexed text. */
export function searchFields(a: Article, pub: Publication, place: Map<string, Place>): Element {
  return el("div", { hidden: true }, [
    ...Object.entries(filterValues(a, pub, place)).flatMap(([name, values]) =>
      values.map((v) => field("filter", name, v)),
    ),
    field("sort", "date", dateSortKey(a.date) || "0000"),
    field("meta", "date", formatPaperDate(a.date)),
    field("meta", "isodate", isoPaperDate(a.date) ?? ""),
    field("meta", "lead", bodyLead(a)),
    field("meta", "publication", pub.name),
    field("meta", "pagenumber", a.pageNumber ? String(a.pageNumber) : ""),
    field("meta", "places", a.subjects.map((d) => d.name).join("、")),
  ]);
}

/** The fields as the article page prints them. */
export const searchFieldsHtml = (a: Article, pub: Publication, place: Map<string, Place>): string =>
  toHtml(searchFields(a, pub, place));

/** How much each head of a story weighs in the index against its body (1): declared once, for this document and the
 * article page's heads (src/components/ArticleHeads.astro). */
export const HEAD_WEIGHTS = { column: 2, kicker: 4, title: 8, subtitle: 4 } as const;

/** The indexed text: the heads with their weights, the names of the authors, the body. */
function searchBody(a: Article): Element {
  const weighted = (tag: string, weight: number, text: string | null, extra: Props = {}) =>
    text ? el(tag, { dataPagefindWeight: String(weight), ...extra }, [text]) : null;
  return el("article", { dataPagefindBody: true }, [
    weighted("p", HEAD_WEIGHTS.column, a.column),
    weighted("p", HEAD_WEIGHTS.kicker, a.kicker),
    weighted("h1", HEAD_WEIGHTS.title, a.title, { dataPagefindMeta: "title" }),
    weighted("p", HEAD_WEIGHTS.subtitle, a.subtitle && `——${a.subtitle}`),
    a.authors.length ? el("p", {}, [a.authors.join(" ")]) : null,
    el("div", {}, bodyToHast(a.blocks, a.dateline).children as ElementContent[]),
  ]);
}

/** A story as the search index takes it: one small HTML document, in the page's language. */
export function searchDocument(a: Article, pub: Publication, place: Map<string, Place>): string {
  return `<!doctype html>${toHtml(
    el("html", { lang: "zh-CN" }, [
      el("head", {}, [el("title", {}, [a.title])]),
      el("body", {}, [searchFields(a, pub, place), searchBody(a)]),
    ]),
  )}`;
}
