import { normalise, type Line } from "./normalise.ts";
import { unitsOf } from "./units.ts";
import { claimMasthead } from "./masthead.ts";
import { mendBrokenHeadings, reflow } from "./reflow.ts";
import { dropRepeats } from "./dedupe.ts";
import { layoutOf } from "./segment.ts";
import { assignHeadlines } from "./assign-headlines.ts";
import { assemble, type PageDraft } from "./assemble.ts";
import type { PaperProfile } from "./profile.ts";

/**
 * One page of raw text to article drafts, in the order an editor reads it: lines → units (furniture,
 * bylines, headings, paragraphs) → masthead → reflow cut sentences → drop repeats → story bodies →
 * headlines → articles.
 */
export function parsePage(text: string, publicationName: string | null = null, profile: PaperProfile | null = null): PageDraft & { lines: Line[] } {
  const lines = normalise(text);
  const units = dropRepeats(reflow(mendBrokenHeadings(claimMasthead(unitsOf(lines, profile), publicationName))));
  const layout = layoutOf(units);
  return { ...assemble(layout, assignHeadlines(layout)), lines };
}
