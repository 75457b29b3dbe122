import rss from "@astrojs/rss";
import type { ArticleSummary as Article, Publication } from "../../archive/schema/index.ts";
import { knownIsoDate, newestFirst } from "../../archive/dates.ts";
import { cutText, xmlSafe } from "../../archive/text/safe.ts";
import { archive } from "./archive.ts";

/** How much of a story's first paragraph a feed item carries. */
const LEAD_CHARS = 200;

/** The opening of a story's first paragraph, from its page's record (the summaries hold no text). */
function leadOf(a: Article): string {
  return cutText(archive.story(a).blocks.find((b) => b.type === "paragraph")?.text ?? "", LEAD_CHARS);
}

/** An RSS feed of articles, newest first (dates as precise as known: a month-precise date counts as its first day). */
export function articleFeed(
  site: URL,
  title: string,
  description: string,
  articles: Article[],
  pubs: Map<string, Publication>,
) {
  const sorted = [...articles].sort(newestFirst).slice(0, 50);
  return rss({
    title: xmlSafe(title),
    description: xmlSafe(description),
    site,
    customData: "<language>zh-cn</language>",
    items: sorted.map((a) => {
      // only a date printed or given is a publication date; an estimate is not put in the feed as one
      const published = knownIsoDate(a.date);
      return {
        title: xmlSafe(a.title),
        link: a.url,
        pubDate: published ? new Date(`${published}T00:00:00Z`) : undefined,
        description: xmlSafe(leadOf(a)),
        author: xmlSafe(a.authors.join(" ") || (pubs.get(a.publication)?.name ?? "")) || undefined,
        categories: a.subjects.map((d) => xmlSafe(d.name)),
      };
    }),
  });
}
