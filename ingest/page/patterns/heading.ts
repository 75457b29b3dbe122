import { quotesBalanced } from "../text/brackets.ts";
import { bulletClass } from "../text/bullets.ts";
import { printedWidth } from "../text/width.ts";

/** Widest line (in em) a headline line can be; body text in one-paragraph-per-line pages is far wider. */
export const HEADLINE_MAX_WIDTH = 40;

/** Label–value lines (联系人：王老师, 电话：…) are the text of a notice, not headlines. */
export const FIELD_LINE =
  /^[\p{Script=Han}]{0,4}(联系人|电话|手机|地址|邮箱|传真|网址|微信|邮编|时间|地点|方式)\s*[:：]/u;

/**
 * A 副题 naming who spoke, chaired or attended (X讲话 Y主持 Z出席): the form of a meeting's subtitle, under its
 * title or beside it. A line saying what a body did (福建省人大开展百村调研) names no one: it is a title.
 */
export const LEADERS_LINE =
  /^(?!.*(开展|进行|组织|举行|举办|深入|前往|集体|专题))[\p{Script=Han}、，\s·]{2,}?(讲话|主持|出席|参加|致辞|陪同|会见|参观|看望|调研|迎接|送行|作.{0,10}报告)([\p{Script=Han}、，\s·]*(讲话|主持|出席|参加|致辞|陪同|会见|参观|看望|调研|迎接|送行|报告))*(活动|讨论|座谈|审议)?$/u;
/** A headline never ends on a clause or sentence mark (it may end on ！？ or a closing quote). */
const ENDS_LIKE_TEXT = /[，,、；;。.]$/u;

/** Editors' notes and similar labels that open a paragraph. */
export const NOTE_OPENING = /^(编者按|编者的话|编后语?|编辑手记|记者手记)\s*[:：]/u;

/** Labels that open a side box (链接：, 背景：, 小贴士…): such a paragraph is inserted material. */
export const BOX_LABEL = /^(相关)?(链接|背景|小贴士|延伸阅读|名词解释|资料|数据|知多少)\s*[:：]/u;

/**
 * Column, genre and special-edition labels printed over a headline group (特别策划, 专题报道, 新闻简报, 现场特写…):
 * a section's name, never a story's title. A label is short: a longer line ending on 聚焦 or 关注 is a title's first
 * line (全省各地党报记者聚焦 / 乡村振兴采访活动举行).
 */
export const COLUMN_LABEL =
  /^\S{0,6}(特别策划|特别报道|专题报道|系列报道|特刊|专刊|专栏|策划|聚焦|关注|观察|纵深|深读)$|^(简讯|快讯|短讯|速览|资讯|一周要闻|(新闻|要闻|本地|国内|国际)?(简报|简讯|速递|速览|短波|集锦)|简明新闻|图片(新闻|报道|故事)|现场(特写|直击)|新闻(特写|链接|背景)|短评|快评|时评|微评|社评|社论|述评)$/u;

/** A bullet printed before a brief's headline (■ 某某): kept apart from the title. */
export const HEADLINE_BULLET = new RegExp(`^${bulletClass("headline")}\\s*`, "u");

/**
 * A heading that leads into the next: a kicker (…：, …, a dash, 热线电话收到外地游客来信——, or who said it:
 * 市领导调研乡村振兴工作时强调).
 */
export const leadsIn = (t: string): boolean => /[：:]$|……$|…$|(——|—)$|(时|中)?(强调|指出|表示|要求|寄语)$/u.test(t);
/** A heading that follows on from the one above: a subtitle (——…). */
export const followsOn = (t: string): boolean => /^(——|—|－－)/u.test(t);

/** A numbered brief's number at the head of a paragraph: 1. / 2、 (not a decimal: 1.5亿). */
export const ITEM_NUMBER = /^\d{1,2}[.．、](?!\d)/u;
/** An ordinal opening a line: 一、 （二） 3. — a subhead or a numbered item. */
export const ORDINAL = /^([一二三四五六七八九十]+[、是：:]|（[一二三四五六七八九十]+）|\d{1,2}[、.．](?!\d))/u;

/** The phrases of a line set with spaces between them (向高而攀走在前 向新而进挑大梁). */
const phrases = (t: string) => t.split(/\s+/u).filter(Boolean);

/** Two phrases side by side with a space between, each four characters or more: two headlines on one line. */
export function twoHeadlinesSideBySide(t: string): boolean {
  const parts = phrases(t);
  return parts.length === 2 && parts.every((p) => [...p].length >= 4 && !/[，,。；;]/u.test(p));
}

/**
 * Two or more phrases of four characters or more side by side, none a role or a clause: headline-shaped
 * phrases set next to each other (the line model's `twoHeadlines` feature; a byline's names are not).
 */
export function headlinePhrasesSideBySide(t: string): boolean {
  const parts = phrases(t);
  return (
    parts.length >= 2 && parts.every((p) => [...p].length >= 4 && !/[，。；,;]/u.test(p) && !/记者|通讯员/u.test(p))
  );
}

/** Whether one line could be a headline, judged on its own (partOfRun: one line of a headline wrapped over several). */
export function headlineLike(text: string, partOfRun = false): boolean {
  const t = text.trim();
  const w = printedWidth(t);
  if (w < 2 || w > HEADLINE_MAX_WIDTH) return false;
  if (ENDS_LIKE_TEXT.test(t) || FIELD_LINE.test(t)) return false;
  if (/^[，,、。；;：:）)”」』》]/u.test(t)) return false; // starts inside a sentence
  if (/[。；;]./u.test(t)) return false; // holds a finished sentence
  if (!/\p{Script=Han}.*\p{Script=Han}/u.test(t)) return false;
  if ((t.match(/[，,]/gu)?.length ?? 0) > 1) return false; // two clauses or more: running text
  if (!partOfRun && !quotesBalanced(t)) return false; // a quotation left open runs on into the next line
  return true;
}

/** A label over pictures: 图片新闻, 图片报道, 图片故事. */
export const PICTURE_LABEL = /^图片/u;
