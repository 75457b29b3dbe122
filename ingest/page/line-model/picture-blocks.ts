import { CLOSING_AT_END } from "../patterns/byline.ts";
import { isCreditOnly, PICTURE_CREDIT_END } from "../patterns/caption.ts";
import { PICTURE_LEAD } from "../patterns/lead.ts";
import { joinWrapped } from "../text/join.ts";
import { ENDS_CLAUSE, finished } from "../text/marks.ts";
import { printedWidth } from "../text/width.ts";
import type { Line, LineReading } from "../types.ts";
import { blocksOf } from "./blocks.ts";

/**
 * Blocks (lines between blank lines) a picture set into a column leaves misread: a story's first lines cut by the
 * picture read as a caption, and the picture's story read as text. Each returns the lines to read otherwise
 * (relabel.ts applies them).
 */

/** Most lines a picture's story set apart in a column runs to. */
const PICTURE_IN_COLUMN_MAX_LINES = 14;

/** A line the column cuts mid-sentence: no sentence end, no clause mark, no credit or closing after it. */
export const cutMidSentence = (l: Line): boolean =>
  !finished(l.text) &&
  !ENDS_CLAUSE.test(l.text) &&
  !PICTURE_CREDIT_END.test(l.text.trim()) &&
  !CLOSING_AT_END.test(l.text.trim()) &&
  !isCreditOnly(l.text.trim());

/**
 * A block read as a caption that opens under a head and ends mid-sentence, no credit in it (登记巡回点 / 婚姻囍地标 /
 * (blank) / 3月28日，市民邱先生和王女士从 / … / 我市首个婚姻登记巡回点——奎文 / (blank) / 6月22日，… 晚报 / 记者 朱海龙 摄 /
 * (blank) / 区婚姻登记巡回点启用。…): the story's first lines, its sentence cut by a picture set into the column. Only
 * a paragraph's worth, three lines or more, the last as wide as the first: a caption of a line or two under a picture
 * (图为…) may end with no mark.
 */
export function cutCaptionBlocks(order: readonly LineReading[]): Set<number> {
  const out = new Set<number>();
  for (const { lines: block, before } of blocksOf(order)) {
    const last = block.at(-1)!;
    if (
      before?.label === "headline" &&
      // (a paragraph's lines, the last one running to the column's edge as the first does: a caption of a line or
      // two under a picture, 图为市民在公园内赏花游玩, ends where its words do)
      block.length >= 3 &&
      printedWidth(last.line.text) >= printedWidth(block[0]!.line.text) - 1 &&
      !/^图/u.test(block[0]!.line.text.trim()) &&
      block.every((r) => r.label === "caption" && r.byEditor !== true) &&
      cutMidSentence(last.line) &&
      !block.some((r) => PICTURE_CREDIT_END.test(r.line.text.trim()) || isCreditOnly(r.line.text.trim()))
    )
      for (const r of block) out.add(r.line.n);
  }
  return out;
}

/**
 * A block of its own that opens as a picture's story does and ends on a picture's credit, set after a block whose
 * sentence it cuts (…我市首个婚姻登记巡回点——奎文 / (blank) / 6月22日，周口中心城区… / …的可能。晚报 / 记者 朱海龙 摄 /
 * (blank) / 区婚姻登记巡回点启用。…): a picture story set into the column. The lines of it read as a caption (its
 * lead) are read as its text, so that it is one paragraph ending on its credit, as the mending of cut sentences
 * sets picture stories apart.
 */
export function picturesApart(order: readonly LineReading[]): Set<number> {
  const out = new Set<number>();
  for (const { lines: block, before: host } of blocksOf(order)) {
    const credit = joinWrapped(block.slice(-2).map((r) => r.line.text.trim()));
    if (
      host !== undefined &&
      (host.label === "text" || host.label === "caption") &&
      cutMidSentence(host.line) &&
      block.length <= PICTURE_IN_COLUMN_MAX_LINES &&
      PICTURE_LEAD.test(block[0]!.line.text.trim()) &&
      (PICTURE_CREDIT_END.test(block.at(-1)!.line.text.trim()) || PICTURE_CREDIT_END.test(credit)) &&
      block.every((r) => (r.label === "text" || r.label === "caption") && r.byEditor !== true)
    )
      // (read as one paragraph ending on its credit, as the picture stories the mending of cut sentences sets
      // apart are: a line of it read as a caption would stand in the sentence, and the rest join it; a credit alone
      // on its line keeps its reading)
      for (const r of block) if (r.label === "caption" && !isCreditOnly(r.line.text.trim())) out.add(r.line.n);
  }
  return out;
}
