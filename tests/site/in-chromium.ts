import { afterAll, beforeAll, describe } from "vitest";
import type { Browser } from "playwright-core";
import { hasChromium, launch } from "./browser.ts";

/**
 * Tests in Chromium: skipped on a machine without it, never in CI, which installs it (.ci/run) and must fail
 * without it.
 */
export const describeInChromium = describe.skipIf(!hasChromium && process.env["CI"] !== "true");

/** One browser for the enclosing describe block: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
