import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { inkOf, multiset, pageInk } from "../../archive/text/ink.ts";
import { decode } from "../../ingest/decode/decode.ts";
import { LINE_BREAK, normalise } from "../../ingest/page/lines/normalise.ts";
import { readExport } from "./built-data.ts";

/** Every exported page holds its file's lines exactly, and every character of them in exactly one place. */
export function checkExportConserves(out: string): number {
  let pages = 0;
  for (const issue of readExport(out).issues) {
    for (const p of issue.pages) {
      // a text page's 原文 is its file's lines; a printed page's is its text in reading order (the PDF layer's)
      let text = p.rawLines.join("\n");
      if (!p.printed) {
        const decoded = decode(readFileSync(p.source));
        if (!decoded.ok) throw new Error(decoded.reason);
        expect(p.rawLines, p.source).toEqual(decoded.text.replace(/^\uFEFF/u, "").split(LINE_BREAK));
        text = decoded.text;
      }
      const stories = issue.articles.filter((a) => a.page === p.id);
      expect(multiset(pageInk(stories, p.furniture, p.unassigned)), p.source).toBe(
        multiset(
          inkOf(
            normalise(text)
              .map((l) => l.text)
              .join(""),
          ),
        ),
      );
      pages++;
    }
  }
  return pages;
}
