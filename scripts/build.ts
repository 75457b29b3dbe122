/**
 * The whole build: ingest → Astro (with Pagefind), both into folders beside their targets, then both
 * swapped in. A failed or killed build leaves the previous data and the previous dist/ as they were,
 * never new data beside an old site, and the next build clears what a killed one left behind.
 *   LUBAO_CONTENT_DIR  raw pages to read (default content/)
 *   LUBAO_DATA_DIR     where the ingest's records go (default .lubao/data)
 *   LUBAO_OUT_DIR      where the site goes (default dist/)
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";

const out = resolve(process.env["LUBAO_OUT_DIR"] ?? "dist");
const data = resolve(process.env["LUBAO_DATA_DIR"] ?? ".lubao/data");
const staged = (target: string, kind: string) => `${target}.${kind}-${process.pid}`;

/** Whether a process still runs (a leftover of a live build is not ours to remove). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Folders a killed build left beside a target (<target>.next-<pid>, .old-<pid>, .tmp-<pid>) whose build is gone. */
function clearLeftovers(target: string): void {
  const pattern = new RegExp(
    `^${basename(target).replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}\\.(?:next|old|tmp)-(\\d+)$`,
    "u",
  );
  if (!existsSync(dirname(target))) return;
  for (const name of readdirSync(dirname(target))) {
    const pid = pattern.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !alive(Number(pid))) {
      rmSync(join(dirname(target), name), { recursive: true, force: true });
      console.log(`build: removed ${name}, left by a build that stopped half-way`);
    }
  }
}

const nextData = staged(data, "next");
const nextOut = staged(out, "next");
const discard = () => {
  rmSync(nextData, { recursive: true, force: true });
  rmSync(nextOut, { recursive: true, force: true });
};
// stopped by Ctrl-C or a job runner: nothing half-made stays (a kill -9 is cleared by the next build)
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.on(signal, () => {
    discard();
    process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
  });

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): void {
  const r = spawnSync(cmd, args, { stdio: "inherit", env });
  if (r.status !== 0) {
    discard();
    console.error(`build: ${cmd} ${args.join(" ")} failed; ${out} and ${data} are unchanged`);
    process.exit(r.status ?? 1);
  }
}

/** Put a staged folder in place of its target: the old one aside, the new one in, the old one gone. */
function swapIn(next: string, target: string): void {
  const old = staged(target, "old");
  if (existsSync(target)) renameSync(target, old);
  renameSync(next, target);
  rmSync(old, { recursive: true, force: true });
}

clearLeftovers(data);
clearLeftovers(out);
const env = { ...process.env, LUBAO_DATA_DIR: nextData };
run(process.execPath, ["scripts/ingest/cli.ts"], env);
run(resolve("node_modules/.bin/astro"), ["build", "--outDir", nextOut], env);
swapIn(nextData, data);
swapIn(nextOut, out);
console.log(`build: site written to ${out}`);
