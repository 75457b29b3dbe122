import { join, relative, sep } from "node:path";
import { z } from "astro/zod";
import {
  fixFileSchema,
  publicationSchema,
  sidecarSchema,
  type Fix,
  type Publication,
  type Sidecar,
} from "../archive/schema/index.ts";
import { decode } from "./decode/decode.ts";
import { besidePage, repoPath } from "./files.ts";
import { jsonError, present, readInside, type FileKind } from "./guarded-read.ts";
import type { Problem } from "./merge.ts";

/** A zod failure as sentences a person can act on. */
export function describeZodError(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.length ? i.path.join(".") : "(top)"}: ${i.message}`).join("; ");
}

/**
 * A JSON file an editor wrote, opened inside the content folder `root` only: read with the pages' decoder
 * (a BOM, GBK), with a warning when it is not UTF-8.
 */
export function readEditorJson(
  root: string,
  file: string,
  kind: FileKind = "editor",
): { value: unknown; warning: string | null; error: string | null } {
  const read = readInside(root, file, kind);
  if (!read.ok) return { value: null, warning: null, error: read.reason };
  const decoded = decode(read.bytes);
  if (!decoded.ok) return { value: null, warning: null, error: decoded.reason };
  const bad = decoded.warnings[0];
  if (bad) return { value: null, warning: null, error: `line ${bad.line}: ${bad.message}` };
  const warning = decoded.encoding.startsWith("UTF-8") ? null : `read as ${decoded.encoding}: save it as UTF-8`;
  try {
    return { value: JSON.parse(decoded.text), warning, error: null };
  } catch (e) {
    return { value: null, warning, error: jsonError(decoded.text, e) };
  }
}

/** A sidecar's or corrections file's contents, checked against its schema. */
function readBeside<T>(
  root: string,
  file: string,
  schema: z.ZodType<T>,
): { data: T | null; warning: string | null; error: string | null } {
  // a link leading nowhere is there, and said so: not taken for "no sidecar"
  if (!present(file)) return { data: null, warning: null, error: null };
  const json = readEditorJson(root, file);
  if (json.error) return { data: null, warning: json.warning, error: json.error };
  const parsed = schema.safeParse(json.value);
  return parsed.success
    ? { data: parsed.data, warning: json.warning, error: null }
    : { data: null, warning: json.warning, error: describeZodError(parsed.error) };
}

/** The sidecar of a raw page (page.meta.json beside page.txt): its metadata, nothing, or why it cannot be read. */
export function readSidecar(
  root: string,
  file: string,
): {
  meta: Sidecar | null;
  file: string;
  warning: string | null;
  error: string | null;
} {
  const metaFile = besidePage(file, ".meta.json");
  const r = readBeside(root, metaFile, sidecarSchema);
  return { meta: r.data, file: metaFile, warning: r.warning, error: r.error };
}

/** A page's corrections file (page.fix.json beside page.txt): its fixes, none, or why it cannot be read. */
export function readFixes(
  root: string,
  file: string,
): { fixes: Fix[]; file: string; warning: string | null; error: string | null } {
  const fixFile = besidePage(file, ".fix.json");
  const r = readBeside(root, fixFile, fixFileSchema);
  return { fixes: r.data?.fixes ?? [], file: fixFile, warning: r.warning, error: r.error };
}

/** The stand-in paper of pages that name none: its id is no editor's to take. */
export const UNKNOWN_PUBLICATION_ID = "unknown";

/** The fields a paper's entry may have (a key beside them is a slip, such as `hint` for `hints`). */
const PUBLICATION_KEYS = new Set(Object.keys(publicationSchema.shape));

/** The known key a slip was probably meant as (hint → hints), by shared letters. */
function meant(key: string, known: Set<string>): string | null {
  const k = key.toLowerCase().replace(/[^a-z]/gu, "");
  return [...known].find((x) => x.startsWith(k) || k.startsWith(x) || x === `${k}s`) ?? null;
}

/** Warnings for keys of publications.json's entries that the archive does not know, which would be passed over. */
function unknownKeys(value: unknown, say: (message: string) => void): void {
  if (!Array.isArray(value)) return;
  for (const [k, entry] of value.entries()) {
    if (!entry || typeof entry !== "object") continue;
    for (const key of Object.keys(entry)) {
      if (PUBLICATION_KEYS.has(key)) continue;
      const guess = meant(key, PUBLICATION_KEYS);
      say(`${k}.${key}: no such field, not read${guess ? ` (did you mean "${guess}"?)` : ""}`);
    }
  }
}

/**
 * The folder's papers (publications.json), each checked: the schema, one entry per id, and a home
 * place the gazetteer knows (when its codes are given), since the home resolves 我区/本区/全区. A field the
 * archive does not know is named in a warning.
 */
export function readPublications(dir: string, problems: Problem[], placeCodes?: Set<string>): Publication[] {
  const file = join(dir, "publications.json");
  const at = repoPath(file);
  const say = (message: string, severity: Problem["severity"] = "error") =>
    problems.push({ file: at, line: null, message, severity });
  if (!present(file)) {
    say("no publications.json: every page will be filed under an unknown publication", "warning");
    return [];
  }
  const json = readEditorJson(dir, file);
  if (json.warning) say(json.warning, "warning");
  if (json.error) {
    say(json.error);
    return [];
  }
  const parsed = z.array(publicationSchema).safeParse(json.value);
  if (!parsed.success) {
    say(describeZodError(parsed.error));
    return [];
  }
  unknownKeys(json.value, (m) => say(m, "warning"));
  const seen = new Set<string>();
  for (const [k, p] of parsed.data.entries()) {
    if (p.id === UNKNOWN_PUBLICATION_ID)
      say(
        `${k}.id: "${UNKNOWN_PUBLICATION_ID}" is the archive's name for pages of no known paper: give the paper another id`,
      );
    if (seen.has(p.id)) say(`${k}.id: "${p.id}" is listed twice: one entry per paper`);
    seen.add(p.id);
    if (placeCodes && !placeCodes.has(p.home))
      say(`${k}.home: "${p.home}" is no Shandong place code the gazetteer knows (GB/T 2260, six digits)`);
  }
  return problems.some((p) => p.file === at && p.severity === "error") ? [] : parsed.data;
}

/** Where a page's paper comes from: its sidecar, the paper folder it stands in, or neither (why, for a warning). */
export type PaperSource =
  | { from: "sidecar" | "folder"; id: string }
  | { from: "none"; folder: string | null; near: string | null };

/**
 * Which paper a page belongs to: the one its sidecar names, else the folder it stands in when that
 * folder is named after a paper of publications.json (content/<paper>/…, as an editor adds pages). A page in
 * no paper's folder says which folder it stands in, and the paper that folder's name is a slip for
 * (`Jiyang`, `jiyang ` for `jiyang`).
 */
export function publicationIdOf(
  dir: string,
  file: string,
  meta: Sidecar | null,
  known: Map<string, Publication>,
): PaperSource {
  if (meta) return { from: "sidecar", id: meta.publication };
  const parts = relative(dir, file).split(sep);
  const folder = parts.length > 1 ? parts[0]! : null;
  if (folder !== null && known.has(folder)) return { from: "folder", id: folder };
  const folded = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/gu, "");
  const near = folder === null ? null : ([...known.keys()].find((id) => folded(id) === folded(folder)) ?? null);
  return { from: "none", folder, near };
}
