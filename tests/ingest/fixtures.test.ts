import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { fixSchema } from "../../archive/schema/fix.ts";
import { hintedProfile } from "../../ingest/page/profile.ts";
import type { ProfileHints } from "../../ingest/page/types.ts";
import { parsePage } from "../../ingest/page/stages.ts";

// One folder per case: page.txt, config.json and expected.json. Regenerate on purpose only, and read the
// difference: UPDATE_FIXTURES=1 npx vitest run fixtures
const root = join(import.meta.dirname, "fixtures");
const cases = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

/** What a case's page is read against. */
interface CaseConfig {
  /** What the case shows, in a sentence. */
  about: string;
  /** The paper's name, when its pages print it. */
  paper?: string;
  /** Lines the paper prints on its other pages (its profile's repeated lines). */
  profile?: string[];
  /** The editor's hints in publications.json. */
  hints?: ProfileHints;
  /** The editor's corrections (page.fix.json). */
  fixes?: unknown[];
}

function readCase(name: string) {
  const dir = join(root, name);
  const config = JSON.parse(readFileSync(join(dir, "config.json"), "utf8")) as CaseConfig;
  const profile = config.profile || config.hints ? hintedProfile(config.profile ?? [], config.hints ?? {}) : null;
  const fixes = (config.fixes ?? []).map((f) => fixSchema.parse(f));
  const p = parsePage(readFileSync(join(dir, "page.txt"), "utf8"), config.paper ?? null, profile, fixes);
  const summary = {
    articles: p.articles.map((a) => ({
      column: a.column,
      kicker: a.kicker,
      mark: a.mark,
      title: a.title,
      titleInferred: a.titleInferred,
      subtitle: a.subtitle,
      authors: a.authors,
      dateline: a.dateline,
      blocks: a.blocks.map((b) => `${b.type}: ${b.text}`),
      ...(a.repeats.length ? { repeats: a.repeats.map((r) => r.text) } : {}),
      ...(a.edits.length ? { edits: a.edits.map((e) => `${e.op} at ${e.line}`) } : {}),
    })),
    furniture: p.furniture.map((f) => `${f.kind}: ${f.text}`),
    unassigned: p.unassigned.map((u) => u.text),
    why: p.why,
    ...(p.fixProblems.length ? { fixProblems: p.fixProblems.map((f) => f.message) } : {}),
  };
  return { dir, config, summary };
}

describe("fixture pages", () => {
  test.each(cases)("%s", (name) => {
    const { dir, config, summary } = readCase(name);
    expect(config.about.length, `${name}/config.json says what the case shows`).toBeGreaterThan(10);
    const file = join(dir, "expected.json");
    if (process.env["UPDATE_FIXTURES"] === "1") writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
    expect(existsSync(file), `${file} is missing: write it by hand or with UPDATE_FIXTURES=1 and read it`).toBe(true);
    expect(summary).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });
});
