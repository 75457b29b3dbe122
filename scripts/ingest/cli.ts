#!/usr/bin/env node
/**
 * The ingest's command line.
 *   node scripts/ingest/cli.ts              parse LUBAO_CONTENT_DIR (or content/) into .lubao/data
 *   node scripts/ingest/cli.ts --check DIR  check a folder of raw pages without writing (--json for a report)
 *   node scripts/ingest/cli.ts --explain F  print why each line of one page was read the way it was
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { FileReport } from "./merge.ts";
import { ingestFolderParallel } from "./parallel.ts";
import { writeArchive, DATA_DIR } from "./write.ts";
import { pack } from "./pack.ts";
import { progress } from "../lib/progress.ts";

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

function printReports(reports: FileReport[]) {
  for (const r of reports) {
    for (const p of r.problems)
      console.error(
        `${p.severity === "error" ? "error" : "warning"}: ${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`,
      );
  }
}

/** The folder a page is filed in: the nearest folder above it holding publications.json, else its own. */
function contentDirOf(file: string): string {
  for (let d = dirname(resolve(file)); d !== dirname(d); d = dirname(d))
    if (existsSync(join(d, "publications.json"))) return d;
  return dirname(resolve(file));
}

/**
 * Why each line of a page was read as it was: the page read exactly as the ingest reads it (its paper,
 * the paper's profile from all its pages, the editor's corrections), with each line's label and the
 * features that weighed for it, then the stories and the headline assignment.
 */
async function explainPage(file: string): Promise<number> {
  const [
    { decode },
    { parsePage, editorLabelsOf },
    { readLines, explainReading },
    { profilesOf },
    { rawFiles },
    { readPublications },
    { publicationIdOf, readSidecar, readFixes },
  ] = await Promise.all([
    import("./decode/decode.ts"),
    import("./page/stages.ts"),
    import("./page/line-model/model.ts"),
    import("./profiles.ts"),
    import("./files.ts"),
    import("./ingest.ts"),
    import("./paper-of.ts"),
  ]);
  const decoded = decode(readFileSync(file));
  if (!decoded.ok) {
    console.error(`error: ${file}: ${decoded.reason}`);
    return 1;
  }
  const dir = contentDirOf(file);
  const publications = readPublications(dir, []);
  const pub = publications.find(
    (p) =>
      p.id ===
      publicationIdOf(dir, resolve(file), readSidecar(resolve(file)).meta, new Map(publications.map((x) => [x.id, x]))),
  );
  const profile = pub ? (profilesOf(dir, rawFiles(dir), publications).get(pub.id) ?? null) : null;
  const { fixes } = readFixes(resolve(file));
  console.log(
    `${file}: paper ${pub ? `${pub.name} (${pub.id})` : "unknown"}; ${profile ? `profile from its pages (${profile.repeated.size} repeated lines)` : "no profile"}; ${fixes.length} correction(s)`,
  );
  console.log("\nlines (label, probability, the features that weighed most):");
  const page = parsePage(decoded.text, pub?.nameKnown ? pub.name : null, profile, fixes);
  for (const r of readLines(page.lines, profile, editorLabelsOf(fixes)))
    console.log(`  ${String(r.line.n).padStart(4)}  ${explainReading(r, 6)}  ${r.line.text.slice(0, 40)}`);
  for (const a of page.articles) {
    console.log(`\n${a.title}${a.titleInferred ? " (title inferred)" : ""} — lines ${a.lines.join("–")}`);
    for (const w of a.why) console.log(`  ${w}`);
  }
  for (const w of page.why) console.log(w);
  for (const u of page.unassigned) console.log(`unassigned ${u.lines.join(",")}: ${u.reason}: ${u.text}`);
  return 0;
}

async function main(): Promise<number> {
  const explain = value("--explain");
  if (explain) return explainPage(explain);
  const check = value("--check");
  const target = check ?? process.env.LUBAO_CONTENT_DIR ?? "content";
  // a check reads and reports; it leaves no trace, not even in the parse cache
  if (check) process.env["LUBAO_CACHE_READONLY"] = "1";
  // one page may be checked on its own, read as the build reads it: within its folder
  const onePage =
    check !== undefined && /\.txt$/iu.test(check) && statSync(check, { throwIfNoEntry: false })?.isFile() === true;
  const dir = onePage ? contentDirOf(check) : target;
  const started = performance.now();
  const archive = onePage
    ? pack((await import("./ingest.ts")).ingestFolder(dir, () => {}, [resolve(check)]))
    : await ingestFolderParallel(dir, progress("ingest"));
  const failed = archive.reports.filter((r) => !r.ok);
  if (check) {
    if (flag("--json"))
      console.log(
        JSON.stringify(
          archive.reports.map((r) => ({
            file: r.file,
            ok: r.ok,
            encoding: r.encoding,
            articles: r.articles,
            problems: r.problems.map((p) => ({ line: p.line, message: p.message, severity: p.severity })),
          })),
          null,
          2,
        ),
      );
    else {
      printReports(archive.reports);
      console.log(
        `${archive.reports.length} files checked: ${archive.reports.length - failed.length} ok, ${failed.length} not ok, ${archive.counts.articles} articles`,
      );
    }
    return failed.length ? 1 : 0;
  }
  printReports(archive.reports);
  if (failed.length) {
    console.error(
      `ingest: ${failed.length} file(s) cannot be used; nothing was written. Fix them or move them out of ${dir}.`,
    );
    return 1;
  }
  writeArchive(archive);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `ingest: ${archive.counts.pages} pages, ${archive.counts.articles} articles, ${archive.issues.length} issues from ${dir} → ${DATA_DIR} in ${seconds.toFixed(2)} s (${archive.stats.parsed} parsed, ${archive.stats.cached} from cache)`,
  );
  return 0;
}

process.exitCode = await main();
