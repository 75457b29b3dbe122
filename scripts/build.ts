/**
 * The whole build: ingest, then Astro's site and the search index at once (the index is made from the
 * records, not the pages: search/index/, so the two share the machine's cores), all into folders
 * beside their targets, then swapped in. A failed or killed build leaves the previous data and the previous dist/ as they were,
 * never new data beside an old site, and the next build clears what a killed one left behind.
 * Where it reads and writes, and how, are the settings (archive/settings.ts: LUBAO_CONTENT_DIR, LUBAO_DATA_DIR,
 * LUBAO_OUT_DIR, …), read here once and handed to each step.
 *   --parts OUT…       build from parts of the archive built apart (scripts/parts/build-part.ts) instead of
 *                      reading the raw pages: their records combined, their search shards taken as they are
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { absoluteSettings, settingsFrom, settingsEnv } from "../archive/settings.ts";
import { holdLocks } from "../archive/store/lock.ts";
import { linkTree } from "../archive/store/link.ts";
import { clearLeftovers, stagedBeside, swapIn } from "../archive/store/staging.ts";
import { combineData } from "./parts/combine-data.ts";
import { openArchive } from "../archive/store/open.ts";
import { placePrinted, preparePrinted } from "../src/lib/printed/step.ts";

// every path absolute: Astro runs in another working folder (below)
const settings = absoluteSettings(settingsFrom());
const out = settings.outDir;
const data = settings.dataDir;
// one build at a time on these folders, and on this project's Astro work folder (.astro/) and cache
const root = resolve(import.meta.dirname, "..");
const lock = holdLocks([data, out, settings.cache.astro, join(root, ".astro")], "build");
if (!lock.ok) {
  console.error(lock.message);
  process.exit(1);
}
const nextData = stagedBeside(data, "next");
// the site is made in a work folder beside its target (on its disk): Astro's output, the index's, and a link to
// the project's packages, which Astro's bundled pages import while it renders them (see below)
const work = stagedBeside(out, "tmp");
const nextOut = join(work, "site");
const nextSearch = join(work, "search");
const discard = () => {
  for (const dir of [nextData, work]) rmSync(dir, { recursive: true, force: true });
};
// stopped by Ctrl-C or a job runner: nothing half-made stays (a kill -9 is cleared by the next build)
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.on(signal, () => {
    discard();
    process.exit(128 + (signal === "SIGINT" ? 2 : signal === "SIGTERM" ? 15 : 1));
  });

const children = new Set<ChildProcess>();

/** Start a step; a failed one stops the others and the build, leaving what was in place as it was. */
function start(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stdin: "inherit" | "pipe" = "inherit",
  cwd: string = root,
): { child: ChildProcess; done: Promise<number> } {
  const started = performance.now();
  const child = spawn(cmd, args, { stdio: [stdin, "inherit", "inherit"], env, cwd });
  children.add(child);
  const done = new Promise<number>((finish) => {
    child.on("exit", (code, signal) => {
      children.delete(child);
      if (code === 0) return finish((performance.now() - started) / 1000);
      for (const other of children) other.kill("SIGTERM");
      discard();
      console.error(`build: ${cmd} ${args.join(" ")} failed (${signal ?? code}); ${out} and ${data} are unchanged`);
      process.exit(code ?? 1);
    });
  });
  return { child, done };
}

/** Where the index finds shards built before (the parts' among them). */
const shardCache = resolve(settings.cache.shards);

/** The parts' records combined into the staged data, and their shards put in the shard cache; seconds taken. */
function combineParts(parts: string[]): number {
  const started = performance.now();
  try {
    const { pages, articles } = combineData(
      parts.map((p) => join(p, "data")),
      nextData,
    );
    for (const part of parts)
      for (const key of readdirSync(join(part, "shards")))
        if (!existsSync(join(shardCache, key))) linkTree(join(part, "shards", key), join(shardCache, key));
    console.log(`build: ${parts.length} parts combined: ${pages} pages, ${articles} articles`);
  } catch (e) {
    discard();
    console.error(`build: ${(e as Error).message}; ${out} and ${data} are unchanged`);
    process.exit(1);
  }
  return (performance.now() - started) / 1000;
}

