import type { Block } from "../../../archive/schema/block.ts";
import type { Edit, Fix } from "../../../archive/schema/fix.ts";
import type { ArticleDraft, FixProblem, Line, PageDraft } from "../types.ts";
import { extent } from "../../../archive/array.ts";
import { inkOf } from "../../../archive/text/ink.ts";
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
export function applyFixes(
  page: PageDraft,
  fixes: readonly Fix[],
  lines: readonly Line[] = [],
): { page: PageDraft; problems: FixProblem[] } {
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
      const cut = splitPoint(a, f.line, lines);
      if ("refused" in cut) {
        problem(f, cut.refused);
        continue;
      }
      const { at } = cut;
      const moved = cut.blocks.slice(at);
      const kept = cut.blocks.slice(0, at);
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
  // one story, one title (kicker, subtitle): two would leave the page claiming the first as what it printed
  const fieldFixes = new Map<string, Fix>();
  const refused = new Set<Fix>();
  for (const f of fixes) {
    if (f.op !== "title" && f.op !== "kicker" && f.op !== "subtitle") continue;
    const k = storyAt(articles, f.line);
    if (k < 0) continue;
    const first = fieldFixes.get(`${k}\0${f.op}`);
    if (!first) fieldFixes.set(`${k}\0${f.op}`, f);
    else {
      problem(
        f,
        `line ${first.line}'s fix "${f.op}" is for the same story ("${articles[k]!.title}"): one ${f.op} a story, keep one`,
      );
      refused.add(f).add(first);
    }
  }
  for (const f of fixes) {
    if (f.op === "split" || f.op === "merge" || refused.has(f)) continue;
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

/** Where a split at a line cuts a story: before its block `at` of `blocks` (the story's, one cut in two if need be). */
type SplitPoint = { at: number; blocks: Block[] } | { refused: string };

/**
 * Where an editor's split at `line` falls in a story. At the first line of one of its blocks (after its first): there.
 * Inside a paragraph (a paragraph the column wrapped over lines): the paragraph is cut at that line, when its
 * text can be cut exactly there (the lines from `line` on are the paragraph's end, or the lines before it its
 * start); else refused. On blank lines just before a block: at that block. Anywhere else (a headline, a byline,
 * the story's first line): refused, naming the line, never applied at some other paragraph.
 */
function splitPoint(a: ArticleDraft, line: number, lines: readonly Line[]): SplitPoint {
  const firstOf = (b: Block) => extent(b.lines)[0];
  const inside = a.blocks.findIndex((b) => b.lines.includes(line) && firstOf(b) !== line);
  if (inside >= 0) {
    const cut = cutBlock(a.blocks[inside]!, line, lines);
    if (!cut)
      return {
        refused: `line ${line} is inside a paragraph (lines ${extent(a.blocks[inside]!.lines).join("–")}) whose text cannot be cut exactly at that line: split where a paragraph begins`,
      };
    return { at: inside + 1, blocks: [...a.blocks.slice(0, inside), ...cut, ...a.blocks.slice(inside + 1)] };
  }
  const text = new Map(lines.map((l) => [l.n, l.text]));
  const at = a.blocks.findIndex((b) => firstOf(b) >= line);
  const blankUpTo = (end: number) => {
    for (let n = line; n < end; n++) if (text.get(n)) return false;
    return true;
  };
  if (at < 0 || (firstOf(a.blocks[at]!) !== line && !blankUpTo(firstOf(a.blocks[at]!))))
    return {
      refused: `line ${line} is no line a paragraph of story "${a.title}" begins on (a headline, a byline or a caption): split at the first line of the paragraph that begins the new story`,
    };
  if (at === 0)
    return {
      refused: `a story must be split where one of its blocks begins, after its first (story "${a.title}")`,
    };
  return { at, blocks: a.blocks };
}

/** A block cut in two at one of its lines, when its text's ink from that line on is exactly that line's on. */
function cutBlock(b: Block, line: number, lines: readonly Line[]): [Block, Block] | null {
  const text = new Map(lines.map((l) => [l.n, l.text]));
  const before = b.lines.filter((n) => n < line);
  const after = b.lines.filter((n) => n >= line);
  const inkOfLines = (ns: number[]) => inkOf(ns.map((n) => text.get(n) ?? "").join(""));
  // where the n-th non-blank character of the text stands
  const inkAt: number[] = [];
  for (let i = 0; i < b.text.length; i++) if (!/\s/u.test(b.text[i]!)) inkAt.push(i);
  const tail = inkOfLines(after);
  const head = inkOfLines(before);
  const candidates = [
    tail.length > 0 && tail.length < inkAt.length ? inkAt[inkAt.length - tail.length]! : -1,
    head.length > 0 && head.length < inkAt.length ? inkAt[head.length]! : -1,
  ];
  for (const at of candidates) {
    if (at <= 0) continue;
    const [x, y] = [b.text.slice(0, at).trimEnd(), b.text.slice(at).trimStart()];
    if (inkOf(y) !== tail && inkOf(x) !== head) continue;
    return [
      { ...b, text: x, lines: before },
      { ...b, text: y, lines: after },
    ];
  }
  return null;
}
