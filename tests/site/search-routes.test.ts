// Issue 13, part 3: a query loads only the shards that can hold it. The seed archive is built in shards of
// eight stories, so it has four bundles and a routing index.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { bucketOf, shardsFor } from "../../src/lib/search/routes.ts";
import { scratchBuild } from "./build-from.ts";
import { serve } from "./serve.ts";
import { readExport, storiesHolding } from "./built-data.ts";
import { describeInChromium, useBrowser } from "./in-chromium.ts";

describeInChromium("a sharded archive with a routing index", () => {
  let out: string;
  let server: Server;
  let baseURL: string;
  const browser = useBrowser();
  beforeAll(async () => {
    const build = scratchBuild();
    out = build.out;
    execFileSync("npm", ["run", "build"], { env: { ...build.env, LUBAO_SHARD_PAGES: "8" }, stdio: "pipe" });
    ({ server, url: baseURL } = await serve(out));
  });
  afterAll(() => server?.close());

  /** A search as a reader runs it: the titles shown, and which bundles' entry files were loaded. */
  async function search(query: string) {
    const context = await browser().newContext();
    const page = await context.newPage();
    const entries: string[] = [];
    page.on("request", (r) => {
      if (new URL(r.url()).pathname.endsWith("pagefind-entry.json")) entries.push(new URL(r.url()).pathname);
    });
    await page.goto(`${baseURL}/search/?q=${encodeURIComponent(query)}`, { waitUntil: "networkidle" });
    await page.waitForFunction(() => (document.querySelector("#search-status")?.textContent ?? "").length > 0);
    const titles = await page.locator("#results li > a").allTextContents();
    const status = (await page.locator("#search-status").textContent()) ?? "";
    await context.close();
    return { titles, status, entries };
  }

  const holding = (term: string) => storiesHolding(readExport(out).articles, term);

  test("the archive is in several bundles, with routes", () => {
    const { bundles, routes } = JSON.parse(readFileSync(join(out, "pagefind-bundles.json"), "utf8")) as {
      bundles: string[];
      routes?: string;
    };
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    expect(routes).toBe("/pagefind-routes/");
  });

  test("a rare term loads only the shards printing all its characters, and finds its story", async () => {
    const { bundles } = JSON.parse(readFileSync(join(out, "pagefind-bundles.json"), "utf8")) as { bundles: string[] };
    const route = (c: string) => {
      const bucket = JSON.parse(readFileSync(join(out, "pagefind-routes", `${bucketOf(c)}.json`), "utf8")) as Record<
        string,
        string
      >;
      return BigInt(`0x${bucket[c] ?? "0"}`);
    };
    // 乾河 is searched as typed and as 干河
    const expected = shardsFor([["乾河"], ["干河"]], route)!;
    expect(expected.length).toBeLessThan(bundles.length);
    const s = await search("乾河");
    expect(s.entries.sort()).toEqual(expected.map((i) => `${bundles[i]}pagefind-entry.json`).sort());
    expect(s.titles).toEqual(holding("乾河"));
  });

  test("characters the archive never printed load no shard at all", async () => {
    const s = await search("龘龘");
    expect(s.entries).toEqual([]);
    expect(s.status).toMatch(/没有找到/u);
  });

  test("a common term still finds every story that holds it", async () => {
    const s = await search("济南");
    const want = holding("济南");
    expect(s.titles.length).toBeGreaterThanOrEqual(Math.min(want.length, 10));
    for (const t of s.titles) expect(want).toContain(t);
  });

  test("digits cannot be routed: every shard is searched", async () => {
    const { bundles } = JSON.parse(readFileSync(join(out, "pagefind-bundles.json"), "utf8")) as { bundles: string[] };
    const s = await search("2024");
    expect(s.entries).toHaveLength(bundles.length);
    for (const t of s.titles) expect(holding("2024")).toContain(t);
  });
});
