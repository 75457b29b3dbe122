#!/usr/bin/env node
/**
 * One part of an archive built on its own, on any machine: a folder of raw pages (one paper's year, say, with the
 * archive's publications.json) read into records and indexed into search shards. `npm run build -- --parts
 * OUT…` then puts the parts together into one site, taking every shard from them (see README, "Past one
 * machine"). A part's pages are read in the light of its own pages only (each paper's profile).
 *   npm run build:part -- CONTENT_DIR OUT_DIR   → OUT_DIR/data, OUT_DIR/shards
 * (through npm, which runs the project's own Node: the machine's may be too old to run TypeScript)
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { settingsEnv, settingsFrom } from "../../archive/settings.ts";
import { holdLock } from "../../archive/store/lock.ts";

const [content, out] = process.argv.slice(2).map((p) => resolve(p));
if (!content || !out) {
  console.error("usage: npm run build:part -- CONTENT_DIR OUT_DIR");
  process.exit(2);
}
mkdirSync(out, { recursive: true });
// one build of a part at a time in its folder (its ingest locks the data folder too)
const lock = holdLock(out, "build-part");
if (!lock.ok) {
  console.error(lock.message);
  process.exit(1);
}
const settings = settingsFrom();
const env = settingsEnv({
  ...settings,
  contentDir: content,
  dataDir: join(out, "data"),
  cache: { ...settings.cache, shards: join(out, "shards") },
  // the whole archive's shards, however few stories this part has
  search: { ...settings.search, sharded: true },
});
const seconds: Record<string, number> = {};
for (const [step, script, args] of [
  ["ingest", "ingest/cli.ts", []],
  ["search", "search/index/index.ts", [join(out, "index")]],
] as const) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [join(import.meta.dirname, "../..", script), ...args], {
    stdio: "inherit",
    env,
  });
  if (r.status !== 0) {
    console.error(`build-part: ${step} of ${content} failed`);
    process.exit(r.status ?? 1);
  }
  seconds[step] = (performance.now() - started) / 1000;
}
// the shards are what the whole archive's build takes; the part's own bundle list is not needed
rmSync(join(out, "index"), { recursive: true, force: true });
writeFileSync(join(out, "timing.json"), JSON.stringify(seconds));
console.log(
  `build-part: ${content} → ${out} (ingest ${seconds["ingest"]!.toFixed(1)} s, search ${seconds["search"]!.toFixed(1)} s)`,
);
