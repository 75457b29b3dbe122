/**
 * npm run bench:search [DIST…]: index size, bytes fetched and time to first result for a set of
 * queries, in Debian's Chromium against a built site served on localhost. Defaults to dist/ and, when
 * it exists, the 10,000-article archive of `npm run bench`.
 */
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";
import { bytesUnder } from "./measure.ts";
import { launch } from "../../tests/site/browser.ts";

const QUERIES = ["特医食品", "柑橘", "济阳", "王广杰", "留守儿童 心愿", "濟陽", "比特币"];
const dists = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ["dist", "bench/scratch/10000/dist"].filter((d) => existsSync(d));

const browser = await launch();
const rows: Record<string, string | number>[] = [];
for (const dist of dists) {
  const serve = sirv(dist);
  const server = createServer((req, res) => serve(req, res, () => void res.writeHead(404).end()));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const indexBytes = bytesUnder(`${dist}/pagefind`);
  for (const q of QUERIES) {
    // a fresh context per query: a first visit, nothing cached
    const context = await browser.newContext();
    const page = await context.newPage();
    let fetched = 0;
    page.on("response", async (r) => {
      if (r.url().includes("/pagefind")) fetched += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    const started = performance.now();
    await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
    await page.waitForFunction(
      () => (document.querySelector("#search-status")?.textContent ?? "").length > 0,
      undefined,
      { timeout: 60_000 },
    );
    const ms = performance.now() - started;
    const results = await page.locator("#results li").count();
    rows.push({
      site: dist,
      indexKB: Math.round(indexBytes / 1024),
      query: q,
      results,
      fetchedKB: Math.round(fetched / 1024),
      msToFirstResult: Math.round(ms),
    });
    await context.close();
  }
  server.close();
}
await browser.close();
console.table(rows);
