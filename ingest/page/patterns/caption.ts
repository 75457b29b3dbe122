import { printedWidth } from "../text/width.ts";
import { readsAsNames } from "./names.ts";
/** What photo captions end or start with: 摄, 供图, 图为, ▲ (an arrow pointing at the picture). */
export const CAPTION_MARK =
  /(摄|供图|资料图|图片由.{1,12}提供|（图）|\(图\))$|^(图为|上图|下图|左图|右图|▲|△)|\p{Script=Han}[（(]\s*(前排|后排|中排)?(左|右)[一二三四五六七八九]?(起)?\s*[)）]/u;

/**
 * A line ending in a photographer's credit: 游客在园区采摘草莓。 本报记者 王一 摄, or the credit set between middle
 * dots (…多而不乱。·本报记者金定根摄·, as 嘉兴日报 prints it).
 */
export const PHOTO_CREDIT_END = /(?:[\p{Script=Han}·]{2,4}|\p{Script=Han}\s\p{Script=Han})\s*摄·?$/u;

/**
 * A photographer's or picture's credit ending a caption, run on or on a line of its own: 记者 梁照曾 摄,
 * （本报记者 周伟 通讯员 牟薇 摄）, 王海燕摄, ■ 本报记者 许金松, 记者 王永剑 周彦 文/图, YMG全媒体记者 唐克 摄, a
 * two-character name spaced out to the width of three (郭 郡 摄), the credit after a slash (王军/摄, 图/王军, 摄影：王军).
 */
export const PICTURE_CREDIT_END =
  /((?:[\p{Script=Han}·]{2,4}|\p{Script=Han}\s\p{Script=Han})\s*[/／]?\s*(摄影?|供图|文\/图|图\/文)(报道)?\s*[)）]?|■\s*(本报)?(摄影)?\s*(记者|通讯员)(\s*[\p{Script=Han}·]{2,4}){1,4}|(?<![文\p{Script=Han}])(图|摄影|摄)\s*[/／：:]\s*[\p{Script=Han}·]{2,4}(\s+[\p{Script=Han}·]{2,4}){0,3}\s*[)）]?)·?$/u;
/** A credit standing as a line of its own: what it holds is only roles and names. */
export const CREDIT_ONLY =
  /^[（(■□]?\s*((?:[A-Z]{2,6})?[\p{Script=Han}·\s]{0,20}?(记者|通讯员|摄影)?[\p{Script=Han}·\s]{2,20}([/／]\s*)?(摄影?|供图|文\/图)?|(图|摄影|摄)\s*[/／：:]\s*[\p{Script=Han}·\s]{2,20})\s*[)）]?$/u;

/** A picture's credit on a line of its own: only roles and names, ending on 摄 or a reporter's name (记者 王忠虎 摄). */
export const isCreditOnly = (t: string): boolean =>
  printedWidth(t) <= 30 && CREDIT_ONLY.test(t) && PICTURE_CREDIT_END.test(t);

/**
 * A photographer's credit after a caption's last sentence, with no brackets: 。晚报记者 李伟 摄, 。记者朱海龙摄, 。记者 钟建军
 * 通讯员 丁晓明 王松 摄影报道, 。齐鲁晚报·齐鲁壹点记者 田佳玉 摄影报道.
 */
export const CREDIT_AFTER_TEXT =
  /(?<=[。！？!?”])\s*([\p{Script=Han}·]{0,12}?(?:记者|通讯员))\s*([\p{Script=Han}·\s]{2,30}?)\s*摄(?:影)?(?:报道)?$/u;

/** The credit word, then the names, run on after the last sentence: …迁徙停歇地。摄影：李晓明, 。图/张伟. */
export const CREDIT_WORD_AFTER_TEXT =
  /(?<=[。！？!?”])\s*(?:摄影|摄|图)\s*[：:/／]\s*([\p{Script=Han}·]{2,4}(?:\s+[\p{Script=Han}·]{2,4}){0,3})$/u;

/** A word that names a place or an office, not a person, though it opens with a surname: 高新区, 文旅局, 向阳村. */
const PLACE_OR_OFFICE = /[区县市镇乡村街局委厅处所站馆像口]$/u;

/** The names of a credit word's run on after the last sentence (。摄影：李晓明), when they read as names, or null. */
export function creditWordNames(text: string): string | null {
  const w = CREDIT_WORD_AFTER_TEXT.exec(text);
  return w && w[1]!.split(/\s+/u).every((n) => readsAsNames(n) && !PLACE_OR_OFFICE.test(n)) ? w[1]! : null;
}

/**
 * A line ending on a picture's credit run on after the caption's sentence, what stands before 摄 read as names
 * (…的收入。本报记者 乔利峰 摄, 。记者 张 强 摄), or the credit word first (。摄影：李晓明), not a sentence about a reporter (。记者看到游客拍摄).
 */
export function endsOnCredit(text: string): boolean {
  const m = CREDIT_AFTER_TEXT.exec(text);
  if (!m) return creditWordNames(text) !== null;
  // (a second role among the names, 记者 钟建军 通讯员 丁晓明, names no one)
  const words = m[2]!
    .trim()
    .replace(/^(\p{Script=Han})\s+(\p{Script=Han})$/u, "$1$2")
    .split(/\s+/u)
    .filter((w) => !/^[\p{Script=Han}]{0,4}(记者|通讯员)$/u.test(w));
  return words.every(readsAsNames);
}

/** What a credit's 摄影报道 leaves for the next line when the column breaks it after 摄. */
export const CREDIT_TAIL = /^影?报道$/u;
