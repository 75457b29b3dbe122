import rss from "@astrojs/rss";
import type { Article, Publication } from "./schema/index.ts";
import { isoPaperDate } from "./dates.ts";
import { cutText, xmlSafe } from "./text/safe.ts";

/** An RSS feed of articles, newest first (dates as precise as known: a month-precise date counts as its first day). */
export function articleFeed(
  site: URL,
  title: string,
  description: string,
  articles: Article[],
  pubs: Map<string, Publication>,
) {
  const sorted = [...articles].sort((a, b) => isoPaperDate(b.date).localeCompare(isoPaperDate(a.date))).slice(0, 50);
  return rss({
    title: xmlSafe(title),
    description: xmlSafe(description),
    site,
    customData: "<language>zh-cn</language>",
    items: sorted.map((a) => ({
      title: xmlSafe(a.title),
      link: a.url,
      pubDate: new Date(Date.UTC(a.date.year, (a.date.month ?? 1) - 1, a.date.day ?? 1)),
      description: xmlSafe(cutText(a.blocks.find((b) => b.type === "paragraph")?.text ?? "", 200)),
      author: xmlSafe(a.authors.join(" ") || (pubs.get(a.publication)?.name ?? "")) || undefined,
      categories: a.districts.filter((d) => d.role === "subject").map((d) => xmlSafe(d.name)),
    })),
  });
}
