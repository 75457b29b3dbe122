import type { Unit } from "../types.ts";

/** Furniture that only a masthead carries: what stands above the last of these is the nameplate area. */
const MASTHEAD_KINDS = new Set(["masthead", "issue-date", "issue-number", "hotline", "page-label"]);

/** Forms of a paper's name printed in its nameplate: 某某新区报 → 某某新区. */
export function nameplateForms(publicationName: string): string[] {
  const bare = publicationName.replace(/(日报|晚报|都市报|周报|时报|报社|报)$/u, "");
  return [...new Set([publicationName, bare].filter((x) => x.length >= 2))];
}

/**
 * Claim the nameplate area: headings above the masthead's last line (the paper's name, slogans, OCR
 * noise in a logo) and a heading right below it that is the paper's own name are masthead, not stories.
 */
export function claimMasthead(units: Unit[], publicationName: string | null): Unit[] {
  let last = -1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind === "paragraph" || u.kind === "byline" || u.kind === "closing") break;
    if (u.kind === "furniture" && MASTHEAD_KINDS.has(u.furniture)) last = i;
  }
  const forms = publicationName ? nameplateForms(publicationName) : [];
  return units.map((u, i) => {
    // furniture no rule named, standing in the nameplate area, is the nameplate's
    if (u.kind === "furniture" && u.furniture === "other" && i < last)
      return { ...u, furniture: "masthead", why: `${u.why}; inside the masthead` };
    if (u.kind !== "heading") return u;
    if (i < last)
      return {
        kind: "furniture",
        furniture: "masthead",
        text: u.text,
        lines: u.lines,
        why: "heading-like text inside the masthead",
      };
    if (i === last + 1 && last >= 0 && forms.includes(u.text.replace(/\s+/gu, "")))
      return {
        kind: "furniture",
        furniture: "masthead",
        text: u.text,
        lines: u.lines,
        why: "the paper's own name under its masthead",
      };
    return u;
  });
}
