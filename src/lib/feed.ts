import type { ArticleSummary as Article, Publication } from "../../archive/schema/index.ts";
import { knownIsoDate } from "../../archive/dates.ts";
import { permalink } from "../../archive/urls.ts";
import { cutText, withoutEmphasisMarks, xmlSafe } from "../../archive/text/safe.ts";
import { archive, settings } from "./archive.ts";

/** How much of a story's first paragraph a feed item carries. */
const LEAD_CHARS = 200;
/** How many stories a feed holds: the newest, in print order. */
const FEED_ITEMS = 50;

/** The opening of a story's first paragraph, from its page's record (the summaries hold no text). */
function leadOf(a: Article): string {
  return cutText(archive.story(a).blocks.find((b) => b.type === "paragraph")?.text ?? "", LEAD_CHARS);
}

/** Text as XML character data: markup escaped, and what XML 1.0 cannot carry left out. */
const x = (text: string) =>
  xmlSafe(text).replace(/[&<>"]/gu, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** RFC 822 date of a day, as RSS wants it. */
const rfc822 = (iso: string) => new Date(`${iso}T00:00:00Z`).toUTCString();

/**
 * An RSS 2.0 feed of a list of stories (already in print order), the newest FEED_ITEMS. Links are on the site's
 * public address when one is set (Settings.site), else paths relative to the site: no host is made up.
 */
export function articleFeed(
  title: string,
  description: string,
  home: string,
  articles: readonly Article[],
  pubs: Map<string, Publication>,
): Response {
  const link = (path: string) => permalink(path, settings.site);
  const items = articles.slice(0, FEED_ITEMS).map((a) => {
    // only a date printed or given is a publication date; an estimate is not put in the feed as one
    const published = knownIsoDate(a.date);
    const author = a.authors.join(" ") || (pubs.get(a.publication)?.name ?? "");
    return [
      "<item>",
      `<title>${x(withoutEmphasisMarks(a.title))}</title>`,
      `<link>${x(link(a.url))}</link>`,
      `<guid isPermaLink="${settings.site ? "true" : "false"}">${x(link(a.url))}</guid>`,
      `<description>${x(leadOf(a))}</description>`,
      published ? `<pubDate>${rfc822(published)}</pubDate>` : "",
      author ? `<author>${x(author)}</author>` : "",
      ...a.subjects.map((d) => `<category>${x(d.name)}</category>`),
      "</item>",
    ].join("");
  });
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0"><channel>',
    `<title>${x(title)}</title>`,
    `<description>${x(description)}</description>`,
    `<link>${x(link(home))}</link>`,
    "<language>zh-cn</language>",
    ...items,
    "</channel></rss>",
  ].join("");
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
