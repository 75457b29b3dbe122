// moved.json (moved.ts): read with the pages and checked against the site the archive builds. A loop, a move of
// an address the site builds itself, or a file that is no JSON is refused by the check and the build alike; a
// chain is led straight to its end; a move to an address the archive builds no page at is said.
import { describe, expect, test } from "vitest";
import { base } from "./alike-page.ts";
import { built, runIn } from "./folder.ts";

test("a trailing comma is refused naming the file, line and column; a BOM is read", async () => {
  const bad = await runIn(base({ "moved.json": '{\n  "/issues/old/": "/publications/jiyang/",\n}' }), "check");
  expect(bad.code).toBe(1);
  expect(bad.err).toMatch(/error: .*moved\.json: not valid JSON \(line 3, column 1\)/u);
  const bom = await runIn(base({ "moved.json": '\ufeff{"/issues/old/": "/publications/jiyang/"}' }), "check");
  expect(bom.err).toBe("");
  expect(bom.code).toBe(0);
});

describe("moved.json is checked against the site the archive builds", () => {
  const moved = (m: Record<string, string>) => base({ "moved.json": JSON.stringify(m) });
  test.each([
    ["a loop", { "/a/": "/b/", "/b/": "/a/" }, /"\/a\/" leads round in a loop \(\/a\/ → \/b\/ → \/a\/\)/u],
    ["a self-move", { "/a/": "/a/" }, /"\/a\/" leads round in a loop/u],
    [
      "a move from the search index's folder",
      { "/pagefind/": "/" },
      /"\/pagefind\/": the site fills \/pagefind\/ itself/u,
    ],
    [
      "a move from a page the site builds",
      { "/issues/jiyang-2024-03-05/": "/" },
      /"\/issues\/jiyang-2024-03-05\/": the site builds a page at this address/u,
    ],
  ])("%s is refused by the check and the build, naming moved.json", async (_, m, message) => {
    const dir = moved(m);
    for (const mode of ["check", "build"] as const) {
      const r = await runIn(dir, mode);
      expect(r.code).toBe(1);
      expect(r.text).toMatch(/error: .*moved\.json: /u);
      expect(r.text).toMatch(message);
    }
  });

  test("a move to a page the archive does not build is said; a chain is led straight to its end", async () => {
    const dir = moved({
      "/issues/old/": "/issues/older/",
      "/issues/older/": "/issues/jiyang-2024-03-05/",
      "/x/": "/nowhere/",
    });
    const r = await runIn(dir, "build");
    expect(r.code).toBe(0);
    expect(r.text).toMatch(
      /warning: .*moved\.json: "\/x\/" leads to \/nowhere\/, which this archive builds no page at/u,
    );
    const editors = Object.entries(built(r.data).moved).filter(([from]) => !from.startsWith("/articles/"));
    expect(Object.fromEntries(editors)).toEqual({
      "/issues/old/": "/issues/jiyang-2024-03-05/",
      "/issues/older/": "/issues/jiyang-2024-03-05/",
      "/x/": "/nowhere/",
    });
  });
});
