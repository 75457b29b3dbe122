import { normalise, type Line } from "./normalise.ts";
import { unitsOf } from "./units.ts";
import { claimMasthead } from "./masthead.ts";
import { mendBrokenHeadings, reflow } from "./reflow.ts";
import { dropRepeats } from "./dedupe.ts";
import { layoutOf } from "./segment.ts";
import { assignHeadlines } from "./assign-headlines.ts";
import { assemble, type PageDraft } from "./assemble.ts";
import type { PaperProfile } from "./profile.ts";
import type { Fix } from "../../src/lib/schema/fix.ts";
import { applyFixes, type FixProblem } from "./apply-fixes.ts";

/**
 * One page of raw text to article drafts, in the order an editor reads it: lines → units (furniture,
 * bylines, headings, paragraphs) → masthead → reflow cut sentences → drop repeats → story bodies →
 * headlines → articles.
 */
export function parsePage(text: string, publicationName: string | null = null, profile: PaperProfile | null = null, fixes: Fix[] = []): PageDraft & { lines: Line[]; fixProblems: FixProblem[] } {
  const lines = normalise(text);
  const labels = new Map(fixes.flatMap((f) => (f.op === "label" ? [[f.line, f.as] as const] : [])));
  const units = dropRepeats(reflow(mendBrokenHeadings(claimMasthead(unitsOf(lines, profile, labels), publicationName))));
  const layout = layoutOf(units);
  const fixed = applyFixes(assemble(layout, assignHeadlines(layout)), fixes);
  return { ...fixed.page, lines, fixProblems: fixed.problems };
}
