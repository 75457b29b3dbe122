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

/** Build the whole site once (ingest, Astro, Pagefind) and serve dist/ on a loopback port. */
export default async function setup(project: TestProject) {
  if (process.env["LUBAO_SKIP_BUILD"] !== "1") execFileSync("npm", ["run", "build"], { stdio: "inherit" });
  const serve = sirv("dist", { dev: false, etag: true });
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
