import { renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "astro/zod";
import { describeZodError, readEditorJson } from "./editor-files.ts";
import { repoPath } from "./files.ts";
import { present } from "./guarded-read.ts";
import type { Problem } from "./merge.ts";
import type { LedgerEntry } from "./story-ids.ts";

/**
 * The ledger of story ids (content/ids.json): every story id a build of the folder gave, with its page and the raw
 * line its story's text began on. It is what keeps a published address from ever showing another story
 * (story-ids.ts), and what sends an address whose story is gone (merged into another, re-read by a changed parser)
 * to the story now holding its text. A build adds the ids it gives; nothing is ever taken out. It lives beside the
 * pages and is committed with them, like a lock file, so every machine that builds the archive knows it; `--check`
 * reads it and never writes it.
 */
export const LEDGER_FILE = "ids.json";

const id = z.string().regex(/^[a-z0-9-]+$/u, "a story id: lower-case letters, digits and hyphens");
const ledgerSchema = z.record(
  id,
  z.object({ page: z.string().regex(/^[a-z0-9-]+$/u), line: z.number().int().positive() }).strict(),
);

export type Ledger = ReadonlyMap<string, LedgerEntry>;

/** The folder's ledger (none yet: empty), or an error naming the file. */
export function readLedger(dir: string, problems: Problem[]): Map<string, LedgerEntry> {
  const file = join(dir, LEDGER_FILE);
  if (!present(file)) return new Map();
  const say = (message: string, severity: Problem["severity"] = "error") =>
    problems.push({ file: repoPath(file), line: null, message, severity });
  const json = readEditorJson(dir, file, "ledger");
  if (json.warning) say(json.warning, "warning");
  if (json.error) {
    say(`${json.error}; this is the ledger of story ids the builds write: restore it from version control`);
    return new Map();
  }
  const parsed = ledgerSchema.safeParse(json.value);
  if (!parsed.success) {
    say(`${describeZodError(parsed.error)}; this is the ledger of story ids the builds write`);
    return new Map();
  }
  return new Map(Object.entries(parsed.data));
}

/** The ledger's ids by page. */
export function ledgerByPage(ledger: Ledger): Map<string, Map<string, LedgerEntry>> {
  const out = new Map<string, Map<string, LedgerEntry>>();
  for (const [storyId, e] of ledger) {
    const ofPage = out.get(e.page);
    if (ofPage) ofPage.set(storyId, e);
    else out.set(e.page, new Map([[storyId, e]]));
  }
  return out;
}

/** The ledger after a build: what it knew, with the ids this build gave (id, page, anchor line). */
export function nextLedger(
  old: Ledger,
  given: readonly (readonly [string, string, number])[],
): Map<string, LedgerEntry> {
  const next = new Map(old);
  for (const [storyId, page, line] of given) next.set(storyId, { page, line });
  return next;
}

/** The ledger as its file holds it: ids in order, one a line, so a build's additions read as a short diff. */
export function ledgerText(ledger: Ledger): string {
  const rows = [...ledger].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (!rows.length) return "{}\n";
  return `{\n${rows.map(([k, e]) => `  ${JSON.stringify(k)}: ${JSON.stringify({ page: e.page, line: e.line })}`).join(",\n")}\n}\n`;
}

/**
 * Write the ledger into the content folder when it changed: whole or not at all (written aside, then renamed).
 * Returns whether it was written, or why it could not be.
 */
export function writeLedger(dir: string, old: Ledger, next: Ledger): { written: boolean; error: string | null } {
  if (next.size === old.size && [...next].every(([k, e]) => old.get(k)?.line === e.line && old.get(k)?.page === e.page))
    return { written: false, error: null };
  const file = join(dir, LEDGER_FILE);
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, ledgerText(next));
    renameSync(tmp, file);
    return { written: true, error: null };
  } catch (e) {
    rmSync(tmp, { force: true });
    return { written: false, error: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  }
}
