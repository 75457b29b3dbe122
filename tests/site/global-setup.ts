import { execFileSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import sirv from "sirv";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
  }
}

let server: Server | undefined;

/**
 * Build the whole site once (ingest, Astro, Pagefind) and serve dist/ on a loopback port. LUBAO_TEST_DIST
 * serves another built site instead (the benchmark's 10,000-story archive), without building.
 */
export default async function setup(project: TestProject) {
  const dist = process.env["LUBAO_TEST_DIST"] ?? "dist";
  if (process.env["LUBAO_SKIP_BUILD"] !== "1" && !process.env["LUBAO_TEST_DIST"])
    execFileSync("npm", ["run", "build"], { stdio: "inherit" });
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
  return async () => {
    await new Promise<void>((resolve) => server!.close(() => resolve()));
  };
}
