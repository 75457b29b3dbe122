import { CREDIT_AFTER_TEXT, creditWordNames, isCreditOnly } from "../patterns/caption.ts";
import type { Block } from "../../../archive/schema/block.ts";
import type { Furniture, Unassigned } from "../../../archive/schema/page.ts";
import { namesInByline } from "../patterns/byline.ts";
import { nameAlone } from "../patterns/names.ts";
import { COLUMN_LABEL, HEADLINE_BULLET } from "../patterns/heading.ts";
import { closeCjkGaps } from "../text/marks.ts";
import type { ArticleDraft, Assignment, Heading, Layout, PageDraft, UnitKind } from "../types.ts";
import { append, extent } from "../../../archive/array.ts";
import { type HeadlineFields, headlineFields, stacksOnOneLine } from "./headline-fields.ts";

/** Names alone before 摄 after a caption's last sentence, no role: 。殷小晴 摄, 。王俊祥 李伟 摄. */
const NAME = "(?:[\\p{Script=Han}·]{2,4}|\\p{Script=Han}[ \\u3000]\\p{Script=Han})";
const NAMES_THEN_SHOT = new RegExp(`(?<=[。！？!?”])\\s*(${NAME}(?:\\s+${NAME}){0,2})\\s*摄$`, "u");

/**
 * The photographer's credit run on after a text's last sentence, as a byline reads it (晚报记者 朱海龙 摄, or names
 * alone that read as names: 殷小晴 摄), or null.
 */
function runOnCredit(text: string): string | null {
  const m = CREDIT_AFTER_TEXT.exec(text);
  if (m) return `${m[1]} ${m[2]!.trim()} 摄`;
  const word = creditWordNames(text);
  if (word) return `${word} 摄`;
  const names = NAMES_THEN_SHOT.exec(text)?.[1]?.trim() ?? "";
  const read = namesInByline(names);
  if (read.length > 0 && read.every(nameAlone)) return `${names} 摄`;
  // (names and roles in any order after the last sentence, 。王维俊 本报记者张殿文摄: the credit, if all are names)
  const tail = CREDIT_AFTER_SENTENCE.exec(text)?.[1] ?? "";
  const all = namesInByline(tail);
  return all.length > 0 && all.every(nameAlone) ? tail : null;
}

/** A picture's credit in brackets on a line of its own: （本报记者刘炳友通讯员张嘉仪摄）. */
const BRACKETED_PHOTO_CREDIT = /^[（(][^（）()]{2,40}摄(影)?[）)]$/u;
/** What follows a caption's last sentence when it ends on 摄: the credit, whatever order its names and roles take. */
const CREDIT_AFTER_SENTENCE = /[。！？!?”]\s*([^。！？!?”，,]{2,40}摄(?:影)?(?:报道)?)$/u;

/** The block a story is told by, to infer its title from: its first that is not a credit alone (记者 周凯 摄). */
const told = (blocks: readonly Block[]): Block =>
  blocks.find((b) => !(b.type === "caption" && isCreditOnly(b.text))) ?? blocks[0]!;

/** What a unit is called where the page's review list says why its text belongs to no story. */
const UNIT_NAMES: Record<UnitKind, string> = {
  furniture: "版面信息",
  byline: "署名",
  closing: "文末署名",
  heading: "标题",
  caption: "图片说明",
  box: "框内文字",
  paragraph: "段落",
};

/** Longest display title made from a story's opening words (characters). */
const INFERRED_TITLE_MAX = 20;

/** A display title from a story's opening words, cut at the first clause mark when it comes early. */
export function titleFromOpening(text: string): string {
  const clause = /^(.{6,}?)[，。！？；：,.!?;:]/u.exec(text)?.[1];
  const base =
    clause && [...clause].length <= INFERRED_TITLE_MAX ? clause : [...text].slice(0, INFERRED_TITLE_MAX).join("");
  return base.length < text.length ? `${base}…` : base;
}

const lineSpanOf = (units: { lines: number[] }[]): [number, number] => {
  return extent(units.flatMap((u) => u.lines));
};

