import { printedWidth } from "./page/text/width.ts";
import type { Publication } from "../archive/schema/index.ts";
import { decode } from "./decode/decode.ts";
import { readInside } from "./guarded-read.ts";
import { closeSpacing } from "./page/lines/letter-spacing.ts";
import { LINE_BREAK } from "./page/lines/normalise.ts";
import type { Line, PaperProfile } from "./page/types.ts";
import { publicationIdOf, readSidecar } from "./editor-files.ts";
import { profileOf } from "./page/profile.ts";
import { NO_PARSE_CACHE, type ParseCache } from "./cache.ts";
import { isPdf, repoPath } from "./files.ts";
import { cachedLayout } from "./layouts.ts";

/** A file's pages as text: a text page's own, or each page's 原文 of a PDF (none when it cannot be read). */
function pageTexts(dir: string, file: string, cache: ParseCache): string[] {
  const pdf = isPdf(file);
  const read = readInside(dir, file, pdf ? "pdf" : "page");
  if (!read.ok) return []; // the ingest reports it
  if (pdf) {
    const { layout } = cachedLayout(cache, read.bytes, repoPath(file));
    return layout.ok ? layout.pages.flatMap((p) => ("text" in p ? [p.text] : [])) : [];
  }
  const decoded = decode(read.bytes);
  return decoded.ok ? [decoded.text] : [];
}

/** Widest raw line worth reading for a profile: repeated furniture is short, and reading long lines is the cost. */
const PROFILE_LINE_MAX = 24;

/**
 * Every paper's profile, from all its pages in the folder: one quick pass that reads only short lines,
 * before any page is parsed (a page is read in the light of its paper's other pages).
 */
export function profilesOf(
  dir: string,
  files: string[],
  publications: Publication[],
  cache: ParseCache = NO_PARSE_CACHE,
): Map<string, PaperProfile> {
  const known = new Map(publications.map((p) => [p.id, p]));
  const pagesOf = new Map<string, Line[][]>();
  for (const file of files) {
    const paper = publicationIdOf(dir, file, readSidecar(dir, file).meta, known);
    if (paper.from === "none") continue;
    const id = paper.id;
    for (const text of pageTexts(dir, file, cache)) {
      const lines: Line[] = [];
      let n = 0;
      for (const raw of text.split(LINE_BREAK)) {
        n++;
        const t = raw.trim();
        if (t && printedWidth(t) <= PROFILE_LINE_MAX) lines.push({ n, raw, text: closeSpacing(t), indent: 0 });
      }
      const pages = pagesOf.get(id);
      if (pages) pages.push(lines);
      else pagesOf.set(id, [lines]);
    }
  }
  const out = new Map<string, PaperProfile>();
  for (const [id, pages] of pagesOf) out.set(id, profileOf(pages, known.get(id)?.hints ?? {}));
  return out;
}
