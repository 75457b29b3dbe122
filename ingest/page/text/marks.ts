import { nameAlone } from "../patterns/names.ts";
/**
 * Punctuation marks and what they tell of a text: whether it ends a sentence, whether it opens inside one,
 * where its sentences end.
 */

/** Marks that end a sentence: a paragraph whose last mark is one of these is complete. */
const SENTENCE_MARKS = new Set("。！？!?…；;");
/** Quotes and brackets a sentence may close after its mark: …。” */
const CLOSERS = new Set('"”’」』）)');

/** Characters that cannot open a sentence, so a paragraph starting with one continues the one before. */
export const CONTINUATION_START = /^[的之等，,、。；;：:！？!?）)”」』》〉%％]/u;

/** Whether a paragraph reads as finished at its end. */
export function endsSentence(text: string): boolean {
  // read from the end only: a regular expression anchored at $ would scan the whole line on every call
  const t = text.trimEnd();
  if (t.endsWith("——")) return true;
  let i = t.length;
  while (i > 0 && CLOSERS.has(t[i - 1]!)) i--;
  return i > 0 && SENTENCE_MARKS.has(t[i - 1]!);
}

/** A sentence: text up to its closing marks (and the quotes or brackets closed after them), or to the end. */
const SENTENCE = /[^。！？!?；;]+(?:[。！？!?；;]+["”’」』）)]*|$)/gu;

/** Split text into sentences, keeping each sentence's closing marks. */
export function sentences(text: string): string[] {
  return text.match(SENTENCE)?.filter((s) => s.trim()) ?? [];
}

/** The first sentence of a text (sentences(text)[0]) without splitting the rest of it. */
export function firstSentence(text: string): string | undefined {
  const re = new RegExp(SENTENCE);
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) return m[0];
  return undefined;
}

/** Remove column-wrap spaces that a PDF extraction left between two CJK characters or marks. */
export function closeCjkGaps(text: string): string {
  return text.replace(
    /(?<=[\p{Script=Han}，。、；：！？“”「」（）《》…—])[ \t\u3000]+(?=[\p{Script=Han}，。、；：！？“”「」（）《》…—])/gu,
    "",
  );
}

/** Full-width and CJK marks: 。，、；：！？“”‘’（）《》【】…—· and the full-width forms block (a code point). */
export const isCjkMark = (c: number): boolean =>
  (c >= 0x3000 && c <= 0x303f) ||
  (c >= 0xff01 && c <= 0xff65) ||
  c === 0x201c ||
  c === 0x201d ||
  c === 0x2018 ||
  c === 0x2019 ||
  c === 0x2026 ||
  c === 0x2014 ||
  c === 0x00b7;

/** A text ending on an ellipsis (a list left open, as kickers lead into their title), quotes closed after it. */
export const ENDS_ELLIPSIS = /(…|\.\.\.)["”’」』）)]*$/u;

/** A text ending on a clause mark (，、；): the sentence runs on. */
export const ENDS_CLAUSE = /[，,、；;]$/u;

/**
 * The source a story is taken from, after its last sentence: 。据新华社, 。据央视, 。新华社发, （新华社）, （新华 文/图）,
 * （来源：大众日报）, 来源：大众日报. The story ends there as at a sentence's end.
 */
const SOURCE = String.raw`(据[\p{Script=Han}]{2,8}(报道|消息)?|(本报)?综合[\p{Script=Han}、·]{2,20}(报道|消息)|(新华社|中新社|[\p{Script=Han}]{2,6}(社|网|台))[电发]|[（(]\s*((据|来源[:：]|综合)\s*[\p{Script=Han}、]{2,16}|[\p{Script=Han}、]{0,12}(社|日报|晚报|报|网|台|新闻)|新华)(\s*文\s*[/／]\s*图)?\s*[)）]|来源[:：]\s*[\p{Script=Han}、]{2,16})`;
export const SOURCE_END = new RegExp(String.raw`[。！？”]\s*${SOURCE}$`, "u");
/** The source credited on a line of its own under the story's last sentence: 据新华社, 据央视, 新华社发. */
export const SOURCE_ALONE = new RegExp(`^${SOURCE}$`, "u");

/** Writers' names alone, two or more spaced apart, after the last sentence: 。”王某海 耿某清. */
const NAMES_END = /[。！？!?”]\s*([\p{Script=Han}·]{2,3}(?:[ \u3000]+[\p{Script=Han}·]{2,3}){1,3})$/u;
/** The text ends on its writers' names run on after its last sentence, each a name by its surname (not 。读者 王丽). */
function endsOnNames(text: string): boolean {
  const m = NAMES_END.exec(text);
  return m !== null && m[1]!.split(/[ \u3000]+/u).every(nameAlone);
}

/** A story's text that is finished: it ends a sentence, or the source or the writers' names after its last one. */
export const finished = (text: string): boolean => endsSentence(text) || SOURCE_END.test(text) || endsOnNames(text);
