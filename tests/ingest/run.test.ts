// One run of the ingest (run.ts, what the command line calls): a check reads, reports and writes nothing, not even
// the parse cache, and refuses exactly what a build would; a build that fails writes nothing. The command line
// itself (its flags, its exit, its messages) is run as a process in the last block; the rest runs in this process.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { AT, BASE, PUBS, base, fixes } from "./alike-page.ts";
import { PAGE, cli, folder, freshData, runIn } from "./folder.ts";

describe("--check refuses exactly what the build would", () => {
  const cases: [string, string][] = [
    ["the base page", base()],
    ["a merge", base(fixes({ op: "merge", line: 9 }))],
    ["contradicting fixes", base(fixes({ op: "merge", line: 15 }, { op: "split", line: 15 }))],
    ["a title of half a character", base(fixes({ op: "title", line: 4, text: "\ud800" }))],
    ["a sidecar date of 9999", base({ [`${AT}.meta.json`]: '{"publication":"jiyang","date":"9999-12-31"}' })],
    ["a paper folder's slip", folder({ "Jiyang/2024-03-05-a.txt": BASE }, PUBS)],
    [
      "an issue dated apart",
      folder(
        {
          "jiyang/a.txt": BASE,
          "jiyang/a.meta.json": '{"publication":"jiyang","issue":"s","date":"2024-01-01"}',
          "jiyang/b.txt": BASE.replace(/仁风镇/gu, "新市镇"),
          "jiyang/b.meta.json": '{"publication":"jiyang","issue":"s","date":"2024-02-01"}',
        },
        PUBS,
      ),
    ],
    ["a long file name", folder({ [`jiyang/${"长".repeat(80)}.txt`]: BASE }, PUBS)],
    ["a 240-character paper id", folder({ [`${"j".repeat(240)}/p.txt`]: BASE }, [{ ...PUBS[0], id: "j".repeat(240) }])],
    ["a moved loop", base({ "moved.json": '{"/a/":"/a/"}' })],
    ["a moved trailing comma", base({ "moved.json": '{"/a/":"/",}' })],
    ["a broken ledger", base({ "ids.json": '{"x": 1}' })],
  ];
  test.each(cases)("%s", async (_, dir) => {
    const check = await runIn(dir, "check");
    const build = await runIn(dir, "build");
    expect(build.code).toBe(check.code);
    const refusals = (text: string) =>
      text
        .split("\n")
        .filter((l) => l.startsWith("error: "))
        .sort();
    expect(refusals(build.text)).toEqual(refusals(check.text));
  });
});

describe("a check writes nothing; a page is checked as the build reads it", () => {
  test("--check writes nothing, not even the parse cache", async () => {
    const cache = mkdtempSync(join(tmpdir(), "lubao-cache-"));
    const r = await runIn(folder({ "p.txt": PAGE }), "check", undefined, {
      LUBAO_CACHE_DIR: cache,
      LUBAO_NO_CACHE: "0",
    });
    expect(r.code).toBe(0);
    expect(readdirSync(cache)).toEqual([]);
    expect(existsSync(r.data)).toBe(false);
  });

  test("--check FILE checks that page as the build reads it", async () => {
    const dir = folder({ "p.txt": PAGE, "q.txt": Buffer.from([0, 0, 0, 1]) });
    const r = await runIn(join(dir, "p.txt"), "check");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1 files checked: 1 ok/u);
    expect((await runIn(join(dir, "q.txt"), "check")).code).toBe(1);
  });

  test("--check x.TXT reads the page, not the page as its own sidecar", async () => {
    const dir = folder({ "jiyang/2024-03-05-a.TXT": BASE }, PUBS);
    const r = await runIn(join(dir, "jiyang/2024-03-05-a.TXT"), "check");
    expect(r.err).toBe("");
    expect(r.out).toMatch(/1 files checked: 1 ok, 0 not ok, 3 articles/u);
    expect(r.code).toBe(0);
  });
});

test("a failing ingest writes nothing: the previous data stays whole", async () => {
  const data = freshData();
  expect((await runIn(folder({ "good.txt": PAGE }), "build", data)).code).toBe(0);
  const before = readFileSync(join(data, "articles.json"), "utf8");
  const bad = folder({ "good.txt": PAGE, "bad.txt": Buffer.from([0, 0, 0, 1]) });
  const r = await runIn(bad, "build", data);
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/bad\.txt/u);
  expect(readFileSync(join(data, "articles.json"), "utf8")).toBe(before);
  expect(existsSync(join(dirname(data), `data.tmp-${process.pid}`))).toBe(false);
  expect(readdirSync(dirname(data))).toEqual(["data"]);
});

describe("the command line", () => {
  // the same Node the tests run on: it runs the TypeScript ingest as it is (type stripping)
  const node = process.execPath;

  test("--check --json reports each file and exits non-zero when one is not ok", () => {
    const dir = folder({ "good.txt": PAGE, "bad.txt": Buffer.from([0, 0, 0, 1, 0, 2]) });
    const r = spawnSync(node, [cli, "--check", dir, "--json"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    const rows = JSON.parse(r.stdout) as { file: string; ok: boolean; articles: number; problems: unknown[] }[];
    expect(rows.map((x) => [x.file.split("/").at(-1), x.ok])).toEqual([
      ["bad.txt", false],
      ["good.txt", true],
    ]);
  });

  test("a folder that does not exist: a one-line message and exit 1, no stack trace", () => {
    const r = spawnSync(node, [cli, "--check", join(tmpdir(), "no-such-lubao-folder")], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no-such-lubao-folder:.*cannot be read: ENOENT/u);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });
});
