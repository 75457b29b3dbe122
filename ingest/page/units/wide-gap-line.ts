import { bulletClass } from "../text/bullets.ts";
import { openingBylineOf } from "../patterns/lines.ts";
import { splitDateline } from "../patterns/dateline.ts";
import { headlineLike } from "../patterns/heading.ts";
import { printedWidth } from "../text/width.ts";
import { LEAD_OPENING } from "../patterns/lead.ts";
import type { Line, Unit } from "../types.ts";
import type { RunReader } from "./block.ts";
import { paragraphOf } from "./paragraph-edges.ts";
import { mayBeName } from "../patterns/names.ts";

/** A byline's mark before a name (◎吕向阳, □ 王彪). */
const BYLINE_MARK = new RegExp(`^${bulletClass("byline")}\\s*`, "u");
/** A gap wide enough to part what a text export set side by side on one line: three spaces, or two full-width. */
const WIDE_GAP = / {3,}|\u3000{2,}/u;
/** Narrowest a part can be to be a paragraph rather than a head's phrase (em). */
const PARAGRAPH_MIN_WIDTH = 16;

type Part = "heading" | "byline" | "paragraph";

/** What one part of a line stands for: a byline, a paragraph (a dateline, or finished sentences), or a head. */
function partOf(text: string): Part | null {
  if (openingBylineOf(text) !== null) return "byline";
  // (a short first sentence counts when it opens as a lead does: 1月26日，春运大幕开启。)
  if (
    splitDateline(text) !== null ||
    (/[。！？]/u.test(text) && (printedWidth(text) >= PARAGRAPH_MIN_WIDTH || LEAD_OPENING.test(text)))
  )
    return "paragraph";
  return headlineLike(text) || headWithSubtitle(text) ? "heading" : null;
}

/** Widest a head with its subtitle beside it can be on one line (em). */
const HEAD_LINE_MAX_WIDTH = 90;
/** A title with its subtitle beside it, apart by a space: no finished sentence, the title head-shaped. */
const headWithSubtitle = (text: string) =>
  printedWidth(text) <= HEAD_LINE_MAX_WIDTH && !/[。！？]/u.test(text) && headlineLike(text.split(/\s/u)[0]!);

/**
 * A head set on one line with what follows it, wide gaps between (an index page, or an export that sets title,
 * subtitle and byline side by side): 新区老干部情况通报会召开 孙永红出席并讲话   □记者 X 报道   本报7月25日讯 …,
 * 老家的柿子树   赵明远.
 * Each part is read for what it is: the head, the byline, the story's first paragraph.
 */
export const wideGapLine: RunReader = {
  name: "head and text on one line",
  does: "a line whose head, byline and first paragraph stand apart by wide gaps is read part by part",
  anywhere: true,
  read: (block, at) => {
    const l = block.lines[at]!;
    if (!WIDE_GAP.test(l.text)) return null;
    const texts = l.text.split(WIDE_GAP).filter(Boolean);
    // (a name alone after the head is its writer's, a byline's mark before it or none: 老家的柿子树   赵明远,
    // 金鸡报晓正当时   ◎吕向阳)
    const parts = texts.map((t, k) => (k > 0 && mayBeName(t.replace(BYLINE_MARK, "")) ? "byline" : partOf(t)));
    if (
      texts.length < 2 ||
      parts[0] !== "heading" ||
      parts.some((p) => p === null) ||
      !parts.some((p) => p !== "heading")
    )
      return null;
    const why = `${block.why(l)}; parts of one line apart by wide gaps`;
    const units: Unit[] = [];
    texts.forEach((text, k) => {
      const part = parts[k]!;
      if (part === "heading")
        units.push({ kind: "heading", text, parts: [text], lines: [l.n], why: `${why}: head`, oneLine: true });
      else if (part === "byline") units.push({ kind: "byline", text, lines: [l.n], why: `${why}: byline` });
      else {
        const line: Line = { n: l.n, raw: text, text, indent: 0 };
        for (const u of paragraphOf([line], false, () => `${why}: the story's first paragraph`)) units.push(u);
      }
    });
    return { units, taken: 1 };
  },
};
