import { afterAll, beforeAll, describe, inject } from "vitest";
import { chromium, type Browser } from "playwright-core";
import { hasChromium, launch } from "./browser.ts";

/**
 * Tests in Chromium: skipped on a machine without it, never in CI, which installs it (.ci/run) and must fail
 * without it.
 */
export const describeInChromium = describe.skipIf(!hasChromium && process.env["CI"] !== "true");

/**
 * A connection to the run's Chromium (global-setup.ts: starting one costs a second and a half of CPU, once a test
 * file), or a Chromium of its own where the run has none. Closing it closes the contexts it made.
 */
export const browserForTests = (): Promise<Browser> => {
  const endpoint = inject("browserEndpoint");
  return endpoint ? chromium.connect(endpoint) : launch();
};

/** One browser for the enclosing describe block: connected before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await browserForTests();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
