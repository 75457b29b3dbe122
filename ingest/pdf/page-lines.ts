import { normalise } from "../page/lines/normalise.ts";
import type { LayoutEvidence, Line } from "../page/types.ts";
import type { LayoutLine, PageLayout } from "./types.ts";

/**
 * A laid-out PDF page to the parser's lines: the seam where a printed page enters the same stages as a text
 * page (page/stages.ts parseLines). Its 原文 is read as a text page's is (normalise: the raw line kept, the
 * reading text cleaned the same way), and each line carries what the layout says of it; a paragraph's first
 * line is indented as the page sets it, not by spaces.
 */

/** The layout evidence the line model and the parser's stages read, from the PDF layer's. */
export function evidenceOf(l: LayoutLine): LayoutEvidence {
  const e = l.evidence;
  return {
    relSize: e.relSize,
    bold: e.bold,
    family: e.family,
    vertical: e.dir === "vertical",
    block: e.block,
    blockLines: e.blockLines,
    column: e.column,
    span: e.span,
    box: e.box,
    gapAbove: e.gapAbove,
    gapBelow: e.gapBelow,
    ruleAbove: e.ruleAbove,
    ruleBelow: e.ruleBelow,
    letterSpaced: e.letterSpaced,
    picture: e.picture,
    framed: e.framed,
    top: e.top,
    reversed: e.reversed,
  };
}

/** Indents are read to the half em, as text pages count them (a full-width space one, two spaces one). */
const halfEms = (x: number) => Math.max(0, Math.round(x * 2) / 2);

export function linesOfLayout(layout: Pick<PageLayout, "text" | "lines">): Line[] {
  return withLayout(
    layout.text,
    new Map(layout.lines.map((l) => [l.n, { indent: l.evidence.indent, layout: evidenceOf(l) }])),
  );
}

/** A 原文's lines, each line the layout speaks of carrying its evidence and its printed indent. */
export function withLayout(
  text: string,
  byNumber: ReadonlyMap<number, { indent: number; layout: LayoutEvidence }>,
): Line[] {
  return normalise(text).map((line) => {
    const laid = byNumber.get(line.n);
    return laid ? { ...line, indent: halfEms(laid.indent), layout: laid.layout } : line;
  });
}
