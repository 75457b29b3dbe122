import { quotesBalanced } from "../text/brackets.ts";
import { printedWidth } from "../text/width.ts";
import { wordAcross } from "../text/words.ts";
import { COLUMN_LABEL, followsOn, LEADERS_LINE, leadsIn } from "./heading.ts";

/**
 * "Are these two headline lines one title the column broke?" is asked here only, whether the lines stand
 * one under the other (a run of headline lines) or are headings of one group (blank lines between them).
 */

/**
 * A title's first line is the fuller one: a first line under this share of the next is a kicker over it.
 * Measured on the development corpus (npm run eval): 0.8 reads 108 of 118 titles right, 0.7 reads 106 and
 * 0.6 reads 100 (a kicker such as 方便电动汽车出行 over 高速服务区充电桩实现全覆盖 is 0.62 of its title).
 */
export const FIRST_LINE_MIN_SHARE = 0.8;
/**
 * A line one under another more than this many times as wide is a kicker over its title (圆满结束对亚非五国的国事访问 /
 * 李先念主席回到北京); a column breaks a title no further from even (济阳公安开展夏夜治安巡查 / 宣防集中统一行动, 1.5).
 * Measured on the development corpus: 1.5 reads 308 of 357 real-story titles right, against 302 without the bound;
 * 1.25 reads 308 too but breaks a seed's title. (Headings of one group apart, 现代物流网建设 / 加速推进 in a seed, are
 * not bounded: their own width limit tells.)
 */
const FIRST_LINE_MAX_RATIO = 1.5;

/**
 * A first line this short (em) over a second with which it makes a short title is that title's start, however much
 * longer the second is (巨网拉起 / “鱼水双赢”, 2025年度 / “国考”举行): a kicker is seldom so short (a label, 新闻简报,
 * is a column label). Measured
 * on the development corpus: 4 and 12 read 270 of 342 real-story titles right, against 266 without the rule.
 */
const SHORT_FIRST_LINE = 4;
/** (two characters over a title are a label, 短评, not the title's start) */
const SHORTEST_FIRST_LINE = 3;
const SHORT_TITLE_WIDTH = 12;
/**
 * A first line so short over a second that together they make a short title (巨网拉起 / “鱼水双赢”): the paper broke
 * its head there, on a page whose export breaks no line of its own too.
 */
export const shortStart = (a: string, b: string): boolean =>
  !/\s/u.test(a + b) &&
  !/[，,；;]/u.test(a + b) &&
  printedWidth(a) >= SHORTEST_FIRST_LINE &&
  printedWidth(a) <= SHORT_FIRST_LINE &&
  printedWidth(a) + printedWidth(b) <= SHORT_TITLE_WIDTH;

/** Widest a headline wrapped over several lines can be in all (em). */
const WRAPPED_HEADLINE_MAX_WIDTH = 48;
/** Widest two headings of one group can be in all to be one title; wider pairs are a kicker and a title (em). */
const TWO_HEADINGS_MAX_WIDTH = 18;

/**
 * Lines that read as one headline wrapped over several short lines: no clause marks, short in all (a
 * quotation may still be open: the next line can close it).
 */
export function wrappedHeadline(parts: string[], quoteMayRunOn = false): boolean {
  return (
    parts.length <= 4 &&
    parts.reduce((w, p) => w + printedWidth(p), 0) <= WRAPPED_HEADLINE_MAX_WIDTH &&
    !parts.some((p) => /[，,；;]|[：:]$/u.test(p)) &&
    (quoteMayRunOn || quotesBalanced(parts.join("")))
  );
}

/**
 * Whether headline line b goes on with title a: no phrase gaps, no clause marks, no kicker or subtitle mark,
 * no column label, the first line at least nearly as wide as the second and not far wider, and short in all — wrapped headline
 * lines set one under the other (`adjacent`), or two headings of one group. Lines one under the other that a word
 * runs across are one title whatever their widths and gaps.
 */
export function oneTitle(a: string, b: string, adjacent: boolean): boolean {
  // (a word the column cut runs across them, 全省首个智慧农业示范园落 / 成: one title however uneven its lines)
  if (
    adjacent &&
    !/[，,；;]/u.test(a + b) &&
    !leadsIn(a) &&
    !followsOn(b) &&
    !COLUMN_LABEL.test(a) &&
    printedWidth(a) + printedWidth(b) <= WRAPPED_HEADLINE_MAX_WIDTH &&
    wordAcross(a.replace(/\s+/gu, ""), b)
  )
    return true;
  return (
    !/\s/u.test(a + b) &&
    !/[，,；;]/u.test(a + b) &&
    !leadsIn(a) &&
    !followsOn(b) &&
    !LEADERS_LINE.test(b) &&
    !COLUMN_LABEL.test(a) &&
    (printedWidth(a) >= FIRST_LINE_MIN_SHARE * printedWidth(b) || shortStart(a, b)) &&
    (!adjacent || printedWidth(a) <= FIRST_LINE_MAX_RATIO * printedWidth(b)) &&
    printedWidth(a) + printedWidth(b) <= (adjacent ? WRAPPED_HEADLINE_MAX_WIDTH : TWO_HEADINGS_MAX_WIDTH)
  );
}
