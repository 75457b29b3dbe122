/**
 * How one page of raw text is read, stage by stage, in the order an editor reads a page. Each stage is a
 * pure function in a file of its own, with its tests; this list is the whole of the page parser.
 */
import type { Fix } from "../../archive/schema/fix.ts";
import { normalise, type Line } from "./normalise.ts";
import { unitsOf, type Unit } from "./units.ts";
import { claimMasthead } from "./masthead.ts";
import { mendBrokenHeadings, reflow } from "./reflow.ts";
import { dropRepeats } from "./dedupe.ts";
import { layoutOf, type Layout } from "./segment.ts";
import { assignHeadlines, type Assignment } from "./assign-headlines.ts";
import { assemble, type PageDraft } from "./assemble.ts";
import { applyFixes, type FixProblem } from "./apply-fixes.ts";
import type { PaperProfile } from "./profile.ts";
import type { LineLabel } from "./line-model/features.ts";

/** What a page's reading holds as it goes through the stages. */
export interface PageState {
  text: string;
  /** The paper's name when its pages print it: the nameplate is furniture. */
  publicationName: string | null;
  /** The paper's habits, learned from all its pages (profile.ts). */
  profile: PaperProfile | null;
  /** An editor's corrections (page.fix.json). */
  fixes: Fix[];
  lines: Line[];
  units: Unit[];
  layout: Layout | null;
  assignment: Assignment | null;
  draft: PageDraft | null;
  fixProblems: FixProblem[];
}

/** One stage: its name, its file, what it does, and the function. */
export interface Stage {
  name: string;
  file: string;
  does: string;
  run: (s: PageState) => PageState;
}

/** The line labels an editor set (fix.json `label`), by line number. */
export const editorLabelsOf = (fixes: Fix[]): ReadonlyMap<number, LineLabel> =>
  new Map(fixes.flatMap((f) => (f.op === "label" ? [[f.line, f.as] as const] : [])));

/** The page parser, in order. */
export const STAGES: readonly Stage[] = [
  {
    name: "normalise",
    file: "normalise.ts",
    does: "text to lines; extraction spacing (letter-spacing, split numbers) closed, raw lines kept for 原文",
    run: (s) => ({ ...s, lines: normalise(s.text) }),
  },
  {
    name: "read lines",
    file: "units.ts, line-model/",
    does: "the line model labels every line (text, headline, byline, furniture, caption) from features weighed by fitted weights; runs of a label become units",
    run: (s) => ({ ...s, units: unitsOf(s.lines, s.profile, editorLabelsOf(s.fixes)) }),
  },
  {
    name: "masthead",
    file: "masthead.ts",
    does: "the nameplate area and the paper's own name under it are furniture",
    run: (s) => ({ ...s, units: claimMasthead(s.units, s.publicationName) }),
  },
  {
    name: "broken headings",
    file: "reflow.ts",
    does: "a heading-shaped line that starts a paragraph cut by a blank line is text",
    run: (s) => ({ ...s, units: mendBrokenHeadings(s.units) }),
  },
  {
    name: "reflow",
    file: "reflow.ts",
    does: "sentences cut by a column break, a caption or a box are joined; what stood between becomes captions and boxes",
    run: (s) => ({ ...s, units: reflow(s.units) }),
  },
  {
    name: "repeats",
    file: "dedupe.ts",
    does: "text printed twice is dropped once, and kept as a repeat",
    run: (s) => ({ ...s, units: dropRepeats(s.units) }),
  },
  {
    name: "stories",
    file: "segment.ts",
    does: "units to story bodies: datelines, bylines and briefs open stories, closing bylines and furniture close them",
    run: (s) => ({ ...s, layout: layoutOf(s.units) }),
  },
  {
    name: "headlines",
    file: "assign-headlines.ts",
    does: "every story gets its headline from above or below, by a small dynamic programme that follows the page's habit",
    run: (s) => ({ ...s, assignment: assignHeadlines(s.layout!) }),
  },
  {
    name: "articles",
    file: "assemble.ts, headline-group.ts",
    does: "bodies and headlines to articles: column, kicker, title, subtitle, authors, blocks",
    run: (s) => ({ ...s, draft: assemble(s.layout!, s.assignment!) }),
  },
  {
    name: "corrections",
    file: "apply-fixes.ts",
    does: "an editor's splits, merges and headline corrections, recorded on the articles",
    run: (s) => {
      const fixed = applyFixes(s.draft!, s.fixes);
      return { ...s, draft: fixed.page, fixProblems: fixed.problems };
    },
  },
];

/**
 * One page of raw text to article drafts: every stage of STAGES in turn. The paper's name, its profile
 * and an editor's corrections are optional.
 */
export function parsePage(
  text: string,
  publicationName: string | null = null,
  profile: PaperProfile | null = null,
  fixes: Fix[] = [],
): PageDraft & { lines: Line[]; fixProblems: FixProblem[] } {
  const start: PageState = {
    text,
    publicationName,
    profile,
    fixes,
    lines: [],
    units: [],
    layout: null,
    assignment: null,
    draft: null,
    fixProblems: [],
  };
  const end = STAGES.reduce((s, stage) => stage.run(s), start);
  return { ...end.draft!, lines: end.lines, fixProblems: end.fixProblems };
}
