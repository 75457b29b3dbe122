// The archive core stands on its own, and is the only code the site and the ingest share: a change to the
// ingest's stages cannot reach the site except through archive/, and the reverse.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { importGraph } from "../../archive/fingerprint.ts";

const root = join(import.meta.dirname, "../..");
const sources = (folder: string) =>
  readdirSync(join(root, folder), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(ts|astro)$/u.test(f))
    .map((f) => join(root, folder, f));
/** Every file reachable by relative imports from some entry files, as paths from the repository's root. */
const reach = (entries: string[]) => new Set(entries.flatMap((e) => importGraph(e)).map((f) => relative(root, f)));
/** The relative imports a file makes, as paths from the repository's root. */
const importsOf = (file: string) =>
  [...readFileSync(file, "utf8").matchAll(/\bfrom\s+"(\.{1,2}\/[^"]+)"|\bimport\(\s*"(\.{1,2}\/[^"]+)"\s*\)/gu)].map(
    (m) => relative(root, join(dirname(file), m[1] ?? m[2]!)),
  );

describe("the archive core", () => {
  test("imports nothing of the ingest, the search index, the site or the commands", () => {
    const outward = sources("archive").flatMap((f) =>
      importsOf(f)
        .filter((target) => !target.startsWith("archive/"))
        .map((target) => `${relative(root, f)} → ${target}`),
    );
    expect(outward).toEqual([]);
  });

  test("is all that the site and the ingest share", () => {
    const site = reach(sources("src"));
    const ingest = reach([join(root, "ingest/cli.ts"), join(root, "ingest/worker.ts")]);
    const shared = [...site].filter((f) => ingest.has(f));
    expect(shared.length).toBeGreaterThan(0); // the schemas at least: the test sees the graph
    expect(shared.filter((f) => !f.startsWith("archive/"))).toEqual([]);
  });

  test("the rule is seen to hold: an import from the ingest would be caught", () => {
    expect(importsOf(join(root, "ingest/read-page.ts"))).toContain("archive/schema/index.ts");
  });
});
