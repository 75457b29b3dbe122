import type { APIRoute, GetStaticPaths } from "astro";
import { siteData } from "../../../lib/site-data.ts";
import { articleFeed } from "../../../lib/feed.ts";
import { urls } from "../../../../archive/urls.ts";

export const getStaticPaths: GetStaticPaths = async () => {
  const data = await siteData();
  return data.placesWithArticles.map((p) => ({ params: { slug: p.slug }, props: { code: p.code } }));
};

export const GET: APIRoute = async ({ props }) => {
  const data = await siteData();
  const place = data.place.get((props as { code: string }).code)!;
  return articleFeed(
    `${place.name} · 鲁报`,
    `${place.name}的报道`,
    urls.place(place.slug),
    data.articlesOfPlace.get(place.code) ?? [],
    data.publication,
  );
};
