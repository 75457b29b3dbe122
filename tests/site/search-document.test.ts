// The search index is made from the records, not from the built pages: what it holds of each story must be
// what Pagefind would take from the story's page. Both are indexed here and their fragments compared.
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { buildIndex } from "../../search/index/pagefind.ts";
import { readPageRecord } from "../../archive/store/records.ts";
import { settingsFrom } from "../../archive/settings.ts";
import { searchDocument } from "../../search/document.ts";
import type { PageSummary, Place, Publication } from "../../archive/schema/index.ts";

const dist = process.env["LUBAO_TEST_DIST"] ?? "dist";

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** A Pagefind bundle's fragments by URL (each is gzip'd JSON after a signature). */
function fragments(bundle: string): Map<string, Fragment> {
  return new Map(
    readdirSync(join(bundle, "fragment")).map((f) => {
      const text = gunzipSync(readFileSync(join(bundle, "fragment", f))).toString("utf8");
      const fragment = JSON.parse(text.slice(text.indexOf("{"))) as Fragment;
      return [fragment.url, fragment];
    }),
  );
}

/**
 * The text with Pagefind's word breaks (U+200B) and block ends (". ") left out: it closes a block with ". " unless
 * its text ends in punctuation, which it judges before decoding &quot; (the page escapes a quote, the document
 * does not).
 */
const blocksJoined = (content: string) => content.replace(/\u200b/gu, "").replace(/\. /gu, " ");

describe.skipIf(!!process.env["LUBAO_TEST_DIST"])("the search index's documents", () => {
  test("hold what Pagefind takes from each story's page: text, metadata, filters and sort key", async () => {
    const data = settingsFrom().dataDir;
    const read = <T>(name: string) => JSON.parse(readFileSync(join(data, name), "utf8")) as T;
    const pubs = new Map(read<Publication[]>("publications.json").map((p) => [p.id, p]));
    const places = new Map(read<Place[]>("places.json").map((p) => [p.code, p]));
    const records = read<PageSummary[]>("pages.json").map((p) => readPageRecord(p.id, data));
    const stories = records.flatMap((r) => r.articles);
    expect(stories.length).toBeGreaterThan(20);
    const scratch = mkdtempSync(join(tmpdir(), "lubao-docs-"));
    await buildIndex(
      join(scratch, "pages"),
      stories.map((a) => ({ url: a.url, content: readFileSync(join(dist, a.url, "index.html"), "utf8") })),
    );
    await buildIndex(
      join(scratch, "documents"),
      stories.map((a) => ({ url: a.url, content: searchDocument(a, pubs.get(a.publication)!, places) })),
    );
    const [fromPages, fromDocuments] = [fragments(join(scratch, "pages")), fragments(join(scratch, "documents"))];
    expect([...fromDocuments.keys()].sort()).toEqual([...fromPages.keys()].sort());
    for (const [url, page] of fromPages) {
      const doc = fromDocuments.get(url)!;
      expect({ url, content: blocksJoined(doc.content) }).toEqual({ url, content: blocksJoined(page.content) });
      expect(doc.meta).toEqual(page.meta);
      expect(doc.filters).toEqual(page.filters);
      expect(doc.sort).toEqual(page.sort);
    }
  });
});
