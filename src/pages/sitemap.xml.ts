import type { APIRoute } from "astro";
import { siteData } from "../lib/site-data.ts";
import { settings } from "../lib/archive.ts";
import { permalink, urls } from "../../archive/urls.ts";

/**
 * sitemap.xml: the pages a reader lands on from outside (home, papers, issues and their 版, stories, places, the
 * about and data pages), on the site's public address when one is set, else as paths relative to the site.
 */
export const GET: APIRoute = async () => {
  const data = await siteData();
  const paths = [
    urls.home(),
    urls.places(),
    urls.days(),
    urls.about(),
    urls.data(),
    ...data.publications.map((p) => urls.publication(p.id)),
    ...data.issues.map((i) => urls.issue(i.id)),
    ...[...data.pagesOfIssue.values()].flat().map((p) => p.url),
    ...data.articles.map((a) => a.url),
    ...data.placesWithArticles.map((p) => urls.place(p.slug)),
  ];
  const body = paths.map((p) => `  <url><loc>${permalink(p, settings.site)}</loc></url>`).join("\n");
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
    { headers: { "Content-Type": "application/xml; charset=utf-8" } },
  );
};
