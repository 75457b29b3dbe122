// What the site makes of a printed page (a page that came as a PDF): its image at a few widths, in WebP, and the
// PDF itself for download. The 版 page and the image step (./step.ts) both read this plan, so the page's srcset
// names exactly the files the step writes.
import type { Printed } from "../../../archive/schema/index.ts";
import { urls } from "../../../archive/urls.ts";

/**
 * Widths made of every printed page, in CSS pixels of the image: a phone (390 px at 1×), a phone at 2× or the
 * desktop column at 1× (about 600 px), the desktop column at 2×. Wider is not worth its bytes: a page's text is read
 * from the story, not from the picture.
 */
export const WIDTHS = [400, 800, 1200] as const;
/** WebP quality: measured on the corpus pages, 60 keeps body type legible at 1200 px for about 0.3 MB. */
export const QUALITY = 60;
/** The width the img element names as its own (its src), for browsers without srcset. */
export const DEFAULT_WIDTH = 800;

/** The image's height at a width, keeping the page's proportions. */
export const heightAt = (p: Printed, width: number): number => Math.round((width * p.height) / p.width);

/** The srcset of a page's image. */
export const srcsetOf = (pageId: string): string =>
  WIDTHS.map((w) => `${urls.printedImage(pageId, w)} ${w}w`).join(", ");

/** A box of the page (PDF points from its top-left) as CSS percentages of the page's width and height. */
export function boxStyle(p: Printed, box: { x: number; y: number; w: number; h: number }): string {
  const pct = (n: number, of: number) => `${Math.round((n / of) * 100_000) / 1000}%`;
  return `left:${pct(box.x, p.width)};top:${pct(box.y, p.height)};width:${pct(box.w, p.width)};height:${pct(box.h, p.height)}`;
}
