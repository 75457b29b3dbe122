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

/** A raw page: a text (.txt) or an e-paper's PDF (.pdf, one 版 a page). */
export const isPdf = (name: string) => /\.pdf$/iu.test(name);
export const isPageFile = (name: string) => name.endsWith(".txt") || isPdf(name);

/** A file beside a page, named after it: `page.txt` or `page.pdf` → `page.meta.json`, `page.fix.json`. */
export const besidePage = (file: string, suffix: string) => file.replace(/\.(?:txt|pdf)$/iu, suffix);

/**
 * Every raw page (.txt, .pdf) below a folder, sorted so every build reads them in the same order. The walk
 * never throws: a folder that cannot be listed, a dangling link or a link loop is a problem naming it,
 * and a link leading outside the folder is refused, so nothing outside the folder is ever published.
 * Two files whose names make one page id are refused together, naming both.
 */
export function listPages(dir: string, list: (folder: string) => string[] = (folder) => readdirSync(folder)): PageList {
  const problems: Problem[] = [];
  const files: string[] = [];
  const error = (path: string, message: string) =>
    problems.push({ file: repoPath(path), line: null, message, severity: "error" });
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
    for (const name of names) {
      const p = join(d, name);
      let real: string;
      try {
        real = realpathSync(p);
      } catch {
        if (isPageFile(name)) error(p, "a link to nothing: the page it stood for is missing");
        continue;
      }
      if (!inside(root, real)) {
        if (isPageFile(name) || statSync(real).isDirectory())
          error(p, `links outside the content folder (to ${real}): not read`);
        continue;
      }
      const stat = statSync(real);
      if (stat.isDirectory()) {
        if (visited.has(real)) {
          problems.push({
            file: repoPath(p),
            line: null,
            message: "a link back to a folder already read: not followed",
            severity: "warning",
          });
          continue;
        }
        visited.add(real);
        walk(p);
      } else if (isPageFile(name)) files.push(p);
    }
  };
  walk(dir);
  if (files.length === 0 && !problems.length)
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
