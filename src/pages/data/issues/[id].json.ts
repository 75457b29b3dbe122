import type { APIRoute, GetStaticPaths } from "astro";
import { siteData } from "../../../lib/site-data.ts";
import { exportIssue } from "../../../../archive/export.ts";
import { renderKey } from "../../../lib/render-key.ts";
import { archive } from "../../../lib/archive.ts";

export const getStaticPaths: GetStaticPaths = async () => {
  const data = await siteData();
  // the document holds the issue, its paper, its pages and their stories (in the pages' records), nothing else
  return data.issues.map((i) => ({
    params: { id: i.id },
    cacheKey: renderKey(i, data.publication.get(i.publication), ...i.pages.map((id) => data.page.get(id))),
  }));
};

/** dist/data/issues/<issue-id>.json: one issue's metadata, pages and articles. */
export const GET: APIRoute = async ({ params }) => {
  const data = await siteData();
  const issue = data.issue.get(params.id!)!;
  const records = issue.pages.map((id) => archive.record(id));
  const pages = records.map((r) => r.page);
  const articles = records.flatMap((r) => r.articles);
  return new Response(
    `${JSON.stringify(exportIssue(issue, data.publication.get(issue.publication)!, pages, articles), null, 1)}\n`,
    { headers: { "Content-Type": "application/json; charset=utf-8" } },
  );
};
