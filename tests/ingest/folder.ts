import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { settingsFrom } from "../../archive/settings.ts";
import type { PageRecord } from "../../archive/schema/index.ts";
import type { FileReport, Problem } from "../../ingest/merge.ts";
import { runIngest } from "../../ingest/run.ts";

export const TEST_PUBS = [{ id: "test-paper", name: "测试报", nameKnown: true, home: "370115" }];
export const PAGE = "全区秋粮收购工作全面启动\n\n本报讯 2024年9月20日，全区秋粮收购工作全面启动。 （王小明）\n";

/** A content folder in a temporary directory: publications.json (unless given) and the named files. */
export function folder(files: Record<string, string | Buffer>, publications: unknown = TEST_PUBS): string {
  const dir = mkdtempSync(join(tmpdir(), "lubao-in-"));
  if (publications !== null) writeFileSync(join(dir, "publications.json"), JSON.stringify(publications));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

/** The ingest's command line (spawned only where the command line itself is under test: its flags, its exit). */
export const cli = join(import.meta.dirname, "../../ingest/cli.ts");

/** Every problem an ingest reported, every error, every warning. */
export const problems = (a: { reports: FileReport[] }): Problem[] => a.reports.flatMap((r) => r.problems);
export const errors = (a: { reports: FileReport[] }) => problems(a).filter((p) => p.severity === "error");
export const warnings = (a: { reports: FileReport[] }) => problems(a).filter((p) => p.severity === "warning");
/** Problems as the command line prints them, less the severity: `file:line: message`, one a line. */
export const said = (ps: Problem[]) => ps.map((p) => `${p.file}:${p.line ?? ""}: ${p.message}`).join("\n");

/** A fresh data folder to build into (its parent is empty but for it). */
export const freshData = () => join(mkdtempSync(join(tmpdir(), "lubao-data-")), "data");

/**
 * The ingest as the command line runs it (`runIngest`, all `ingest/cli.ts` adds is the lock and the console), in
 * this process: a check of a folder or a page, or a build into a data folder. No parse cache unless `env` asks.
 * `out` and `err` are what the command line prints on stdout and stderr; `text` is both, in order.
 */
export async function runIn(
  target: string,
  mode: "check" | "build",
  data = freshData(),
  env: Record<string, string> = {},
): Promise<{ code: number; out: string; err: string; text: string; data: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const text: string[] = [];
  const say = {
    out: (l: string) => {
      out.push(l);
      text.push(l);
    },
    err: (l: string) => {
      err.push(l);
      text.push(l);
    },
  };
  const settings = settingsFrom({ LUBAO_CONTENT_DIR: target, LUBAO_DATA_DIR: data, LUBAO_NO_CACHE: "1", ...env });
  const code = await runIngest(settings, mode === "check" ? { check: target } : {}, say);
  return { code, out: out.join("\n"), err: err.join("\n"), text: text.join("\n"), data };
}

/** Every story of a built data folder, with its text's lines, and the addresses it sends on. */
export function built(data: string) {
  const articles = readdirSync(join(data, "records")).flatMap(
    (f) => (JSON.parse(readFileSync(join(data, "records", f), "utf8")) as PageRecord).articles,
  );
  return { articles, moved: JSON.parse(readFileSync(join(data, "moved.json"), "utf8")) as Record<string, string> };
}
