import type { Block } from "../../../archive/schema/block.ts";
import type { Edit, Fix } from "../../../archive/schema/fix.ts";
import type { ArticleDraft, FixProblem, PageDraft } from "../types.ts";
import { extent } from "../../../archive/array.ts";
import { titleFromOpening } from "./assemble.ts";

const edit = (f: Fix, before: string | null = null): Edit => ({ op: f.op, line: f.line, before, note: f.note ?? null });

/** Lines an article's text stands on. */
const linesOf = (a: ArticleDraft) => a.blocks.flatMap((b) => b.lines);

/** The story holding a line: the one whose text stands on it, else the one whose span covers it. */
function storyAt(articles: ArticleDraft[], line: number): number {
  const byText = articles.findIndex((a) => linesOf(a).includes(line));
  return byText >= 0 ? byText : articles.findIndex((a) => a.lines[0] <= line && line <= a.lines[1]);
}

const spanOf = (blocks: Block[], also: number[] = []): [number, number] => {
  return extent([...blocks.flatMap((b) => b.lines), ...also]);
};

/**
 * Apply an editor's corrections (<page>.fix.json) to a page's reading. Splits and merges move blocks
 * between stories, never text out of the page: a merged story's printed headline becomes a subhead of the
 * story it joins; a title, kicker or subtitle the editor replaces is kept in the edit as `before`. Line
 * labels were applied when the lines were read (unitsOf); here they are recorded on their story.
 */
export function applyFixes(page: PageDraft, fixes: readonly Fix[]): { page: PageDraft; problems: FixProblem[] } {
  const articles = page.articles.map((a) => ({ ...a, blocks: [...a.blocks], edits: [...a.edits] }));
  const problems: FixProblem[] = [];
  const problem = (f: Fix, message: string) =>
    problems.push({ line: f.line, message: `fix "${f.op}" at line ${f.line}: ${message}` });
  // splits and merges first, in line order, so later fixes find the stories as corrected
  const structural = fixes.filter((f) => f.op === "split" || f.op === "merge").sort((a, b) => a.line - b.line);
  for (const f of structural) {
    const k = storyAt(articles, f.line);
    if (k < 0) {
      problem(f, "no story stands on this line");
      continue;
    }
    const a = articles[k]!;
    if (f.op === "split") {
      const at = a.blocks.findIndex((b) => extent(b.lines)[0] >= f.line);
      if (at <= 0) {
        problem(f, `a story must be split where one of its blocks begins, after its first (story "${a.title}")`);
        continue;
      }
      const moved = a.blocks.slice(at);
      const kept = a.blocks.slice(0, at);
      const before: ArticleDraft = {
        ...a,
        blocks: kept,
        lines: spanOf(kept, [a.lines[0]]),
        edits: [...a.edits, edit(f)],
      };
      const after: ArticleDraft = {
        mark: null,
        title: titleFromOpening(moved[0]!.text),
        titleInferred: true,
        kicker: null,
        subtitle: null,
        column: null,
        authors: [],
        bylines: [],
        dateline: null,
        blocks: moved,
        repeats: [],
        lines: spanOf(moved),
        why: [`split from "${a.title}" by an editor at line ${f.line}`],
        edits: [edit(f)],
      };
      articles.splice(k, 1, before, after);
    } else {
      if (k === 0) {
        problem(f, "the page's first story has no story before it to go on");
        continue;
      }
      const into = articles[k - 1]!;
      // the merged story's printed headline stays on the page: as subheads where it stood
      const heads = [a.column, a.kicker, a.titleInferred ? null : `${a.mark ?? ""}${a.title}`, a.subtitle].filter(
        (t): t is string => Boolean(t),
      );
      const headBlocks: Block[] = heads.map((text) => ({ type: "subhead", text, lines: [a.lines[0]] }));
      const merged: ArticleDraft = {
        ...into,
        authors: [...new Set([...into.authors, ...a.authors])],
        bylines: [...into.bylines, ...(a.dateline ? [a.dateline] : []), ...a.bylines],
        blocks: [...into.blocks, ...headBlocks, ...a.blocks],
        repeats: [...into.repeats, ...a.repeats],
        lines: [Math.min(into.lines[0], a.lines[0]), Math.max(into.lines[1], a.lines[1])],
        why: [...into.why, `merged with "${a.title}" by an editor at line ${f.line}`],
        // a split both halves recorded is one edit once they are together again
        edits: [
          ...into.edits,
          ...a.edits.filter((e) => !into.edits.some((x) => x.op === e.op && x.line === e.line)),
          edit(f),
        ],
      };
      articles.splice(k - 1, 2, merged);
    }
  }
  for (const f of fixes) {
    if (f.op === "split" || f.op === "merge") continue;
    const k = storyAt(articles, f.line);
    if (k < 0) {
      // a line read as furniture by the editor's word belongs to no story: nothing to record on one
      if (!(f.op === "label" && (f.as === "furniture" || f.as === "headline")))
        problem(f, "no story stands on this line");
      continue;
    }
    const a = articles[k]!;
    if (f.op === "title")
      articles[k] = {
        ...a,
        title: f.text,
        titleInferred: false,
        mark: null,
        edits: [...a.edits, edit(f, a.titleInferred ? null : `${a.mark ?? ""}${a.title}`)],
      };
    else if (f.op === "kicker") articles[k] = { ...a, kicker: f.text, edits: [...a.edits, edit(f, a.kicker)] };
    else if (f.op === "subtitle") articles[k] = { ...a, subtitle: f.text, edits: [...a.edits, edit(f, a.subtitle)] };
    else articles[k] = { ...a, edits: [...a.edits, edit(f)] };
  }
  return { page: { ...page, articles }, problems };
}
