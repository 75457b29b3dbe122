import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { exportIndexSchema, exportIssueSchema } from "../../src/lib/export.ts";
import { multiset, pageInk } from "../../src/lib/ink.ts";
import { inkOf } from "../../src/lib/ink.ts";
import { decode } from "../../scripts/ingest/decode/decode.ts";
import { LINE_BREAK, normalise } from "../../scripts/ingest/page/normalise.ts";

/** Every exported page holds its file's lines exactly, and every character of them in exactly one place. */
export function checkExportConserves(out: string): number {
  const index = exportIndexSchema.parse(JSON.parse(readFileSync(join(out, "data/index.json"), "utf8")));
  let pages = 0;
  for (const i of index.issues) {
    const issue = exportIssueSchema.parse(JSON.parse(readFileSync(join(out, "data/issues", `${i.id}.json`), "utf8")));
    for (const p of issue.pages) {
      const decoded = decode(readFileSync(p.source));
      if (!decoded.ok) throw new Error(decoded.reason);
      expect(p.rawLines, p.source).toEqual(decoded.text.replace(/^\uFEFF/u, "").split(LINE_BREAK));
      const stories = issue.articles.filter((a) => a.page === p.id);
      expect(multiset(pageInk(stories, p.furniture, p.unassigned)), p.source).toBe(
        multiset(
          inkOf(
            normalise(decoded.text)
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
