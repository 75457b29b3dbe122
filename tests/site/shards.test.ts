import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { open } from "./browser.ts";
import { serve } from "./serve.ts";
import { describeInChromium, useBrowser } from "./in-chromium.ts";

describeInChromium("an archive sharded by publication, searched as one", () => {
  let dir: string;
  let server: Server;
  let baseURL: string;
  const browser = useBrowser();
  beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), "lubao-shards-")), "dist");
    cpSync("dist", dir, { recursive: true });
    execFileSync(process.execPath, ["scripts/shards.ts", dir], { stdio: "pipe" });
    ({ server, url: baseURL } = await serve(dir));
  });
  afterAll(async () => {
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("each publication has its own index, and the search page merges them all", async () => {
    const { bundles } = JSON.parse(readFileSync(join(dir, "pagefind-bundles.json"), "utf8")) as { bundles: string[] };
    expect(bundles.length).toBeGreaterThanOrEqual(2);
    for (const [query, shardOf] of [
      ["特医食品", "jiyang"],
      ["柑橘", "jining-gaoxin"],
    ] as const) {
      const { page, context, consoleErrors } = await open(
        browser(),
        baseURL,
        `/search/?q=${encodeURIComponent(query)}`,
      );
      try {
        await page.waitForSelector("#results li > a", { timeout: 20_000 });
        const hrefs = await page
          .locator("#results li > a")
          .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
        expect(hrefs.some((h) => h.startsWith(`/articles/${shardOf}-`))).toBe(true);
        expect(consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    }
    expect(bundles.every((b) => b.startsWith("/shards/"))).toBe(true);
  });
});
