import { AUTHOR_NAME_LINE, AUTHOR_NOTE_MAX_LINES, closingLineReason, wrappedClosingLines } from "../patterns/byline.ts";
import { bylineWithSource, filedByline } from "../patterns/lines.ts";
import { append } from "../../../archive/array.ts";
import { paragraphOf } from "./paragraph-edges.ts";
import type { Line, Unit } from "../types.ts";

/** The reporters' byline with its source in brackets, after the text: a closing. */
const sourced = (text: string): string | null =>
  bylineWithSource(text) ? "the reporters' byline and, in brackets, the source the story was taken from" : null;

/**
 * Byline lines: opening bylines over two lines are one; a closing form after text closes the story, unless the
 * byline is a name alone opening a block of text (a blank line above it, its story's text right under it).
 */
export function bylinesOf(run: Line[], before: readonly Unit[], why: (l: Line) => string, opensText = false): Unit[] {
  const out: Unit[] = [];
  for (let i = 0; i < run.length; i++) {
    const l = run[i]!;
    const closing = opensText && AUTHOR_NAME_LINE.test(l.text) ? null : (closingLineReason(l.text) ?? sourced(l.text));
    const prev = out.at(-1) ?? before.at(-1);
    const afterText = prev?.kind === "paragraph" || prev?.kind === "caption";
    // an author's note, or names in brackets, the column wrapped over lines is one closing byline
    const note = afterText ? wrappedClosingLines(run.slice(i, i + AUTHOR_NOTE_MAX_LINES).map((x) => x.text)) : 0;
    if (note >= 2) {
      const lines = run.slice(i, i + note);
      out.push({
        kind: "closing",
        text: lines.map((x) => x.text.trim()).join(""),
        lines: lines.map((x) => x.n),
        why: `${why(l)}; a closing in brackets, wrapped over ${note} lines`,
      });
      i += note - 1;
      continue;
    }
    if (closing && afterText) {
      out.push({ kind: "closing", text: l.text, lines: [l.n], why: `${why(l)}; ${closing}` });
      continue;
    }
    // (本报特派记者 郭静 张洪波 3月7日发自北京: its dateline's words are the text's, as a dateline's are)
    if (!closing && filedByline(l.text)) {
      append(out, paragraphOf([l], false, why));
      continue;
    }
    const last = out.at(-1);
    // a byline printed over two lines (记者 X / 通讯员 Y 报道) is one byline
    if (last?.kind === "byline" && last.lines.at(-1) === l.n - 1) {
      last.text += ` ${l.text}`;
      last.lines.push(l.n);
    } else out.push({ kind: "byline", text: l.text, lines: [l.n], why: why(l) });
  }
  return out;
}
