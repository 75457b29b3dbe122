import type { APIRoute, GetStaticPaths } from "astro";
import { siteData } from "../../../lib/site-data.ts";
import { articleFeed } from "../../../lib/feed.ts";
import { urls } from "../../../../archive/urls.ts";

export const getStaticPaths: GetStaticPaths = async () =>
  (await siteData()).publications.map((p) => ({ params: { id: p.id } }));

export const GET: APIRoute = async ({ params }) => {
  const data = await siteData();
  const pub = data.publication.get(params.id!)!;
  return articleFeed(
    `${pub.name} · 鲁报`,
    `${pub.name}的报道`,
    urls.publication(pub.id),
    data.articlesOfPublication.get(pub.id) ?? [],
    data.publication,
  );
};
