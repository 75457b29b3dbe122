/**
 * How one page is read, stage by stage, in the order an editor reads a page. The stages that change what
 * the page is held as (text → lines → readings → units → bodies → headlines → articles) are called in turn
 * by parseLines; between units and bodies, the passes of UNIT_PASSES each take the units and give them back,
 * one rule each. STAGES lists them all, in order, with the file each lives in: it is the whole of the parser.
 */
import type { Fix } from "../../archive/schema/fix.ts";
import { normalise } from "./lines/normalise.ts";
import { readPage } from "./line-model/model.ts";
import { relabel } from "./line-model/relabel.ts";
import { unitsOf } from "./units/units.ts";
import { claimMasthead } from "./passes/masthead.ts";
import { mendBrokenHeadings } from "./passes/broken-headings.ts";
import { reflow } from "./passes/reflow.ts";
import { gatherScattered } from "./passes/scattered.ts";
import { reuniteDisplacedHeads, splitAtDisplacedHeads } from "./stories/displaced-heads.ts";
import { dropRepeats } from "./passes/repeats.ts";
import { layoutOf } from "./stories/bodies.ts";
import { assignHeadlines } from "./stories/assign-headlines.ts";
import { assemble } from "./stories/assemble.ts";
import { applyFixes } from "./stories/apply-fixes.ts";
import type { Line, LineLabel, PageContext, PaperProfile, ParsedPage, Unit } from "./types.ts";

/** A stage as STAGES lists it: its name, its file and what it does. */
export interface StageInfo {
  name: string;
  file: string;
  does: string;
}

/** A pass over the page's units: units in, units out, one rule. */
export interface UnitPass extends StageInfo {
  run: (units: Unit[], page: PageContext) => Unit[];
}

/** The passes over units, in order: each takes the units and gives them back. */
export const UNIT_PASSES: readonly UnitPass[] = [
  {
    name: "masthead",
    file: "passes/masthead.ts",
    does: "the nameplate area and the paper's own name under it are furniture",
    run: (units, page) => claimMasthead(units, page.publicationName),
  },
  {
    name: "broken headings",
    file: "passes/broken-headings.ts",
    does: "a heading-shaped line that starts a paragraph cut by a blank line is text",
    run: (units) => mendBrokenHeadings(units),
  },
  {
    name: "scattered",
    file: "passes/scattered.ts",
    does: "a sentence cut off by a heading goes on in the first later paragraph that opens mid-sentence (pdftotext's order)",
    run: (units, page) => (page.printed === true ? units : gatherScattered(units)),
  },
  {
    name: "reflow",
    file: "passes/reflow.ts, passes/continuation.ts",
    does: "sentences cut by a column break, a caption or a box are joined; what stood between becomes captions and boxes",
    run: (units, page) => reflow(units, page.printed === true),
  },
  {
    name: "repeats",
    file: "passes/repeats.ts",
    does: "text printed twice is dropped once, and kept as a repeat",
    run: (units) => dropRepeats(units),
  },
];

/** The page parser, in order: the stages that change the page's shape, with the unit passes between. */
export const STAGES: readonly StageInfo[] = [
  {
    name: "lines",
    file: "lines/normalise.ts, lines/letter-spacing.ts",
    does: "text to lines; extraction spacing (letter-spacing, split numbers) closed, raw lines kept for 原文",
  },
  {
    name: "read lines",
    file: "line-model/",
    does: "the line model labels every line (text, headline, byline, furniture, caption) from features weighed by fitted weights",
  },
  {
    name: "relabel",
    file: "line-model/relabel.ts",
    does: "labels a line cannot have beside its neighbours' changed: a name under a head is a byline, a head's middle line a head",
  },
  {
    name: "units",
    file: "units/",
    does: "labelled lines to units, block by block, by the rules of RUN_READERS: closing bylines, headings, captions, paragraphs",
  },
  ...UNIT_PASSES,
  {
    name: "stories",
    file: "stories/bodies.ts",
    does: "units to story bodies: datelines, bylines, briefs and a paragraph sharing no words with the story above open stories, closing bylines and furniture close them",
  },
  {
    name: "displaced heads: bodies",
    file: "stories/displaced-heads.ts",
    does: "a body whose stack of heads parts into two, its text going on after a blank line with the first part's words, is two stories (text pages: pdftotext prints heads set side by side in a row)",
  },
  {
    name: "headlines",
    file: "stories/assign-headlines.ts",
    does: "every story gets its headline from above or below, by a small dynamic programme that follows the page's habit",
  },
  {
    name: "displaced heads: headlines",
    file: "stories/displaced-heads.ts",
    does: "a story left headless takes the part of another story's stack of heads whose words are its own (text pages: pdftotext prints heads set side by side in a row)",
  },
  {
    name: "articles",
    file: "stories/assemble.ts, stories/headline-fields.ts",
    does: "bodies and headlines to articles: column, kicker, title, subtitle, authors, blocks",
  },
  {
    name: "corrections",
    file: "stories/apply-fixes.ts",
    does: "an editor's splits, merges and headline corrections, recorded on the articles",
  },
];

/** The line labels an editor set (fix.json `label`), by line number. */
export const editorLabelsOf = (fixes: readonly Fix[]): ReadonlyMap<number, LineLabel> =>
  new Map(fixes.flatMap((f) => (f.op === "label" ? [[f.line, f.as] as const] : [])));

/** What a page is read against: its paper's name, the paper's profile and an editor's corrections. */
export function pageContext(
  publicationName: string | null = null,
  profile: PaperProfile | null = null,
  fixes: readonly Fix[] = [],
): PageContext {
  return { publicationName, profile, fixes, editorLabels: editorLabelsOf(fixes) };
}

/**
 * A page's lines to article drafts, every stage in turn. A text page's lines come from normalise; a PDF
 * page's lines come from its layout, each carrying its layout evidence (Line.layout), and enter here.
 */
export function parseLines(lines: Line[], context: PageContext): ParsedPage {
  const page: PageContext = { ...context, printed: lines.some((l) => l.layout !== undefined) };
  const read = relabel(readPage(lines, page.profile, page.editorLabels), page.profile);
  const units = UNIT_PASSES.reduce((u, pass) => pass.run(u, page), unitsOf(read));
  const laid = layoutOf(units, read.wrapped, page.printed === true);
  const layout = page.printed === true ? laid : splitAtDisplacedHeads(laid);
  const assigned = assignHeadlines(layout, page.profile?.headline ?? null, page.printed === true);
  // (a printed page read in reading order sets every head over its story)
  const draft = assemble(layout, page.printed === true ? assigned : reuniteDisplacedHeads(layout, assigned));
  const fixed = applyFixes(draft, page.fixes, lines);
  return { ...fixed.page, lines, fixProblems: fixed.problems };
}

/**
 * One page of raw text to article drafts. The paper's name, its profile and an editor's corrections are
 * optional.
 */
export function parsePage(
  text: string,
  publicationName: string | null = null,
  profile: PaperProfile | null = null,
  fixes: Fix[] = [],
): ParsedPage {
  return parseLines(normalise(text), pageContext(publicationName, profile, fixes));
}
