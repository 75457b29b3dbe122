import { endsOnByline } from "../patterns/byline.ts";
import { endsOnCredit } from "../patterns/caption.ts";
import { splitDateline } from "../patterns/dateline.ts";
import { ITEM_NUMBER, NOTE_OPENING } from "../patterns/heading.ts";
import { ITEM_BULLET } from "../text/bullets.ts";
import { endsSentence } from "../text/marks.ts";
import { printedWidth } from "../text/width.ts";
import type { Line, Unit } from "../types.ts";
import { append } from "../../../archive/array.ts";
import { paragraphOf } from "./paragraph-edges.ts";

/** Ratio under which a sentence-ending line closes its paragraph inside a block. */
const SHORT_LAST_LINE = 0.85;

/** Two lines opened by the same full-width indent, as written: a wrapped paragraph's next line opens at the margin. */
const alikeIndents = (prev: Line, line: Line) =>
  line.indent >= 1 && line.indent === prev.indent && line.raw.startsWith("\u3000");

/**
 * Where a paragraph ends within a run of text lines, each row a sign that `line` opens a new one after
 * `prev`: an indent, a finished line where lines are not wrapped, a short line that ends a sentence, a
 * dateline, an editor's note or a numbered brief.
 */
const NEW_PARAGRAPH: readonly ((prev: Line, line: Line, measure: number, wrapped: boolean) => boolean)[] = [
  // 　　近日，… — the first line indented deeper than the line above
  (prev, line) => line.indent >= 1 && line.indent > prev.indent,
  // 　　…难题。 / 　　据统计，… — a page not wrapped in columns gives a paragraph a line: a finished one ends it
  (prev, _, __, wrapped) => !wrapped && endsSentence(prev.text),
  // 　　…任务。 / 　　会议要求，… — after a finished line, a line opened by full-width spaces as it was: a wrapped
  // paragraph's next line stands at the column's edge, so two alike indents are two paragraphs' first lines
  (prev, line) => alikeIndents(prev, line) && endsSentence(prev.text),
  // …全天开放。 — a sentence ending well short of the column
  (prev, _, measure) => endsSentence(prev.text) && printedWidth(prev.text) < SHORT_LAST_LINE * measure,
  // …的收入。本报记者 乔利峰 摄 — a picture's credit run on after the last sentence ends its caption, however wide
  (prev) => endsOnCredit(prev.text),
  // …功能。本报记者 丁文 / 　　4月26日，… — a byline run on after the last sentence ends its story, where a
  // finished line would end the paragraph (a paragraph a line, or two alike indents)
  (prev, line, _, wrapped) => endsOnByline(prev.text) && (!wrapped || alikeIndents(prev, line)),
  // 本报讯 … — a dateline opens a story
  (_, line) => splitDateline(line.text) !== null,
  // 编者按：… / 2.近日，… / ◆9月27日，… — after a finished sentence
  (prev, line) =>
    endsSentence(prev.text) &&
    (NOTE_OPENING.test(line.text) || ITEM_NUMBER.test(line.text) || ITEM_BULLET.test(line.text)),
];

/** Least share of a page's paragraphs (not standing alone) opening with an indent for it to indent them, and fewest. */
const INDENTED_SHARE = 0.75;
const INDENTED_MIN = 3;

/** Whether a page opens its paragraphs with an indent: most of those not standing alone (a caption's shape) do. */
export function indentsParagraphs(units: readonly Unit[]): boolean {
  let n = 0;
  let indented = 0;
  for (const u of units)
    if (u.kind === "paragraph" && !u.isolated) {
      n++;
      if (u.indented) indented++;
    }
  return n >= INDENTED_MIN && indented >= INDENTED_SHARE * n;
}

/** Text lines to paragraphs, each with its dateline, closing byline or jump taken off (paragraph-edges.ts). */
export function paragraphsOf(
  run: Line[],
  isolated: boolean,
  measure: number,
  why: (l: Line) => string,
  wrapped = true,
): Unit[] {
  const out: Unit[] = [];
  let cur: Line[] = [];
  const flush = () => {
    if (cur.length) append(out, paragraphOf(cur, isolated, why));
    cur = [];
  };
  for (let k = 0; k < run.length; k++) {
    const line = run[k]!;
    const prev = run[k - 1];
    if (prev !== undefined && NEW_PARAGRAPH.some((opens) => opens(prev, line, measure, wrapped))) flush();
    cur.push(line);
  }
  flush();
  return out;
}
