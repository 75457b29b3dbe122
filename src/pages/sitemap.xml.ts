import type { APIRoute } from "astro";
import { siteData } from "../lib/site-data.ts";
import { urls } from "../../archive/urls.ts";

/** sitemap.xml: every page a reader can land on. */
export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const paths = [
    urls.home(),
    urls.places(),
    ...data.publications.map((p) => urls.publication(p.id)),
    ...data.issues.map((i) => urls.issue(i.id)),
    ...data.articles.map((a) => a.url),
    ...data.placesWithArticles.map((p) => urls.place(p.slug)),
  ];
  const body = paths.map((p) => `  <url><loc>${new URL(p, site).href}</loc></url>`).join("\n");
  return new Response(
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
    { headers: { "Content-Type": "application/xml; charset=utf-8" } },
  );
};
