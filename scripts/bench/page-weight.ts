/**
 * What a reader's browser fetches for each page: requests and bytes (as served, and gzipped as a server would send
 * them), at a desktop's width and a phone's, scrolled to the end so lazy images load. Chromium from Debian.
 *   npm run bench:weight -- DIST PATH…
 */
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import sirv from "sirv";

const [dist, ...paths] = process.argv.slice(2);
if (!dist || !paths.length) {
  console.error("usage: npm run bench:weight -- DIST PATH…");
  process.exit(2);
}
const handler = sirv(dist, { dev: false });
const server = createServer((req, res) =>
  handler(req, res, () => {
    res.statusCode = 404;
    res.end();
  }),
);
await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
const browser = await chromium.launch({
  executablePath: process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
console.log("| page | width | requests | bytes | gzipped |\n| --- | --- | --- | --- | --- |");
for (const path of paths)
  for (const width of [1280, 390]) {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const bodies: Promise<Buffer>[] = [];
    page.on("response", (r) => bodies.push(r.body().catch(() => Buffer.alloc(0))));
    await page.goto(base + path, { waitUntil: "networkidle" });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");
    const got = await Promise.all(bodies);
    const raw = got.reduce((n, b) => n + b.length, 0);
    const zipped = got.reduce((n, b) => n + Math.min(b.length, gzipSync(b).length), 0);
    console.log(`| ${path} | ${width} | ${got.length} | ${kb(raw)} | ${kb(zipped)} |`);
    await context.close();
  }
await browser.close();
server.close();
