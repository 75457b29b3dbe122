import type { APIRoute, GetStaticPaths } from "astro";
import { siteData } from "../../../lib/site-data.ts";
import { articleFeed } from "../../../lib/feed.ts";

export const getStaticPaths: GetStaticPaths = async () => {
  const data = await siteData();
  return data.placesWithArticles.map((p) => ({ params: { slug: p.slug } }));
};

export const GET: APIRoute = async ({ params, site }) => {
  const data = await siteData();
  const place = data.places.find((p) => p.slug === params.slug)!;
  return articleFeed(
    site!,
    `${place.name} · 鲁报`,
    `${place.name}的报道`,
    data.articlesOfPlace.get(place.code) ?? [],
    data.publication,
  );
};
