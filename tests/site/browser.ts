import { expect } from "vitest";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type BrowserServer,
  type Download,
  type Page,
} from "playwright-core";

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

/** A Chromium that browsers connect to (global-setup.ts starts one for the run's site tests). */
export function launchServer(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/**
 * A browser context for many pages in turn, where isolation between them is not what is tested (a new context
 * costs about as much as the page): each visit records its own console errors and requests that leave the test
 * server.
 */
export async function session(
  browser: Browser,
  baseURL: string,
  options: { bypassCSP?: boolean; colorScheme?: "light" | "dark"; width?: number } = {},
) {
  const context = await browser.newContext({
    bypassCSP: options.bypassCSP ?? false,
    colorScheme: options.colorScheme ?? "light",
    viewport: { width: options.width ?? 1280, height: 800 },
  });
  const page: Page = await context.newPage();
  let consoleErrors: string[] = [];
  let offsite: string[] = [];
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
  /**
   * Go to a path of the site, in a view if one is given: its response, and what it logged as an error and asked of
   * other sites.
   */
  const visit = async (path: string, view?: View) => {
    if (view) await showIn(page, view);
    consoleErrors = [];
    offsite = [];
    const seen = { consoleErrors, offsite };
    const response = await page.goto(baseURL + path, { waitUntil: "networkidle" });
    return { response, ...seen };
  };
  return { page, context, visit };
}

export interface View {
  width: number;
  colorScheme: "light" | "dark";
}

/** The views every kind of page is checked in: a desktop's width in the light, a phone's in the dark. */
export const VIEWS: readonly [View, View] = [
  { width: 1280, colorScheme: "light" },
  { width: 390, colorScheme: "dark" },
];

/** The views a page kind is checked in, turn about by its number: it is loaded in the first and shown in the second. */
export const viewsFor = (k: number): readonly [View, View] => (k % 2 ? [VIEWS[1], VIEWS[0]] : [VIEWS[0], VIEWS[1]]);

/**
 * A loaded page checked in each view in turn (the first the one it was loaded in): axe in full finds nothing, and
 * nothing is wider than the screen, so a phone reads without scrolling sideways.
 */
export async function checkViews(page: Page, kind: string, views: readonly View[]): Promise<void> {
  for (const [n, view] of views.entries()) {
    const at = `${kind} at ${view.width} px (${view.colorScheme})`;
    if (n) await showIn(page, view);
    expect(await axeViolations(page), at).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), at).toBeLessThanOrEqual(view.width);
  }
}

/** Show a page in a view: its width and its colour scheme, which the site's CSS answers without a reload. */
export async function showIn(page: Page, view: View): Promise<void> {
  await page.setViewportSize({ width: view.width, height: 800 });
  await page.emulateMedia({ colorScheme: view.colorScheme });
}

/**
 * A context that caches nothing (routing turns Chromium's cache off): every request a page makes reaches the
 * server and is seen, as in a fresh context, without the cost of one (a context is a second or two of CPU).
 */
export async function uncachedContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  await context.route("**/*", (route) => route.continue());
  return context;
}

/** Open a page in a context of its own and record console errors and any request that leaves the test server. */
export async function open(
  browser: Browser,
  baseURL: string,
  path: string,
  options: { bypassCSP?: boolean; colorScheme?: "light" | "dark"; width?: number } = {},
) {
  const { page, context, visit } = await session(browser, baseURL, options);
  return { page, context, ...(await visit(path)) };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * What axe-core finds wrong with a page's accessibility, as `rule (how many nodes)`: every rule, or only those
 * named.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // evaluated as the debugger evaluates, which the page's Content-Security-Policy does not govern (a script tag
  // would need it bypassed)
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(`${axeSource};0`);
  return page.evaluate(async (only) => {
    // violations only: axe then skips gathering what passed, most of its time on a long page
    const r = await (
      window as unknown as {
        axe: { run(c: Document, o: object): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
      }
    ).axe.run(document, {
      resultTypes: ["violations"],
      ...(only ? { runOnly: { type: "rule", values: only } } : {}),
    });
    return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
  }, rules ?? null);
}

/** A download's text, saved first (a browser connected to the run's Chromium has no path for it of its own). */
export async function downloadedText(download: Download): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), "lubao-download-")), "file");
  await download.saveAs(file);
  return readFileSync(file, "utf8");
}
