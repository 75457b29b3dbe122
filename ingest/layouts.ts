import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { fingerprintOf, importGraph } from "../archive/fingerprint.ts";
import { type ParseCache, writeAtomically } from "./cache.ts";
import { layoutPdfNow } from "./pdf/blocking.ts";
import type { PdfLayout } from "./pdf/layout.ts";

/**
 * A PDF's layout (ingest/pdf: every page's lines in reading order with their evidence) through a cache keyed
 * by the PDF's bytes, its name and the layer's own code: laying a page out costs 0.2–2.5 s, reading it back a
 * few milliseconds. Kept beside the parse cache (its `pdf/` folder) and used as it is (a check reads, never
 * writes); within one run a layout is also kept in memory, as the folder's profile reads every page before
 * the pages are parsed.
 */

const here = dirname(fileURLToPath(import.meta.url));

/** The PDF layer's sources and the pdfjs it runs on: a change to either lays every PDF out again. */
export function layoutSources(): string[] {
  return [
    ...importGraph(join(here, "pdf", "layout.ts")),
    fileURLToPath(import.meta.resolve("pdfjs-dist/package.json")),
  ];
}

let version: string | null = null;

/** Layouts kept in memory, newest last: enough for a folder's profile pass and the page reads after it. */
const MEMORY = 24;
const memory = new Map<string, PdfLayout>();

/** The cache key of a PDF: the layer's version, the file's name (messages name it) and its bytes. */
export function layoutKey(bytes: Uint8Array, file: string): string {
  version ??= fingerprintOf(layoutSources(), here);
  return createHash("sha256").update(version).update("\0").update(file).update("\0").update(bytes).digest("hex");
}

/** A PDF's pages laid out, or a message naming the file: from memory, from the cache, or laid out now. */
export function cachedLayout(cache: ParseCache, bytes: Uint8Array, file: string): { layout: PdfLayout; hit: boolean } {
  const key = layoutKey(bytes, file);
  const kept = memory.get(key);
  if (kept) return { layout: kept, hit: true };
  const path = join(cache.dir, "pdf", key.slice(0, 2), `${key}.json`);
  let layout: PdfLayout | null = null;
  let hit = false;
  if (cache.use !== "off")
    try {
      layout = JSON.parse(readFileSync(path, "utf8")) as PdfLayout;
      hit = true;
    } catch {
      // not laid out yet
    }
  if (!layout) {
    layout = layoutPdfNow(bytes, file);
    if (cache.use === "read-write" && layout.ok) writeAtomically(path, JSON.stringify(layout));
  }
  memory.set(key, layout);
  if (memory.size > MEMORY) memory.delete(memory.keys().next().value!);
  return { layout, hit };
}
