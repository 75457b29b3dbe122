import { printedWidth } from "./text/width.ts";
import { endsSentence } from "./text/marks.ts";
import type { Line, PaperProfile, ProfileHints } from "./types.ts";
import { closeSpacing } from "./lines/letter-spacing.ts";

/** Widest a repeated line can be to count as furniture: repeated running text is a reprint, not furniture. */
const REPEATED_MAX_WIDTH = 20;
/** Fewest pages a line must stand on. */
const MIN_PAGES = 2;
/** Fewest pages a banner stands on: a story's head is printed twice at most (its teaser, its continuation). */
const OFTEN_PAGES = 3;

/** Learn a paper's profile from the lines of its pages. */
export function profileOf(pages: Line[][], hints: ProfileHints = {}): PaperProfile {
  const onPages = new Map<string, number>();
  for (const lines of pages) {
    const seen = new Set<string>();
    for (const l of lines) {
      const t = l.text;
      // furniture-shaped only: short, no sentence or clause marks (a reprinted story's lines are not furniture)
      if (!t || seen.has(t) || printedWidth(t) > REPEATED_MAX_WIDTH || endsSentence(t) || /[，,。；]/u.test(t))
        continue;
      seen.add(t);
      onPages.set(t, (onPages.get(t) ?? 0) + 1);
    }
  }
  return hintedProfile(
    [...onPages].filter(([, n]) => n >= MIN_PAGES && pages.length >= MIN_PAGES).map(([t]) => t),
    hints,
    [...onPages].filter(([, n]) => n >= OFTEN_PAGES).map(([t]) => t),
  );
}

/** A profile from the lines a paper repeats on its pages and an editor's hints (the hinted lines are furniture too). */
export function hintedProfile(
  repeated: Iterable<string>,
  hints: ProfileHints = {},
  often: Iterable<string> = [],
): PaperProfile {
  // read as a page's line is read, so a hint matches the line however its spacing was printed
  const furniture = new Set((hints.furniture ?? []).map((f) => closeSpacing(f.trim())).filter(Boolean));
  return {
    repeated: new Set([...repeated, ...furniture]),
    often: new Set(often),
    furniture,
    headline: hints.headline ?? null,
  };
}

/**
 * What of a profile a page's parse depends on, as a stable digest: the parser asks the profile only
 * whether the page's own lines are repeated ones, so the page's lines that are, and the headline habit.
 * A page added to the paper changes the key only of the pages whose lines it makes repeated (or not).
 */
export function profileKey(p: PaperProfile | null, pageLines: readonly string[]): string {
  if (!p) return "";
  const onPage = [...new Set(pageLines.filter((t) => p.repeated.has(t)))]
    .map((t) => (p.furniture.has(t) ? `hint:${t}` : p.often.has(t) ? `often:${t}` : t))
    .sort();
  return `${p.headline ?? ""}\u0001${onPage.join("\u0001")}`;
}

/** A profile as plain data, to hand to a worker thread. */
export interface PackedProfile {
  repeated: string[];
  often: string[];
  furniture: string[];
  headline: "above" | "below" | null;
}
export const packProfile = (p: PaperProfile): PackedProfile => ({
  repeated: [...p.repeated],
  often: [...p.often],
  furniture: [...p.furniture],
  headline: p.headline,
});
export const unpackProfile = (p: PackedProfile): PaperProfile => ({
  repeated: new Set(p.repeated),
  often: new Set(p.often),
  furniture: new Set(p.furniture),
  headline: p.headline,
});
