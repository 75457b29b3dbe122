import type { APIRoute } from "astro";
import type { z } from "astro/zod";
import { siteData } from "../../lib/site-data.ts";
import { pinyinOf } from "../../../archive/places/gazetteer.ts";
import { urls } from "../../../archive/urls.ts";
import type { exportPlacesSchema } from "../../../archive/export.ts";

/** Places with articles: codes and parents, with the pinyin a reader may type (jiyang → 济阳区). */
export const GET: APIRoute = async () => {
  const data = await siteData();
  const rows: z.infer<typeof exportPlacesSchema> = data.placesWithArticles.map((p) => ({
    code: p.code,
    name: p.name,
    level: p.level,
    parent: p.parent,
    codeSource: p.codeSource,
    slug: p.slug,
    pinyin: pinyinOf(p.name),
    url: urls.place(p.slug),
    count: data.articlesOfPlace.get(p.code)?.length ?? 0,
  }));
  return new Response(`${JSON.stringify(rows, null, 1)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
