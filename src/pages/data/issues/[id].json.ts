import type { APIRoute, GetStaticPaths } from "astro";
import { siteData } from "../../../lib/site-data.ts";
import { exportIssue } from "../../../lib/export.ts";
import { cacheKey } from "../../../lib/cache-key.ts";

export const getStaticPaths: GetStaticPaths = async () => {
  const data = await siteData();
  // the document holds the issue, its paper, its pages and its stories, nothing else
  return data.issues.map((i) => ({
    params: { id: i.id },
    cacheKey: cacheKey(
      i,
      data.publication.get(i.publication),
      ...i.pages.map((id) => data.page.get(id)),
      ...(data.articlesOfIssue.get(i.id) ?? []),
    ),
  }));
};

/** dist/data/issues/<issue-id>.json: one issue's metadata, pages and articles. */
export const GET: APIRoute = async ({ params }) => {
  const data = await siteData();
  const issue = data.issue.get(params.id!)!;
  const pages = issue.pages.map((id) => data.page.get(id)!);
  const articles = data.articlesOfIssue.get(issue.id) ?? [];
  return new Response(
    `${JSON.stringify(exportIssue(issue, data.publication.get(issue.publication)!, pages, articles), null, 1)}\n`,
    { headers: { "Content-Type": "application/json; charset=utf-8" } },
  );
};
