import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sirv from "sirv";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { hasChromium, launch, open } from "./browser.ts";

describe.skipIf(!hasChromium && process.env["CI"] !== "true")("an archive sharded by publication, searched as one", () => {
  let dir: string;
  let server: Server;
  let baseURL: string;
  let browser: Browser;
  beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), "lubao-shards-")), "dist");
    cpSync("dist", dir, { recursive: true });
    execFileSync(process.execPath, ["scripts/shards.ts", dir], { stdio: "pipe" });
    const serve = sirv(dir);
    server = createServer((req, res) => serve(req, res, () => void res.writeHead(404).end()));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
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
      const { page, context, consoleErrors } = await open(browser, baseURL, `/search/?q=${encodeURIComponent(query)}`);
      try {
        await page.waitForSelector("#results li > a", { timeout: 20_000 });
        const hrefs = await page.locator("#results li > a").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
        expect(hrefs.some((h) => h.startsWith(`/articles/${shardOf}-`))).toBe(true);
        expect(consoleErrors).toEqual([]);
      } finally {
        await context.close();
      }
    }
    expect(bundles.every((b) => b.startsWith("/shards/"))).toBe(true);
  });
});