for (const target of [data, out])
  for (const name of clearLeftovers(target))
    console.log(`build: removed ${name}, left by a build that stopped half-way`);
// the steps read the same settings, with the staged data folder for the data
const env = settingsEnv({ ...settings, dataDir: nextData });
const at = process.argv.indexOf("--parts");
const parts = at < 0 ? [] : process.argv.slice(at + 1).map((p) => resolve(p));
if (at >= 0 && !parts.length) {
  console.error("build: --parts needs the folders scripts/parts/build-part.ts wrote");
  process.exit(2);
}
const ingest = parts.length
  ? combineParts(parts)
  : await start(process.execPath, [join(root, "ingest/cli.ts"), "--in-build"], env).done;
// the site and the index at once: the index on one lane while Astro renders, on every core once it is done
// Astro's heap held to what its live records need (settings.astroHeapMb), so it collects its garbage rather than
// growing toward V8's default limit beside the indexer's Pagefind
const astroHeap = `--max-old-space-size=${settings.astroHeapMb}`;
// Astro runs in the work folder: its own work files (.prerender) are then made inside the staged site, not in the
// project's .astro/, so they are this build's alone and on the site's disk (Astro renames them into the site,
// which fails with EXDEV across disks); its bundled pages find the project's packages through the link
mkdirSync(work, { recursive: true });
symlinkSync(join(root, "node_modules"), join(work, "node_modules"), "dir");
const astro = start(
  join(root, "node_modules/.bin/astro"),
  ["build", "--root", root, "--outDir", nextOut],
  { ...env, NODE_OPTIONS: [process.env["NODE_OPTIONS"], astroHeap].filter(Boolean).join(" ") },
  "inherit",
  work,
);
const index = start(
  process.execPath,
  [join(root, "search/index/index.ts"), nextSearch],
  {
    ...env,
    // one worker while Astro renders; more when it is done (below)
    LUBAO_INDEX_JOBS: process.env["LUBAO_INDEX_JOBS"] ?? "1",
    ...(parts.length ? { LUBAO_SHARDED: "1", LUBAO_PAGEFIND_CACHE_DIR: shardCache } : {}),
  },
  "pipe",
);
// printed pages' images, drawn from their PDFs in worker threads beside Astro and the index (cached by the PDFs' bytes)
const printedStarted = performance.now();
const printed = preparePrinted(openArchive(nextData).pages(), settings.cache.printed, {
  workers: settings.printedWorkers,
  root,
}).catch((e: Error) => {
  for (const child of children) child.kill("SIGTERM");
  discard();
  console.error(`build: printed pages: ${e.message}; ${out} and ${data} are unchanged`);
  process.exit(1);
});
const astroSeconds = await astro.done;
// a line per core Astro leaves free: the indexer opens a lane for each
index.child.stdin!.on("error", () => {}); // the index may be done already
index.child.stdin!.end("\n".repeat(Math.max(0, availableParallelism() - 1)));
const search = await index.done;
// the index beside the site: its folders and its list of bundles
for (const name of readdirSync(nextSearch)) renameSync(join(nextSearch, name), join(nextOut, name));
const report = await printed;
placePrinted(report, nextOut);
const printedSeconds = (performance.now() - printedStarted) / 1000;
if (report.pages)
  console.log(
    `build: printed pages: ${report.pages} (${report.rendered} drawn in ${report.cpu.toFixed(1)} CPU s, ${report.reused} from the cache), images ${(report.imageBytes / 1e6).toFixed(1)} MB`,
  );
swapIn(nextData, data);
swapIn(nextOut, out);
rmSync(work, { recursive: true, force: true });
console.log(`build: site written to ${out}`);
// the benchmark reads how long each step took
if (settings.timing.build)
  writeFileSync(
    settings.timing.build,
    JSON.stringify({ ingest, astro: astroSeconds, search, printed: printedSeconds, printedCpu: report.cpu }),
  );
