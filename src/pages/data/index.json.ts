import type { APIRoute } from "astro";
import { siteData } from "../../lib/site-data.ts";
import { exportIndex } from "../../../archive/export.ts";

/** dist/data/index.json: every issue with its pages and article ids. */
export const GET: APIRoute = async () => {
  const data = await siteData();
  return new Response(`${JSON.stringify(exportIndex(data.issues, data.pages), null, 1)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
