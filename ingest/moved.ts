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
