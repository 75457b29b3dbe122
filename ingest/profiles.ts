import { printedWidth } from "./page/text/width.ts";
import type { Publication } from "../archive/schema/index.ts";
import { decode } from "./decode/decode.ts";
import { readInside } from "./guarded-read.ts";
import { closeSpacing } from "./page/lines/letter-spacing.ts";
import { LINE_BREAK } from "./page/lines/normalise.ts";
import type { Line, PaperProfile } from "./page/types.ts";
import { publicationIdOf, readSidecar } from "./editor-files.ts";
import { profileOf } from "./page/profile.ts";

/** Widest raw line worth reading for a profile: repeated furniture is short, and reading long lines is the cost. */
const PROFILE_LINE_MAX = 24;

/**
 * Every paper's profile, from all its pages in the folder: one quick pass that reads only short lines,
 * before any page is parsed (a page is read in the light of its paper's other pages).
 */
export function profilesOf(dir: string, files: string[], publications: Publication[]): Map<string, PaperProfile> {
  const known = new Map(publications.map((p) => [p.id, p]));
  const pagesOf = new Map<string, Line[][]>();
  for (const file of files) {
    const read = readInside(dir, file, "page");
    if (!read.ok) continue; // the ingest reports it
    const paper = publicationIdOf(dir, file, readSidecar(dir, file).meta, known);
    if (paper.from === "none") continue;
    const id = paper.id;
    const decoded = decode(read.bytes);
    if (!decoded.ok) continue;
    const lines: Line[] = [];
    let n = 0;
    for (const raw of decoded.text.split(LINE_BREAK)) {
      n++;
      const t = raw.trim();
      if (t && printedWidth(t) <= PROFILE_LINE_MAX) lines.push({ n, raw, text: closeSpacing(t), indent: 0 });
    }
    const pages = pagesOf.get(id);
    if (pages) pages.push(lines);
    else pagesOf.set(id, [lines]);
  }
  const out = new Map<string, PaperProfile>();
  for (const [id, pages] of pagesOf) out.set(id, profileOf(pages, known.get(id)?.hints ?? {}));
  return out;
}
