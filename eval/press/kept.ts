/**
 * Pressed pages as the project keeps them for fitting (eval/press/layouts/<paper>/<page>.json, written by
 * `npm run press`): the PDF layer's reading of each page — its 原文, every line's printed indent and layout
 * evidence — and each line's label by construction. Read without the PDFs, fonts or pdfjs, so the fit is made
 * again the same from the repository alone.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { withLayout } from "../../ingest/pdf/page-lines.ts";
import type { LayoutEvidence, Line } from "../../ingest/page/types.ts";

export const PRESSED_LAYOUTS = join(import.meta.dirname, "layouts");

export type KeptLabel = "furniture" | "headline" | "byline" | "text" | "caption";

export interface KeptLayout {
  source: string;
  text: string;
  lines: [n: number, indent: number, evidence: LayoutEvidence][];
  labels: (KeptLabel | "")[];
}

/** A kept page's lines as the parser reads them, each with its layout evidence. */
export const linesOfKept = (k: KeptLayout): Line[] =>
  withLayout(k.text, new Map(k.lines.map(([n, indent, layout]) => [n, { indent, layout }])));

/** Every kept pressed page: its paper (folder), file and reading. */
export function keptLayouts(dir = PRESSED_LAYOUTS): { paper: string; file: string; kept: KeptLayout }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((d) =>
      readdirSync(join(dir, d.name))
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => ({
          paper: d.name,
          file: `eval/press/layouts/${d.name}/${f}`,
          kept: JSON.parse(readFileSync(join(dir, d.name, f), "utf8")) as KeptLayout,
        })),
    );
}
