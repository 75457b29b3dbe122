/**
 * The whole build: ingest → Astro (with Pagefind) into a folder beside dist/ → swap it in. A failed
 * build leaves the previous dist/ as it was, never half a site.
 *   LUBAO_CONTENT_DIR  raw pages to read (default content/)
 *   LUBAO_OUT_DIR      where the site goes (default dist/)
 */
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { resolve } from "node:path";

const out = resolve(process.env["LUBAO_OUT_DIR"] ?? "dist");
const next = `${out}.next-${process.pid}`;
const old = `${out}.old-${process.pid}`;

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { stdio: "inherit" });
  if (r.status !== 0) {
    rmSync(next, { recursive: true, force: true });
    console.error(`build: ${cmd} ${args.join(" ")} failed; ${out} is unchanged`);
    process.exit(r.status ?? 1);
  }
}

run(process.execPath, ["scripts/ingest/cli.ts"]);
run(resolve("node_modules/.bin/astro"), ["build", "--outDir", next]);
if (existsSync(out)) renameSync(out, old);
renameSync(next, out);
rmSync(old, { recursive: true, force: true });
console.log(`build: site written to ${out}`);
