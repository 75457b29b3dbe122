/**
 * The forms real e-paper text exports take, one row each, and a paper's habits drawn from them. Every row
 * is a form seen in the stored e-paper pages the harvest was read from (its README lists them) or in
 * pdftotext output of real pages (../shared/corpus).
 */
import { pick } from "../typeset.ts";

/** How a page's text export sets its stories. */
export interface Form {
  /** The form's name, as the gold's `about` reports it. */
  name: string;
  /** Column width in em the text wraps at; null: one paragraph to a line. */
  wrap: number | null;
  /** What opens a paragraph's first line: two full-width spaces, two ASCII spaces, or nothing. */
  indent: "　　" | "  " | "";
  /** A blank line between paragraphs, between stories, after a head. */
  paragraphGap: boolean;
  storyGap: boolean;
  headGap: boolean;
  /** Title, subtitle and byline on one line, apart by spaces (新区老干部情况通报会召开 孙永红出席并讲话   □记者 X 报道). */
  headOneLine: boolean;
  /** The head and the first paragraph on one line, three spaces apart (an index page). */
  headOnBody: boolean;
  /** Numbers split from Han by spaces, as pdftotext prints them (10 月 14 日). */
  splitNumbers: boolean;
  /** A head's kicker, title and subtitle come out as blocks of their own, a blank line apart (type of other sizes). */
  headBlocks: boolean;
}

/** The export families, each with what it varies. Each row: the form, why it is real, an example. */
const FAMILIES: readonly { name: string; why: string; draw: (r: () => number) => Omit<Form, "name"> }[] = [
  {
    // 　　近日，… / 　　会议强调，… — each paragraph one line, opened by two full-width spaces, no blank line
    name: "e-paper text page, one paragraph a line, indented",
    why: "an e-paper's text view of a 版: each story's paragraphs one to a line, marked only by the indent",
    draw: (r) => ({
      wrap: null,
      indent: "　　",
      paragraphGap: false,
      storyGap: r() < 0.3,
      headGap: r() < 0.3,
      headOneLine: r() < 0.35,
      headOnBody: false,
      splitNumbers: false,
      headBlocks: false,
    }),
  },
  {
    // 近日，… (no indent) with blank lines between paragraphs — a copied article page
    name: "article pages copied one after another, a paragraph a line",
    why: "an e-paper's article pages saved in turn: paragraphs one to a line, blank lines between",
    draw: (r) => ({
      wrap: null,
      indent: r() < 0.5 ? "  " : "",
      paragraphGap: r() < 0.6,
      storyGap: true,
      headGap: r() < 0.7,
      headOneLine: r() < 0.2,
      headOnBody: false,
      splitNumbers: false,
      headBlocks: false,
    }),
  },
  {
    // 新区老干部情况通报会召开 孙永红出席并讲话   □记者 X 报道   本报7月25日讯 今天上午，…
    name: "index page, head and first paragraph on one line",
    why: "an e-paper's index page (PageArticleIndexLB): title, subtitle, byline and lead on one line",
    draw: (r) => ({
      wrap: null,
      indent: "  ",
      paragraphGap: false,
      storyGap: r() < 0.7,
      headGap: false,
      headOneLine: true,
      headOnBody: true,
      splitNumbers: false,
      headBlocks: false,
    }),
  },
  {
    // 眼下正值春耕备播关键时 / 期，全市各地抢抓农时，组 — a column as pdftotext gives it
    name: "PDF text, wrapped columns",
    why: "pdftotext of a page's PDF: each column's lines as printed, blank lines between blocks",
    draw: (r) => ({
      wrap: pick([11, 12, 13, 14, 15, 16, 17, 18, 20, 22, 24], r),
      indent: r() < 0.3 ? "　　" : "",
      paragraphGap: false,
      storyGap: r() < 0.8,
      headGap: r() < 0.6,
      headOneLine: false,
      headOnBody: false,
      splitNumbers: r() < 0.5,
      headBlocks: true,
    }),
  },
  {
    // 　　近日，某区召开优化营商环境工作推进会，总结 / 前期工作，… — a reader's copy of the page's text
    name: "page text copied from a reader, wrapped and indented",
    why: "text copied from an e-paper reader: lines as the column wraps them, paragraphs indented",
    draw: (r) => ({
      wrap: pick([18, 20, 22, 24, 26, 28, 30], r),
      indent: "　　",
      paragraphGap: false,
      storyGap: r() < 0.5,
      headGap: r() < 0.5,
      headOneLine: r() < 0.15,
      headOnBody: false,
      splitNumbers: false,
      headBlocks: false,
    }),
  },
];

/** A paper's habits: the form its export takes and where it prints its headlines. */
export interface Habits {
  form: Form;
  headline: "above" | "below";
}

/** Draw a paper's habits: most papers' exports put the head above; some print every head after its story. */
export function habitsOf(r: () => number): Habits {
  const family = pick(FAMILIES, r);
  return { form: { name: family.name, ...family.draw(r) }, headline: r() < 0.3 ? "below" : "above" };
}

/** The same paper's pages as its PDF's text gives them: wrapped columns, the paper's headline habit kept. */
export function pdfTextHabits(h: Habits, r: () => number): Habits {
  const family = FAMILIES.find((f) => f.name === "PDF text, wrapped columns")!;
  return { form: { name: family.name, ...family.draw(r) }, headline: h.headline };
}
