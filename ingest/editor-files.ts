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
import { jsonError, present, readInside } from "./guarded-read.ts";
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
): { value: unknown; warning: string | null; error: string | null } {
  const read = readInside(root, file, "editor");
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

/** The sidecar of a raw page (page.meta.json beside page.txt or page.pdf): its metadata, nothing, or why it cannot be read. */
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

/**
 * The folder's papers (publications.json), each checked: the schema, one entry per id, and a home
 * place the gazetteer knows (when its codes are given), since the home resolves 我区/本区/全区.
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
  const seen = new Set<string>();
  for (const [k, p] of parsed.data.entries()) {
    if (seen.has(p.id)) say(`${k}.id: "${p.id}" is listed twice: one entry per paper`);
    seen.add(p.id);
    if (placeCodes && !placeCodes.has(p.home))
      say(`${k}.home: "${p.home}" is no Shandong place code the gazetteer knows (GB/T 2260, six digits)`);
  }
  return problems.some((p) => p.file === at && p.severity === "error") ? [] : parsed.data;
}

/**
 * Which paper a page belongs to: the one its sidecar names, else the folder it stands in when that
 * folder is named after a paper of publications.json (content/<paper>/…, as an editor adds pages).
 */
export function publicationIdOf(
  dir: string,
  file: string,
  meta: Sidecar | null,
  known: Map<string, Publication>,
): string | null {
  if (meta) return meta.publication;
  const folder = relative(dir, file).split(sep)[0] ?? "";
  return known.has(folder) && folder !== relative(dir, file) ? folder : null;
}
