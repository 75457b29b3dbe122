import { furnitureOf } from "../patterns/lines.ts";
import type { Line, Unit } from "../types.ts";

/** Furniture lines: each a unit of its own, of the kind its furniture rule names (other when none does). */
export const furnitureUnitsOf = (run: Line[], why: (l: Line) => string): Unit[] =>
  run.map((l) => ({
    kind: "furniture",
    furniture: furnitureOf(l.text)?.kind ?? "other",
    text: l.text,
    lines: [l.n],
    why: why(l),
  }));
