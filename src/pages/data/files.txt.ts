import type { APIRoute } from "astro";
import { siteData } from "../../lib/site-data.ts";
import { urls } from "../../../archive/urls.ts";

/** data/files.txt: every file of the data export, one site path a line, for a bulk download (wget -i). */
export const GET: APIRoute = async () => {
  const data = await siteData();
  const paths = [urls.dataIndex(), urls.placesData(), ...data.issues.map((i) => urls.issueData(i.id))];
  return new Response(`${paths.join("\n")}\n`, { headers: { "Content-Type": "text/plain; charset=utf-8" } });
};
