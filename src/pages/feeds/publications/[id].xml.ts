import type { APIRoute, GetStaticPaths } from "astro";
import { siteData } from "../../../lib/site-data.ts";
import { articleFeed } from "../../../lib/feed.ts";

export const getStaticPaths: GetStaticPaths = async () =>
  (await siteData()).publications.map((p) => ({ params: { id: p.id } }));

export const GET: APIRoute = async ({ params, site }) => {
  const data = await siteData();
  const pub = data.publication.get(params.id!)!;
  return articleFeed(
    site!,
    `${pub.name} · 鲁报`,
    `${pub.name}的报道`,
    data.articles.filter((a) => a.publication === pub.id),
    data.publication,
  );
};
