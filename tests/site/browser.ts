import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";

/** Debian's Chromium, never a downloaded one. */
export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);

// flags for a closed network: no background calls home
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/** Open a page and record console errors and any request that leaves the test server. */
export async function open(
  browser: Browser,
  baseURL: string,
  path: string,
  options: { bypassCSP?: boolean; colorScheme?: "light" | "dark"; width?: number } = {},
) {
  const context = await browser.newContext({
    bypassCSP: options.bypassCSP ?? false,
    colorScheme: options.colorScheme ?? "light",
    viewport: { width: options.width ?? 1280, height: 800 },
  });
  const page: Page = await context.newPage();
  const consoleErrors: string[] = [];
  const offsite: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(baseURL) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  const response = await page.goto(baseURL + path, { waitUntil: "networkidle" });
  return { page, context, response, consoleErrors, offsite };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** What axe-core finds wrong with a page's accessibility, as `rule (how many nodes)`. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    // violations only: axe then skips gathering what passed, most of its time on a long page
    const r = await (
      window as unknown as {
        axe: { run(c: Document, o: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}
