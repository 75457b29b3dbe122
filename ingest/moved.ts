import { join } from "node:path";
import { movedSchema, type Moved } from "../archive/schema/moved.ts";
import { repoPath } from "./files.ts";
import { present } from "./guarded-read.ts";
import type { FileReport } from "./merge.ts";
import { describeZodError, readEditorJson } from "./editor-files.ts";

/**
 * The folder's moved addresses (moved.json, optional: old path → new path), read through the guarded
 * opener and checked here, by the ingest, so `--check` refuses what the build would. The build hands them
 * to the site in its data folder.
 */
export function readMoved(dir: string): { moved: Moved; report: FileReport | null } {
  const file = join(dir, "moved.json");
  if (!present(file)) return { moved: {}, report: null };
  const report: FileReport = { file: repoPath(file), ok: true, encoding: null, articles: 0, problems: [] };
  const say = (message: string, severity: "error" | "warning") => {
    report.problems.push({ file: report.file, line: null, message, severity });
    if (severity === "error") report.ok = false;
  };
  const json = readEditorJson(dir, file);
  if (json.warning) say(json.warning, "warning");
  if (json.error) {
    say(json.error, "error");
    return { moved: {}, report };
  }
  const parsed = movedSchema.safeParse(json.value);
  if (!parsed.success) {
    say(describeZodError(parsed.error), "error");
    return { moved: {}, report };
  }
  return { moved: parsed.data, report: report.problems.length ? report : null };
}

/** What a moved address may not be, and what it should lead to: the site's own addresses (archive/urls.ts). */
export interface SiteShape {
  pages: ReadonlySet<string>;
  folders: readonly string[];
}

/**
 * The moved addresses the site is handed: the editor's (moved.json), checked against the site the archive builds,
 * and the addresses of stories that no story keeps (the ledger's, read-page.ts), each led straight to where its
 * chain ends. Refused, naming moved.json: an address the site builds itself (a page would stand on a page, or in
 * the search index's folder), and a loop (`/a/ → /b/ → /a/`, or an address moved to itself), which would send a
 * reader round forever. An address that leads to no page the site builds is built, with a warning: it may be a page
 * of another part of the archive (scripts/parts/).
 */
export function settleMoved(
  editor: Moved,
  stories: readonly (readonly [string, string])[],
  site: SiteShape,
  report: FileReport,
): Moved {
  const say = (message: string, severity: "error" | "warning") => {
    report.problems.push({ file: report.file, line: null, message, severity });
    if (severity === "error") report.ok = false;
  };
  const all = new Map<string, string>(stories.map(([from, to]) => [from, to]));
  for (const [from, to] of Object.entries(editor)) {
    const folder = site.folders.find((f) => from.startsWith(f));
    if (site.pages.has(from))
      say(
        `"${from}": the site builds a page at this address; only an address it no longer builds can be moved`,
        "error",
      );
    else if (folder) say(`"${from}": the site fills ${folder} itself; no address in it can be moved`, "error");
    else all.set(from, to);
  }
  const settled: Moved = {};
  for (const [from] of all) {
    const path = [from];
    let at = all.get(from)!;
    while (all.has(at) && !path.includes(at)) {
      path.push(at);
      at = all.get(at)!;
    }
    if (path.includes(at)) {
      // said once, by the loop's first address in the file's order
      if (from in editor && path.indexOf(at) === 0)
        say(
          `"${from}" leads round in a loop (${[...path, at].join(" → ")}): a reader would be sent on forever`,
          "error",
        );
      continue;
    }
    const builds = site.pages.has(at) || site.folders.some((f) => at.startsWith(f) && f.startsWith("/places/"));
    if (!builds && from in editor)
      say(
        `"${from}" leads to ${at}, which this archive builds no page at: the reader would land on "not found"`,
        "warning",
      );
    settled[from] = at;
  }
  return settled;
}
