import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parsePage } from "../../ingest/page/stages.ts";

// One folder per case: page.txt and expected.json. Regenerate on purpose only: UPDATE_FIXTURES=1 npx vitest
// run fixtures
const root = join(import.meta.dirname, "fixtures");
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

function summary(text: string, publicationName: string | null) {
  const p = parsePage(text, publicationName);
  return {
    articles: p.articles.map((a) => ({
      kicker: a.kicker,
      title: a.title,
      titleInferred: a.titleInferred,
      subtitle: a.subtitle,
      authors: a.authors,
      dateline: a.dateline,
      blocks: a.blocks.map((b) => `${b.type}: ${b.text}`),
    })),
    furniture: p.furniture.map((f) => `${f.kind}: ${f.text}`),
    unassigned: p.unassigned.map((u) => u.text),
  };
}

describe("fixture pages", () => {
  test.each(cases)("%s", (name) => {
    const dir = join(root, name);
    const meta = existsSync(join(dir, "publication.txt"))
      ? readFileSync(join(dir, "publication.txt"), "utf8").trim()
      : null;
    const got = summary(readFileSync(join(dir, "page.txt"), "utf8"), meta);
    const file = join(dir, "expected.json");
    if (process.env["UPDATE_FIXTURES"] === "1") writeFileSync(file, `${JSON.stringify(got, null, 2)}\n`);
    expect(existsSync(file), `${file} is missing: write it by hand or with UPDATE_FIXTURES=1 and read it`).toBe(true);
    expect(got).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });
});
