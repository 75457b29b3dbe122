import type { LineLabel, PaperProfile } from "../types.ts";
import { bylineRunIn } from "../patterns/byline.ts";
import { PHOTO_CREDIT_END } from "../patterns/caption.ts";
import { FIELD_LINE, NOTE_OPENING } from "../patterns/heading.ts";
import { furnitureOf, openingBylineOf } from "../patterns/lines.ts";
import { TEASER } from "../patterns/furniture.ts";
import { bulletClass } from "../text/bullets.ts";
import { isByline, isDateline } from "./facts.ts";
import type { LineView } from "./views.ts";

/** A brief's own mark at a line's head (■). */
const BRIEF_MARK = new RegExp(`^${bulletClass("brief-only")}`, "u");

/**
 * Labels a line's form rules out, whatever its features score: each row a rule of the trade. A line that
 * opens with a dateline is a story's first line, never its headline, byline or caption.
 */
export const CONSTRAINTS: readonly {
  why: string;
  applies: (v: LineView, profile: PaperProfile | null) => boolean;
  allowed: readonly LineLabel[];
}[] = [
  {
    why: "a line the paper's editor lists as its furniture (hints.furniture) is furniture",
    applies: (v, profile) => profile?.furniture.has(v.line.text) ?? false,
    allowed: ["furniture"],
  },
  { why: "a dateline opens a story's text", applies: (v) => isDateline(v.line), allowed: ["text"] },
  {
    why: "a byline set into the story's first line (本报记者 韩钟昆 解决当前…) opens its text",
    applies: (v) => bylineRunIn(v.line.text) !== null,
    allowed: ["text"],
  },
  {
    why: "an editor's note (编者按：) is the text of the story it introduces",
    applies: (v) => NOTE_OPENING.test(v.line.text),
    allowed: ["text"],
  },
  {
    why: "label–value lines one under another are a notice's contact lines (联系人：… 电话：…)",
    applies: (v) => v.prev !== null && FIELD_LINE.test(v.line.text) && FIELD_LINE.test(v.prev.text),
    allowed: ["text"],
  },
  {
    why: "a line ending in a photographer's credit (… 摄) is a caption",
    applies: (v) => v.line.text.endsWith("摄") && PHOTO_CREDIT_END.test(v.line.text) && v.width <= 80,
    allowed: ["caption"],
  },
  {
    why: "a jump alone on its line (（上接A1版）, （下转第2版）) is the page's furniture",
    applies: (v) => furnitureOf(v.line.text)?.kind === "jump",
    allowed: ["furniture"],
  },
  {
    why: "a teaser for a story on another page, with its page (■古城相依千年水 A3), is the page's furniture",
    applies: (v) => v.width <= 36 && TEASER.test(v.line.text),
    allowed: ["furniture"],
  },
  {
    why: "a line marked ■ with no sentence in it is a brief's headline",
    applies: (v) =>
      BRIEF_MARK.test(v.line.text) &&
      v.width <= 30 &&
      !/[，。；,;]/u.test(v.line.text) &&
      openingBylineOf(v.line.text) === null &&
      !isByline(v.line) &&
      // (■A03、06版 is a teaser's page, the page's furniture)
      furnitureOf(v.line.text) === null,
    allowed: ["headline"],
  },
];

/** The labels a line may take, or null when no rule of the trade bounds it. */
export function allowedLabels(v: LineView, profile: PaperProfile | null = null): readonly LineLabel[] | null {
  for (const c of CONSTRAINTS) if (c.applies(v, profile)) return c.allowed;
  return null;
}
