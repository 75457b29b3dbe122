import { unionOf } from "./glyphs.ts";
import type { Glyph, GlyphRun, Overprint } from "./types.ts";

/**
 * How close two copies of a character must stand to be one printed twice, as a share of the type size: PDFs
 * embolden type by drawing it again a hair's breadth off (fake bold), or draw a title twice (fill, then an
 * outline); a character repeated in the text stands at least a character's width away.
 */
const SAME_SPOT = 0.3;

const centre = (g: Glyph) => [g.box.x + g.box.w / 2, g.box.y + g.box.h / 2] as const;

/**
 * Glyphs printed twice on one spot dropped once and recorded: nothing is lost, a dropped glyph is a recorded
 * overprint naming the run it repeats. Runs left with no glyph are gone (their text is in the overprints).
 */
export function dropOverprints(runs: readonly GlyphRun[]): { runs: GlyphRun[]; overprints: Overprint[] } {
  // kept glyphs by character, with the run each belongs to
  const kept = new Map<string, { g: Glyph; run: number }[]>();
  const out: GlyphRun[] = [];
  const overprints: Overprint[] = [];
  for (const run of runs) {
    const keep: Glyph[] = [];
    let dropped: { glyphs: Glyph[]; of: number } | null = null;
    const close = () => {
      if (dropped)
        overprints.push({
          text: dropped.glyphs.map((g) => g.ch).join(""),
          run: run.id,
          of: dropped.of,
          box: unionOf(dropped.glyphs.map((g) => g.box)),
        });
      dropped = null;
    };
    for (const g of run.glyphs) {
      const [cx, cy] = centre(g);
      const tolerance = SAME_SPOT * run.size;
      const twin = kept.get(g.ch)?.find((k) => {
        const [kx, ky] = centre(k.g);
        return Math.abs(kx - cx) <= tolerance && Math.abs(ky - cy) <= tolerance;
      });
      if (twin) {
        if (dropped && dropped.of !== twin.run) close();
        dropped ??= { glyphs: [], of: twin.run };
        dropped.glyphs.push(g);
        continue;
      }
      close();
      keep.push(g);
      const list = kept.get(g.ch);
      if (list) list.push({ g, run: run.id });
      else kept.set(g.ch, [{ g, run: run.id }]);
    }
    close();
    if (keep.length === run.glyphs.length) out.push(run);
    else if (keep.length > 0)
      out.push({ ...run, glyphs: keep, text: keep.map((g) => g.ch).join(""), box: unionOf(keep.map((g) => g.box)) });
  }
  return { runs: out, overprints };
}
