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
 * noise in a logo) and the paper's own name below it, over the page's first text, and what stands between are
 * masthead, not stories.
 */
export function claimMasthead(units: Unit[], publicationName: string | null): Unit[] {
  let last = -1;
  let head = units.length; // the units before the page's first text: its head area
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.kind === "paragraph" || u.kind === "byline" || u.kind === "closing") {
      head = i;
      break;
    }
    if (u.kind === "furniture" && MASTHEAD_KINDS.has(u.furniture)) last = i;
  }
  const forms = publicationName ? nameplateForms(publicationName) : [];
  const isName = (u: Unit) => u.kind === "heading" && forms.includes(u.text.replace(/\s+/gu, ""));
  // the paper's own name over the page's first text ends the nameplate area too; what stands between the masthead's
  // furniture and it (a section's name: A03 / 2024年5月20日 星期一 / 社会 / 泰山晚报) is the nameplate's
  const name = last >= 0 ? units.findIndex((u, i) => i > last && i < head && isName(u)) : -1;
  const nameplate = Math.max(last, name);
  return units.map((u, i) => {
    // furniture no rule named, standing in the nameplate area, is the nameplate's
    if (u.kind === "furniture" && u.furniture === "other" && i < nameplate)
      return { ...u, furniture: "masthead", why: `${u.why}; inside the masthead` };
    if (u.kind !== "heading") return u;
    if (i < nameplate)
      return {
        kind: "furniture",
        furniture: "masthead",
        text: u.text,
        lines: u.lines,
        why: "heading-like text inside the masthead",
      };
    if (i === name)
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
