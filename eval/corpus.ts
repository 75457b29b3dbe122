/**
 * The development corpus (eval/corpus/): every annotated page with its gold, the set it belongs to and its
 * paper. A page is a .txt beside its .gold.json, except the real PDF pages' pdftotext text, which is read
 * from ../shared/corpus/<paper>/ (never copied into the repository) beside the gold in eval/corpus/pdftotext/.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { rawFiles } from "../ingest/files.ts";
import { normalise } from "../ingest/page/lines/normalise.ts";
import type { Line } from "../ingest/page/types.ts";
import type { CorpusGold } from "./line-labels.ts";
import { HELD_OUT } from "./splits.ts";

const ROOT = join(import.meta.dirname, "..");
export const CORPUS = join(ROOT, "eval/corpus");
/** The real PDF pages and their pdftotext text (../shared/corpus). */
export const SHARED_CORPUS = join(ROOT, "../shared/corpus");

/** The corpus's sets, reported apart: what made a page decides what its numbers say. */
export const SETS = {
  invented: { folder: "laid-out", name: "laid out from invented stories (eval/generator)" },
  "real-text": { folder: "real-text", name: "laid out from real stories (eval/real-pages)" },
  pdftotext: { folder: "pdftotext", name: "real PDF pages as pdftotext prints them (../shared/corpus)" },
} as const;
export type CorpusSet = keyof typeof SETS;

export interface CorpusPage {
  /**
   * The corpus set it belongs to, "seed" for a seed page labelled for fitting only (eval/training), or "pressed"
   * for a pressed page as the PDF layer reads it (eval/press/layouts: the PDF weights' pages).
   */
  set: CorpusSet | "seed" | "pressed";
  paper: string;
  /** The page's text file: relative to the repository, or inside ../shared/corpus. */
  file: string;
  lines: Line[];
  gold: CorpusGold;
}

/** Whether a page's paper is held out. */
export const heldOut = (p: Pick<CorpusPage, "paper">): boolean => HELD_OUT.has(p.paper);

/** Every annotated page of the corpus, set by set; pdftotext pages only when ../shared/corpus is there. */
export function corpusPages(dir = CORPUS): CorpusPage[] {
  const out: CorpusPage[] = [];
  for (const [set, { folder }] of Object.entries(SETS) as [CorpusSet, (typeof SETS)[CorpusSet]][]) {
    const base = join(dir, folder);
    if (!existsSync(base)) continue;
    if (set === "pdftotext") {
      if (!existsSync(SHARED_CORPUS)) continue;
      const papers = readdirSync(base, { withFileTypes: true }).filter((d) => d.isDirectory());
      for (const paper of papers.map((d) => d.name).sort())
        for (const g of readdirSync(join(base, paper))
          .filter((f) => f.endsWith(".gold.json"))
          .sort()) {
          const gold = JSON.parse(readFileSync(join(base, paper, g), "utf8")) as CorpusGold;
          const file = join(SHARED_CORPUS, paper, gold.file);
          out.push({ set, paper, file, lines: normalise(readFileSync(file, "utf8")), gold });
        }
      continue;
    }
    for (const txt of rawFiles(base)) {
      const gold = txt.replace(/\.txt$/u, ".gold.json");
      if (!existsSync(gold)) continue;
      out.push({
        set,
        paper: basename(dirname(txt)),
        file: relative(ROOT, txt),
        lines: normalise(readFileSync(txt, "utf8")),
        gold: JSON.parse(readFileSync(gold, "utf8")) as CorpusGold,
      });
    }
  }
  return out;
}

/** The gold file beside a corpus page. */
export const goldFileOf = (p: CorpusPage): string =>
  p.set === "pdftotext"
    ? join(CORPUS, SETS.pdftotext.folder, p.paper, p.gold.file.replace(/\.txt$/u, ".gold.json"))
    : join(ROOT, p.file.replace(/\.txt$/u, ".gold.json"));

/** The text file of a corpus page, absolute. */
export const textFileOf = (p: CorpusPage): string => (p.set === "pdftotext" ? p.file : join(ROOT, p.file));

/** A set's papers: ids, names and hints, as an editor's publications.json gives them. */
export function publicationsOf(set: CorpusSet, dir = CORPUS): { id: string; name: string; hints?: unknown }[] {
  const file =
    set === "real-text" ? join(dir, SETS["real-text"].folder, "publications.json") : join(dir, "publications.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { id: string; name: string }[]) : [];
}
