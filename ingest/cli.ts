#!/usr/bin/env node
/**
 * The ingest's command line.
 *   node ingest/cli.ts              parse the content folder into the data folder (archive/settings.ts)
 *   node ingest/cli.ts --check DIR  check a folder of raw pages (or one page) without writing
 *                                           (--json for a report)
 *   node ingest/cli.ts --explain F  print why each line of a page was read the way it was
 *   --in-build                      started by scripts/build.ts, which holds the folders' locks and gives a
 *                                   staged data folder
 */
import { settingsFrom } from "../archive/settings.ts";
import { holdLock } from "../archive/store/lock.ts";
import { progress } from "./progress.ts";
import { runIngest } from "./run.ts";

const args = process.argv.slice(2);
const value = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

/** Why each line of a page was read as it was, as the ingest reads it (see explain.ts). */
async function explainCommand(file: string): Promise<number> {
  const { explainPage } = await import("./explain.ts");
  const { ok, text } = explainPage(file);
  for (const line of text) (ok ? console.log : console.error)(line);
  return ok ? 0 : 1;
}

async function main(): Promise<number> {
  const explain = value("--explain");
  if (explain) return explainCommand(explain);
  const settings = settingsFrom();
  const check = value("--check");
  // a run that writes the data folder: one at a time (a build that started this ingest holds the lock already)
  const lock = check || args.includes("--in-build") ? null : holdLock(settings.dataDir, "ingest");
  if (lock && !lock.ok) {
    console.error(lock.message);
    return 1;
  }
  try {
    return await runIngest(
      settings,
      { check, json: args.includes("--json"), onFile: progress("ingest") },
      { out: (l) => console.log(l), err: (l) => console.error(l) },
    );
  } finally {
    if (lock?.ok) lock.release();
  }
}

process.exitCode = await main();
