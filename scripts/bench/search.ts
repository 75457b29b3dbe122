/**
 * npm run bench:search [DIST…]: bytes fetched and time to first result for a set of queries, in Debian's
 * Chromium against a built site served on localhost. Each query is measured twice: as a reader's first
 * query (a fresh browser, nothing cached) and as a later one (the same browser, just after another query).
 * Defaults to dist/ and, when it exists, the 10,000-article archive of `npm run bench`.
 */
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, BrowserContext } from "playwright-core";
import sirv from "sirv";
import { launch } from "../../tests/site/browser.ts";

/** Words of the seed stories, words of the redrawn corpus's vocabulary, a place, a name, and a query nothing holds. */
export const QUERIES = ["特医食品", "柑橘", "济阳", "王广杰", "留守儿童 心愿", "濟陽", "比特币", "发展", "龘靐齉"];

export interface QueryFigures {
  query: string;
  results: number;
  /**
   * KB of the search index (Pagefind's files and the routes) that came over the wire, as a first query and as a
   * later one (what the browser's cache answered is not counted).
   */
  firstKB: number;
  laterKB: number;
  /** ms from navigation until the search page showed its first result (or said it found none). */
  firstMs: number;
  laterMs: number;
}

async function measureQuery(context: BrowserContext, base: string, q: string) {
  const page = await context.newPage();
  let bytes = 0;
  // bytes over the wire: a response the browser's cache answers (or a 304) brings no body
  page.on("requestfinished", async (r) => {
    if (/\/pagefind/u.test(r.url())) bytes += (await r.sizes().catch(() => ({ responseBodySize: 0 }))).responseBodySize;
  });
  const started = performance.now();
  await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
  await page.waitForFunction(
    () => (document.querySelector("#search-status")?.textContent ?? "").length > 0,
    undefined,
    {
      timeout: 120_000,
    },
  );
  const ms = performance.now() - started;
  const results = await page.locator("#results li").count();
  await page.waitForTimeout(200); // responses still being read
  await page.close();
  return { bytes, ms, results };
}

/** Every query on one built site, first and later. */
export async function searchFigures(dist: string, browser?: Browser): Promise<QueryFigures[]> {
  const own = browser ?? (await launch());
  const serve = sirv(dist);
  const server = createServer((req, res) => serve(req, res, () => void res.writeHead(404).end()));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rows: QueryFigures[] = [];
  try {
    for (const [k, q] of QUERIES.entries()) {
      const fresh = await own.newContext();
      const first = await measureQuery(fresh, base, q);
      await fresh.close();
      // a later query: the reader has just searched for something else
      const warm = await own.newContext();
      await measureQuery(warm, base, QUERIES[(k + 1) % QUERIES.length]!);
      const later = await measureQuery(warm, base, q);
      await warm.close();
      rows.push({
        query: q,
        results: first.results,
        firstKB: Math.round(first.bytes / 1024),
        laterKB: Math.round(later.bytes / 1024),
        firstMs: Math.round(first.ms),
        laterMs: Math.round(later.ms),
      });
    }
  } finally {
    server.close();
    if (!browser) await own.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dists = process.argv.slice(2).length
    ? process.argv.slice(2)
    : ["dist", "bench/scratch/10000/dist"].filter((d) => existsSync(d));
  for (const dist of dists) {
    console.log(dist);
    console.table(await searchFigures(dist));
  }
}
