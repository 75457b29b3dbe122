import { readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { pageIdOf } from "./page-id.ts";
import type { Problem } from "./merge.ts";

/** Portable path from the repository root (or cwd), with forward slashes: how every message names a file. */
export const repoPath = (file: string) => relative(process.cwd(), file).split(sep).join("/") || ".";

/** What a folder walk found: the raw pages in reading order, each page's id, and what could not be walked. */
export interface PageList {
  files: string[];
  ids: Map<string, string>;
  problems: Problem[];
}

const inside = (root: string, target: string) => target === root || target.startsWith(root + sep);

/** An e-paper's PDF (one 版 a page, or an issue's 版 in order). */
export const isPdf = (name: string) => /\.pdf$/iu.test(name);

/** A raw page's file name: a text (.txt) or a PDF (.pdf), in any case (a camera or a Windows tool may name it .TXT). */
export const isPageName = (name: string) => /\.(?:txt|pdf)$/iu.test(name);

/**
 * The text copies beside e-papers' PDFs in a folder (p.txt beside p.pdf, as pdftotext leaves it), by the PDF's name.
 * The PDF is the page: its printed layout tells stories apart where the copy's reading order mixes columns; the copy
 * is read only when the PDF's text cannot be used.
 */
export function textCopiesIn(names: readonly string[]): Map<string, string> {
  const texts = new Map(names.filter((n) => /\.txt$/iu.test(n)).map((n) => [n.slice(0, -4), n] as const));
  const copies = new Map<string, string>();
  for (const n of names) {
    const copy = isPdf(n) ? texts.get(n.slice(0, -4)) : undefined;
    if (copy) copies.set(n, copy);
  }
  return copies;
}

/** The file beside a page that holds its metadata or its corrections: p.meta.json and p.fix.json beside p.txt or p.pdf. */
export const besidePage = (page: string, suffix: ".meta.json" | ".fix.json") =>
  page.replace(/\.(?:txt|pdf)$/iu, "") + suffix;

/** The files at the top of the content folder the ingest reads, besides pages (ids.json: see id-ledger.ts). */
export const FOLDER_FILES = ["publications.json", "moved.json", "ids.json"] as const;

/**
 * Why a file the walk met is not read, or null when it is (a page, a page's sidecar or corrections, one of the
 * folder's own files). Nothing is passed over without a word: a sidecar whose name has a slip would otherwise
 * leave its page published without what the editor gave. Hidden files (.gitkeep) are passed over.
 */
function notRead(name: string, pagesHere: Set<string>, atTop: boolean): string | null {
  if (name.startsWith(".")) return null;
  const beside = /^(.*)\.(meta|fix)\.json$/u.exec(name);
  if (beside) {
    if (pagesHere.has(beside[1]!)) return null;
    return `${beside[2] === "meta" ? "a sidecar" : "corrections"} for ${beside[1]}.txt or .pdf, which is not in this folder: not read`;
  }
  if ((FOLDER_FILES as readonly string[]).includes(name))
    return atTop ? null : `only the content folder's own ${name} is read, not one in a subfolder: not read`;
  if (/meta|fix|json|\.jsn$/iu.test(name))
    return "not read: a page's sidecar is named <page>.meta.json and its corrections <page>.fix.json, beside <page>.txt or <page>.pdf";
  return "not read: the ingest reads pages (.txt, .pdf) and, beside them, their .meta.json and .fix.json";
}

/**
 * Every raw page (.txt or .pdf, in any case) below a folder, sorted so every build reads them in the same order. The
 * walk never throws: a folder that cannot be listed, a dangling link or a link loop is a problem naming it, a
 * link leading outside the folder is refused, so nothing outside the folder is ever published, and a file it
 * does not read is named in a warning. Two files whose names make one page id are refused together, naming both.
 */
export function listPages(dir: string, list: (folder: string) => string[] = (folder) => readdirSync(folder)): PageList {
  const problems: Problem[] = [];
  const files: string[] = [];
  const say = (path: string, message: string, severity: Problem["severity"] = "error") =>
    problems.push({ file: repoPath(path), line: null, message, severity });
  const error = (path: string, message: string) => say(path, message);
  let root: string;
  try {
    root = realpathSync(dir);
    if (!statSync(root).isDirectory()) {
      error(dir, "not a folder of raw pages");
      return { files, ids: new Map(), problems };
    }
  } catch (e) {
    error(dir, `the content folder cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return { files, ids: new Map(), problems };
  }
  const visited = new Set<string>([root]);
  const walk = (d: string) => {
    let names: string[];
    try {
      names = list(d).sort();
    } catch (e) {
      error(
        d,
        `folder cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): its pages are not read`,
      );
      return;
    }
    const pagesHere = new Set(names.filter(isPageName).map((n) => n.replace(/\.(?:txt|pdf)$/iu, "")));
    const copies = new Set(textCopiesIn(names).values());
    for (const name of names) {
      const p = join(d, name);
      let real: string;
      try {
        real = realpathSync(p);
      } catch {
        if (isPageName(name)) error(p, "a link to nothing: the page it stood for is missing");
        continue;
      }
      if (!inside(root, real)) {
        if (isPageName(name) || statSync(real).isDirectory())
          error(p, `links outside the content folder (to ${real}): not read`);
        continue;
      }
      const stat = statSync(real);
      if (stat.isDirectory()) {
        if (visited.has(real)) {
          say(p, "a link back to a folder already read: not followed", "warning");
          continue;
        }
        visited.add(real);
        walk(p);
      } else if (copies.has(name))
        say(
          p,
          `the text of ${name.slice(0, -4)}.pdf beside it: the PDF is read (its layout tells stories apart), this text only if the PDF's text cannot be used`,
          "warning",
        );
      else if (isPageName(name)) files.push(p);
      else {
        const why = notRead(name, pagesHere, d === dir);
        if (why) say(p, why, "warning");
      }
    }
  };
  walk(dir);
  if (files.length === 0 && !problems.some((p) => p.severity === "error"))
    error(dir, "no raw pages (.txt, .pdf) in this folder: nothing to publish");
  // page ids: one file each, or both named
  const ids = new Map<string, string>();
  const owner = new Map<string, string>();
  for (const f of files) {
    const id = pageIdOf(relative(dir, f));
    const first = owner.get(id);
    if (first)
      error(
        f,
        `its page id "${id}" is also ${repoPath(first)}'s: rename one of them (ids ignore case, spaces and punctuation)`,
      );
    else owner.set(id, f);
    ids.set(f, id);
  }
  return { files, ids, problems };
}

/** All raw pages below a folder, in reading order (for tools that read a known-good folder: the eval, the fit). */
export function rawFiles(dir: string): string[] {
  return listPages(dir).files;
}
