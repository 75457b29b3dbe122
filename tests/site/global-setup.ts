import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BrowserServer } from "playwright-core";
import sirv from "sirv";
import type { TestProject } from "vitest/node";
import { hasChromium, launchServer } from "./browser.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    /** Whether dist/ was built by this run (from content/, as it is now), not left by another. */
    distBuilt: boolean;
    /** A folder for this run's shared scratch builds (build-from.ts). */
    scratch: string;
    /** Where the run's Chromium listens, for the test files to connect to (in-chromium.ts), or "" with none. */
    browserEndpoint: string;
  }
}

let server: Server | undefined;
let chromium: BrowserServer | undefined;

/**
 * Build the whole site once (ingest, Astro, Pagefind) and serve dist/ on a loopback port. LUBAO_TEST_DIST
 * serves another built site instead (the benchmark's 10,000-story archive), without building. Also makes the
 * run's folder for scratch builds the test files share (build-from.ts), removed when the run is done, and starts
 * the Chromium they connect to.
 */
export default async function setup(project: TestProject) {
  const dist = process.env["LUBAO_TEST_DIST"] ?? "dist";
  const build = process.env["LUBAO_SKIP_BUILD"] !== "1" && !process.env["LUBAO_TEST_DIST"];
  // the build on this Node (the project's, which runs vitest), not through npm: npm adds a second of its own
  if (build) execFileSync(process.execPath, ["scripts/build.ts"], { stdio: "inherit" });
  const scratch = mkdtempSync(join(tmpdir(), "lubao-run-"));
  const serve = sirv(dist, { dev: false, etag: true });
  server = createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 404;
      res.end("not found");
    }),
  );
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  project.provide("baseURL", `http://127.0.0.1:${port}`);
  project.provide("distBuilt", build);
  project.provide("scratch", scratch);
  // one Chromium for the run's test files, each connecting to it with contexts of its own
  if (hasChromium) chromium = await launchServer();
  project.provide("browserEndpoint", chromium?.wsEndpoint() ?? "");
  return async () => {
    await chromium?.close();
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    rmSync(scratch, { recursive: true, force: true });
  };
}
