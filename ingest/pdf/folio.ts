import type { PdfLine } from "./types.ts";

/**
 * The page number a page prints (版次), read from the lines at its top and bottom edges. The first row whose
 * pattern a line there matches gives it; a page that prints none (many front pages) has none.
 */
const FOLIO: readonly { pattern: RegExp; big: boolean; example: string; why: string }[] = [
  {
    pattern: /第\s*([A-Z]?\d{1,3})\s*版/u,
    big: false,
    example: "2024年6月4日 星期二 第A06版",
    why: "the page number spelt out",
  },
  {
    pattern: /^([A-Z]?\d{1,3})\s*[\p{Script=Han}·]{2,6}$/u,
    big: true,
    example: "7 理论",
    why: "a large page number beside the page's name, as section pages print it at the top corner",
  },
  { pattern: /^([A-Z]?\d{1,3})$/u, big: true, example: "A06", why: "a large page number standing alone in a corner" },
];

/** Lines within this share of the page's height from its top or bottom edge. */
const EDGE = 0.1;
/** A page number standing alone is set at least this much larger than the body. */
const BIG = 1.5;

export function folioOf(lines: readonly PdfLine[], pageHeight: number, bodySize: number): string | null {
  const edge = lines.filter((l) => l.box.y < EDGE * pageHeight || l.box.y + l.box.h > (1 - EDGE) * pageHeight);
  for (const row of FOLIO)
    for (const l of edge) {
      if (row.big && l.size < BIG * bodySize) continue;
      const m = row.pattern.exec(l.text);
      if (m) return m[1]!;
    }
  return null;
}
