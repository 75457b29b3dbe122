import type { Line } from "../types.ts";
import { splitDateline } from "../patterns/dateline.ts";
import { furnitureOf, openingBylineOf } from "../patterns/lines.ts";

/** What the pattern tables say of a line, worked out once: a line is asked about again as its neighbours' neighbour. */
interface Facts {
  furniture: boolean;
  byline: boolean;
  dateline: boolean;
}
const facts = new WeakMap<Line, Facts>();
function factsOf(l: Line): Facts {
  let f = facts.get(l);
  if (!f) {
    f = {
      furniture: furnitureOf(l.text) !== null,
      byline: openingBylineOf(l.text) !== null,
      dateline: splitDateline(l.text) !== null,
    };
    facts.set(l, f);
  }
  return f;
}

/** A furniture rule names the line. */
export const isFurniture = (l: Line | null): boolean => l !== null && factsOf(l).furniture;
/** The line is an opening byline. */
export const isByline = (l: Line | null): boolean => l !== null && factsOf(l).byline;
/** The line opens with a dateline. */
export const isDateline = (l: Line | null): boolean => l !== null && factsOf(l).dateline;
