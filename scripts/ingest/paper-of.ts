import { existsSync, readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import { z } from "astro/zod";
import { fixFileSchema, sidecarSchema, type Fix, type Publication, type Sidecar } from "../../src/lib/schema/index.ts";

/** A zod failure as sentences a person can act on. */
export function describeZodError(err: z.ZodError): string {
  return err.issues.map((i) => `${i.path.length ? i.path.join(".") : "(top)"}: ${i.message}`).join("; ");
}

/** The sidecar of a raw page (page.meta.json beside page.txt): its metadata, nothing, or why it cannot be read. */
export function readSidecar(file: string): { meta: Sidecar | null; file: string; error: string | null } {
  const metaFile = file.replace(/\.txt$/u, ".meta.json");
  if (!existsSync(metaFile)) return { meta: null, file: metaFile, error: null };
  try {
    const parsed = sidecarSchema.safeParse(JSON.parse(readFileSync(metaFile, "utf8")));
    return parsed.success ? { meta: parsed.data, file: metaFile, error: null } : { meta: null, file: metaFile, error: describeZodError(parsed.error) };
  } catch (e) {
    return { meta: null, file: metaFile, error: `not valid JSON: ${(e as Error).message}` };
  }
}

/**
 * Which paper a page belongs to: the one its sidecar names, else the folder it stands in when that
 * folder is named after a paper of publications.json (content/<paper>/…, as an editor adds pages).
 */
export function publicationIdOf(dir: string, file: string, meta: Sidecar | null, known: Map<string, Publication>): string | null {
  if (meta) return meta.publication;
  const folder = relative(dir, file).split(sep)[0] ?? "";
  return known.has(folder) && folder !== relative(dir, file) ? folder : null;
}

/** A page's corrections file (page.fix.json beside page.txt): its fixes, none, or why it cannot be read. */
export function readFixes(file: string): { fixes: Fix[]; file: string; error: string | null } {
  const fixFile = file.replace(/\.txt$/u, ".fix.json");
  if (!existsSync(fixFile)) return { fixes: [], file: fixFile, error: null };
  try {
    const parsed = fixFileSchema.safeParse(JSON.parse(readFileSync(fixFile, "utf8")));
    return parsed.success ? { fixes: parsed.data.fixes, file: fixFile, error: null } : { fixes: [], file: fixFile, error: describeZodError(parsed.error) };
  } catch (e) {
    return { fixes: [], file: fixFile, error: `not valid JSON: ${(e as Error).message}` };
  }
}
