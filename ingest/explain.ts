import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { listPages } from "./files.ts";
import { folderContext } from "./ingest.ts";
import { explainReading, readLines } from "./page/line-model/model.ts";
import { editorLabelsOf } from "./page/stages.ts";
import { readPage } from "./read-page.ts";

/** The folder a page is filed in: the nearest folder above it holding publications.json, else its own. */
export function contentDirOf(file: string): string {
  for (let d = dirname(resolve(file)); d !== dirname(d); d = dirname(d))
    if (existsSync(join(d, "publications.json"))) return d;
  return dirname(resolve(file));
}

/**
 * Why each line of a page was read as it was. The page is read by the ingest's own readPage, in its
 * folder (its paper, the paper's profile from all its pages, the editor's corrections), so what this
 * explains is what the build publishes: each line's label and the features that weighed for it, then
 * the stories with their reasons, and what was left for review.
 */
export function explainPage(file: string): { ok: boolean; titles: string[]; text: string[] } {
  const dir = contentDirOf(file);
  const { ctx, problems } = folderContext(dir, listPages(dir).files);
  const { report, read } = readPage(ctx, resolve(file));
  const text = [...problems, ...report.problems].map(
    (p) => `${p.severity}: ${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`,
  );
  if (!read) return { ok: false, titles: [], text };
  const { parsed, publication, profile, fixes } = read;
  text.push(
    `${report.file}: paper ${publication.name} (${publication.id}); ${profile ? `profile from its pages (${profile.repeated.size} repeated lines)` : "no profile"}; ${fixes.length} correction(s); date ${JSON.stringify(read.issue.date)}`,
    "",
    "lines (label, probability, the features that weighed most):",
  );
  for (const r of readLines(parsed.lines, profile, editorLabelsOf(fixes)))
    text.push(`  ${String(r.line.n).padStart(4)}  ${explainReading(r, 6)}  ${r.line.text.slice(0, 40)}`);
  for (const a of parsed.articles) {
    text.push("", `${a.title}${a.titleInferred ? " (title inferred)" : ""} — lines ${a.lines.join("–")}`);
    for (const w of a.why) text.push(`  ${w}`);
  }
  text.push(...parsed.why);
  for (const u of parsed.unassigned) text.push(`unassigned ${u.lines.join(",")}: ${u.reason}: ${u.text}`);
  return { ok: true, titles: read.articles.map((a) => a.title), text };
}
