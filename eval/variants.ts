#!/usr/bin/env node
/**
 * `npm run eval:variants`: the real-story pages again, as other exports would write the same text — indents as
 * ASCII spaces or tabs, CRLF, trailing spaces, half-width marks, no indents, no blank lines. A reading that leans on how one
 * export writes white space, and not on what the page says, shows here as a drop from the pages as laid out.
 *
 *   node eval/variants.ts [--split development|held-out]      (default development)
 *
 * Only totals are printed: held-out pages' failures stay unread (eval/splits.ts).
 */
import { corpusPages, heldOut } from "./corpus.ts";
import { scoreSplit, type Split } from "./run.ts";

/** How a line is rewritten, line by line. */
const eachLine = (f: (line: string) => string) => (text: string) => text.split("\n").map(f).join("\n");

/** The text without its blank lines. */
const withoutBlankLines = (text: string) =>
  text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .join("\n");

/** Each row: a variant, what it does to a page, and an export that writes text so. */
export const VARIANTS: readonly { name: string; rewrite: ((text: string) => string) | null; why: string }[] = [
  { name: "as laid out", rewrite: null, why: "the pages as eval/real-pages lays them out" },
  {
    name: "indent: two ASCII spaces",
    rewrite: eachLine((l) => l.replace(/^\u3000\u3000/u, "  ")),
    why: "web page text whose &nbsp;&nbsp; indent is copied as two spaces",
  },
  {
    name: "indent: a tab",
    rewrite: eachLine((l) => l.replace(/^(\u3000\u3000| {2})/u, "\t")),
    why: "a word processor's export",
  },
  {
    name: "indent: four ASCII spaces",
    rewrite: eachLine((l) => l.replace(/^(\u3000\u3000| {2})/u, "    ")),
    why: "a fixed-width export setting a Han character two columns wide",
  },
  { name: "no indents", rewrite: eachLine((l) => l.replace(/^[ \u3000\t]+/u, "")), why: "OCR that drops white space" },
  {
    name: "no blank lines",
    rewrite: withoutBlankLines,
    why: "an export that writes every line tight, stories run together (the text issue's first kind)",
  },
  {
    name: "no blank lines, no indents",
    rewrite: (t) => withoutBlankLines(t).replace(/^[ \u3000\t]+/gmu, ""),
    why: "OCR that drops all white space: nothing but what the lines say parts paragraphs and stories",
  },
  { name: "CRLF line ends", rewrite: (t) => t.replace(/\n/gu, "\r\n"), why: "a Windows tool's export" },
  {
    name: "trailing spaces",
    rewrite: eachLine((l) => (l ? `${l}  ` : l)),
    why: "an extractor padding its lines",
  },
  {
    name: "blank lines holding a space",
    rewrite: eachLine((l) => (l.trim() ? l : "\u3000")),
    why: "a reader's copy of a page whose empty paragraphs hold a full-width space",
  },
  {
    name: "half-width marks",
    rewrite: (t) =>
      t.replace(/，/gu, ",").replace(/：/gu, ":").replace(/；/gu, ";").replace(/？/gu, "?").replace(/！/gu, "!"),
    why: "OCR reading full-width marks as ASCII",
  },
];

if (import.meta.filename === process.argv[1]) {
  const i = process.argv.indexOf("--split");
  const split = (i >= 0 ? process.argv[i + 1] : "development") as Split;
  const pages = corpusPages().filter((p) => p.set === "real-text" && heldOut(p) === (split === "held-out"));
  console.log(`## real-story pages (${split}, ${pages.length} pages) as other exports write them\n`);
  console.log("| variant | F1 | articles | titles | authors | furniture kept out |");
  console.log("| --- | --- | --- | --- | --- | --- |");
  for (const v of VARIANTS) {
    const { total: t } = scoreSplit("real-text", split, pages, v.rewrite ?? undefined).report;
    console.log(`| ${v.name} | ${t.f1} | ${t.articles} | ${t.titles} | ${t.authors} | ${t.furniture} |`);
  }
}
