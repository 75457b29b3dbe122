/**
 * The PDF pages the eval scores: real e-paper pages (their PDFs and `pdftotext` text read from
 * ../shared/corpus, never copied into the repository; our gold in eval/pdf/gold/) and pressed pages (set by
 * the page press, eval/press: their PDFs made again by `npm run press`, their gold beside them).
 * Real pages are the measure: nothing is ever fitted on them.
 */
import { existsSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";

const ROOT = join(import.meta.dirname, "../..");
export const SHARED_CORPUS = join(ROOT, "../shared/corpus");
export const REAL_GOLD = join(import.meta.dirname, "gold");
export const PRESS_OUT = join(ROOT, "eval/press/out");

/** A page to score: its paper, the file an editor would add (a .pdf, or its text), and its gold. */
export interface EvalPage {
  paper: string;
  file: string;
  gold: string;
}

function walk(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : []))
    .sort();
}

/** The real pages with gold, as PDFs or as the `pdftotext` text beside them in the shared corpus. */
export function realPages(as: "pdf" | "txt"): EvalPage[] {
  return walk(REAL_GOLD, ".gold.json").flatMap((gold) => {
    const paper = basename(join(gold, ".."));
    const file = join(SHARED_CORPUS, paper, basename(gold).replace(/\.gold\.json$/u, `.${as}`));
    return existsSync(file) ? [{ paper, file, gold }] : [];
  });
}

/**
 * Pressed pages (eval/press/out/<paper>/<page>.pdf with .gold.json), when `npm run press` has made them: as PDFs,
 * or as the `pdftotext` text the press wrote beside them.
 */
export function pressedPages(dir = PRESS_OUT, as: "pdf" | "txt" = "pdf"): EvalPage[] {
  return walk(dir, ".pdf").flatMap((pdf) => {
    const gold = pdf.replace(/\.pdf$/u, ".gold.json");
    const file = as === "pdf" ? pdf : pdf.replace(/\.pdf$/u, ".txt");
    return existsSync(gold) && existsSync(file) ? [{ paper: basename(join(pdf, "..")), file, gold }] : [];
  });
}
