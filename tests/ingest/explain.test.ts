// `--explain` (explain.ts) reads a page exactly as the build does: its paper, its profile, its corrections.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { explainPage } from "../../ingest/explain.ts";
import { ingestFolder } from "../../ingest/ingest.ts";

const content = join(import.meta.dirname, "../../content");
const seeds = readdirSync(content, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".txt"));

describe("--explain explains the parse the build publishes", () => {
  const built = ingestFolder(content);
  test.each(seeds)("%s: the same stories, the same titles", (f) => {
    const explained = explainPage(join(content, f));
    expect(explained.ok).toBe(true);
    expect(explained.titles).toEqual(built.articles.filter((a) => a.source.endsWith(f)).map((a) => a.title));
  });
});