/** Put each body and its headline together into an article draft. */
export function assemble(layout: Layout, assignment: Assignment): PageDraft {
  const articles: ArticleDraft[] = [];
  const unassigned: Unassigned[] = layout.stray.map((u) => ({
    text: u.text,
    lines: u.lines,
    reason: `不属于任何报道（${UNIT_NAMES[u.kind]}）`,
  }));
  // each story in print order, with the headline material it took; a picture set into a story's sentence after it
  const stories = layout.bodies.flatMap((body, k) => [
    { body, above: assignment.above[k]!, below: assignment.below[k]! },
    ...layout.inserts.filter((x) => x.after === k).map((x) => ({ body: x.body, above: [], below: [] })),
  ]);
  // (an export that sets every head's stack on one line does so for the heads whose subtitle carries no sign)
  const oneLineStacks = stacksOnOneLine(layout.gaps.flat().map((h) => h.text));
  stories.forEach(({ body, above, below }) => {
    // (a column's label above a story that prints its title below: label and title both)
    const labelOnly = above.length > 0 && above.every((h) => COLUMN_LABEL.test(h.text));
    let headings: Heading[] = labelOnly ? [...above, ...below] : above.length ? above : below;
    if (above.length && below.length && !labelOnly)
      for (const h of below)
        unassigned.push({
          text: h.text,
          lines: h.lines,
          reason: "报道上方已有标题，其下方又有标题文字",
        });
    const blocks: Block[] = [];
    const bylines: string[] = [];
    // credits the text keeps, run on after a sentence: they name authors, and are no bylines of their own
    const credited: string[] = [];
    // credits standing alone over the story's text
    const leadCredits: string[] = [];
    const authors: string[] = [];
    const repeats: ArticleDraft["repeats"] = [];
    let dateline: string | null = null;
    const why: string[] = [];
    for (const u of body.units) {
      switch (u.kind) {
        case "paragraph":
          if (u.dateline) {
            if (dateline === null) dateline = u.dateline;
            else bylines.push(u.dateline); // a second dateline: keep its words with the bylines
          }
          if (u.datelineByline) bylines.push(u.datelineByline);
          if (u.credit) credited.push(u.credit);
          if (u.signed) credited.push(u.signed);
          append(repeats, u.repeats);
          if (u.text) blocks.push({ type: u.note ? "note" : "paragraph", text: closeCjkGaps(u.text), lines: u.lines });
          break;
        case "heading":
          blocks.push({ type: "subhead", text: u.text, lines: u.lines });
          break;
        case "caption":
        case "box": {
          blocks.push({ type: u.kind, text: u.text, lines: u.lines });
          // (a picture story's credit run on after its last sentence names its authors; the text keeps it, so it is
          // no byline of its own: a character is kept in one place)
          const credit = u.kind === "box" && u.picture ? runOnCredit(u.text.replace(/影报道$/u, "")) : null;
          if (credit) credited.push(credit);
          // (a credit alone over the text, 图片新闻 / 记者 刘凯 摄 / 赣南大道…, names a picture story's authors, below)
          if (u.kind === "caption" && isCreditOnly(u.text) && !blocks.some((b) => b.type === "paragraph"))
            leadCredits.push(u.text);
          break;
        }
        case "closing": {
          // （本报记者 刘炳友 通讯员 张嘉仪 摄） under a picture's caption — the caption's credit, printed with it: the
          // text keeps it (a character is kept in one place), and its names are the story's authors
          const caption = blocks.at(-1);
          // (on a line of its own: one run on after a story's last sentence stays its closing byline)
          if (
            caption &&
            caption.type !== "subhead" &&
            u.lines[0]! > caption.lines.at(-1)! &&
            BRACKETED_PHOTO_CREDIT.test(u.text.trim())
          ) {
            caption.text += u.text.trim();
            caption.lines = [...caption.lines, ...u.lines];
            credited.push(u.text);
          } else bylines.push(u.text);
          break;
        }
        case "byline":
          bylines.push(u.text);
          break;
        case "furniture":
          break;
      }
      why.push(`${u.lines[0]}: ${u.kind} — ${u.why}`);
    }
    // (a story that names no one else, its last block ending on a photographer's credit run on, 。晚报记者 朱海龙 摄,
    // is that photographer's, and a series of pictures is all its photographers': the text keeps the credits; a
    // report's picture credits no writer)
    if (bylines.length === 0 && credited.length === 0) {
      const series = blocks.every((b) => b.type === "caption");
      blocks.forEach((b, i) => {
        const runOn = series || i === blocks.length - 1 ? runOnCredit(b.text) : null;
        if (runOn) credited.push(runOn);
      });
    }
    // (a report that names its writers, 本报讯（记者 王蕾）, credits no writer with its lead picture: only a story that
    // names no one else is its photographer's)
    if (bylines.length === 0) append(credited, leadCredits);
    for (const b of [...bylines, ...credited])
      for (const name of namesInByline(b)) if (!authors.includes(name)) authors.push(name);
    if (blocks.length === 0) {
      for (const u of [...headings, ...body.units]) {
        // a paragraph that was only its dateline (本报讯 on a line of its own) keeps it
        const text = u.kind === "paragraph" ? [u.dateline, u.datelineByline, u.text].filter(Boolean).join("") : u.text;
        if (text) unassigned.push({ text, lines: u.lines, reason: "有标题或署名而无正文" });
      }
      return;
    }
    const fields = headlineFieldsOf(headings, layout.wrapped, oneLineStacks);
    const bullet = fields.title ? HEADLINE_BULLET.exec(fields.title) : null;
    const title = bullet
      ? fields.title!.slice(bullet[0].length) || fields.title!
      : (fields.title ?? titleFromOpening(told(blocks).text));
    articles.push({
      mark: bullet && title !== fields.title ? bullet[0].trim() : null,
      title,
      titleInferred: fields.title === null,
      kicker: fields.kicker,
      subtitle: fields.subtitle,
      column: fields.column,
      authors,
      bylines,
      dateline,
      blocks,
      repeats,
      lines: lineSpanOf([...headings, ...body.units]),
      why: [...headings.map((h) => `${h.lines[0]}: headline — ${h.why}`), ...fields.why, ...why],
      edits: [],
    });
    headings = [];
  });
  // headings that found no story
  const assigned = new Set([...assignment.above.flat(), ...assignment.below.flat()]);
  if (layout.bodies.length === 0)
    for (const g of layout.gaps.flat())
      if (!assigned.has(g)) unassigned.push({ text: g.text, lines: g.lines, reason: "本版无正文，标题无所归属" });
  const furniture: Furniture[] = layout.furniture.map((f) => ({ kind: f.furniture, text: f.text, lines: f.lines }));
  return { articles, furniture, unassigned, why: [...layout.why, ...assignment.why] };
}

/**
 * A story's headline fields from its heading lines. An export that sets a story's title and its byline on one line
 * (人行信号灯咋还没人来修   □晚报记者 X) sets there its title, and its subtitle if any: lines over it are its kicker
 * (《人行信号灯“瞎眼”数月》追踪 / 几个月了), whatever their lengths.
 */
function headlineFieldsOf(headings: readonly Heading[], wrapped: boolean, oneLineStacks: boolean): HeadlineFields {
  const last = headings.at(-1);
  if (headings.length > 1 && last?.oneLine === true && !last.printed) {
    const own = headlineFields([last.text], wrapped, true);
    const over = headings.slice(0, -1).map((h) => h.text.trim());
    if (own.title !== null && own.kicker === null && own.column === null)
      return {
        ...own,
        kicker: over.join(" "),
        why: [...own.why, `"${over.join(" | ")}": over the line that carries the title and its byline: kicker`],
      };
  }
  return headlineFields(
    headings.map((h) => h.text),
    wrapped,
    headings.length === 1 && (headings[0]!.oneLine === true || oneLineStacks),
    headings.map((h) => h.printed?.size ?? null),
  );
}
