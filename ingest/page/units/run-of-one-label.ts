import { joinWrapped } from "../text/join.ts";
import type { Line, LineLabel, Unit } from "../types.ts";
import { runFrom, type LineBlock, type RunReader } from "./block.ts";
import { bylinesOf } from "./byline-units.ts";
import { furnitureUnitsOf } from "./furniture-units.ts";
import { headingsOf } from "./heading-units.ts";
import { paragraphsOf } from "./paragraphs.ts";

/** What a run of lines of one label makes: one row per label. */
const MAKERS: Record<LineLabel, (run: Line[], block: LineBlock, before: readonly Unit[]) => Unit[]> = {
  furniture: (run, block) => furnitureUnitsOf(run, block.why),
  byline: (run, block, before) => {
    // (a byline opening its block, with the block's text after it: set over that text, not under the text above)
    const after = block.lines[block.lines.indexOf(run.at(-1)!) + 1];
    const opensText = block.lines[0] === run[0] && after !== undefined && block.label(after) === "text";
    return bylinesOf(run, before, block.why, opensText);
  },
  // a caption the column wrapped is one caption
  caption: (run, block) => [
    { kind: "caption", text: joinWrapped(run.map((l) => l.text)), lines: run.map((l) => l.n), why: block.why(run[0]!) },
  ],
  headline: (run, block) => headingsOf(run, block.why, block.wrapped),
  text: (run, block) => paragraphsOf(run, block.lines.length === 1, block.measure, block.why, block.wrapped),
};

/** The lines that share a label, read into units as that label makes them, up to a line `anywhere` rules read. */
export const runOfOneLabel = (anywhere: readonly RunReader[]): RunReader => ({
  name: "runs of one label",
  does: "furniture lines, bylines (opening and closing), headings (a wrapped title is one), captions, paragraphs",
  read: (block, at, before) => {
    const run = runFrom(block, at, (j) => anywhere.some((r) => r.read(block, j, before) !== null));
    return { units: MAKERS[block.label(run[0]!)](run, block, before), taken: run.length };
  },
});
