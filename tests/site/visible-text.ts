import { readdirSync } from "node:fs";
import { join } from "node:path";

/** Every built HTML file under a folder. */
export const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith(".html") ? [join(dir, e.name)] : [],
  );

/** Elements that start a new line of text. */
const BLOCK =
  /<\/?(?:p|li|div|h[1-6]|dd|dt|td|th|tr|figcaption|summary|caption|section|nav|header|footer|aside|ul|ol|dl|table|br|blockquote|pre|main|article|figure|form|label)\b[^>]*>/giu;

/**
 * What a reader sees of a page as lines of text: head, scripts, hidden elements and (unless kept) the 原文 view left
 * out; code (the data page's field names) left out too, as what it is, not words.
 */
export function visibleText(html: string, { raw = false, code = false } = {}): string {
  let body = html.includes("<body") ? html.slice(html.indexOf("<body")) : html;
  body = body.replace(/<script\b[\s\S]*?<\/script>/giu, "").replace(/<div hidden[^>]*>[\s\S]*?<\/div>/giu, "");
  if (!raw) body = body.replace(/<details class="raw-view"[\s\S]*?<\/details>/giu, "");
  if (!code) body = body.replace(/<code\b[\s\S]*?<\/code>/giu, "");
  return body
    .replace(BLOCK, "\n")
    .replace(/<[^>]+>/gu, "")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">")
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, "&")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join("\n");
}

/** The article links of a stretch of HTML, in order, each once where it first appears. */
export const articleLinks = (html: string): string[] => [
  ...new Set([...html.matchAll(/href="(\/articles\/[a-z0-9-]+\/)"/gu)].map((m) => m[1]!)),
];

/** A page's HTML between two markers (the end marker's first appearance after the start). */
export function between(html: string, start: string, end: string): string {
  const from = html.indexOf(start);
  if (from < 0) throw new Error(`no ${start} in the page`);
  const to = html.indexOf(end, from + start.length);
  return html.slice(from, to < 0 ? undefined : to);
}
