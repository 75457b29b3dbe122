#!/usr/bin/env node
/**
 * The ingest's command line.
 *   node scripts/ingest/cli.ts              parse LUBAO_CONTENT_DIR (or content/) into .lubao/data
 *   node scripts/ingest/cli.ts --check DIR  check a folder of raw pages without writing (--json for a report)
 *   node scripts/ingest/cli.ts --explain F  print why each line of one page was read the way it was
 */
import { readFileSync } from "node:fs";
import type { FileReport } from "./merge.ts";
import { ingestFolderParallel } from "./parallel.ts";
import { writeArchive, DATA_DIR } from "./write.ts";
import { progress } from "../lib/progress.ts";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function printReports(reports: FileReport[]) {
  for (const r of reports) {
    for (const p of r.problems) console.error(`${p.severity === "error" ? "error" : "warning"}: ${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`);
  }
}

async function main(): Promise<number> {
  const explain = value("--explain");
  if (explain) {
    const [{ decode }, { parsePage }] = await Promise.all([import("./decode.ts"), import("./page/stages.ts")]);
    const decoded = decode(readFileSync(explain));
    if (!decoded.ok) {
      console.error(`error: ${explain}: ${decoded.reason}`);
      return 1;
    }
    const page = parsePage(decoded.text);
    for (const a of page.articles) {
      console.log(`\n${a.title}${a.titleInferred ? " (title inferred)" : ""} — lines ${a.lines.join("–")}`);
      for (const w of a.why) console.log(`  ${w}`);
    }
    for (const w of page.why) console.log(w);
    for (const u of page.unassigned) console.log(`unassigned ${u.lines.join(",")}: ${u.reason}: ${u.text}`);
    return 0;
  }
  const check = value("--check");
  const dir = check ?? process.env.LUBAO_CONTENT_DIR ?? "content";
  const started = performance.now();
  const archive = await ingestFolderParallel(dir, progress("ingest"));
  const failed = archive.reports.filter((r) => !r.ok);
  if (check) {
    if (flag("--json"))
      console.log(JSON.stringify(archive.reports.map((r) => ({ file: r.file, ok: r.ok, encoding: r.encoding, articles: r.articles, problems: r.problems.map((p) => ({ line: p.line, message: p.message, severity: p.severity })) })), null, 2));
    else {
      printReports(archive.reports);
      console.log(`${archive.reports.length} files checked: ${archive.reports.length - failed.length} ok, ${failed.length} not ok, ${archive.counts.articles} articles`);
    }
    return failed.length ? 1 : 0;
  }
  printReports(archive.reports);
  if (failed.length) {
    console.error(`ingest: ${failed.length} file(s) cannot be used; nothing was written. Fix them or move them out of ${dir}.`);
    return 1;
  }
  writeArchive(archive);
  const seconds = (performance.now() - started) / 1000;
  console.log(`ingest: ${archive.counts.pages} pages, ${archive.counts.articles} articles, ${archive.issues.length} issues from ${dir} → ${DATA_DIR} in ${seconds.toFixed(2)} s (${archive.stats.parsed} parsed, ${archive.stats.cached} from cache)`);
  return 0;
}

process.exitCode = await main();
