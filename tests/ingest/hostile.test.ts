// Issue 16: bad input is read right or refused with file, line and reason; never garbled, overwritten or dropped.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import { ingestFolder } from "../../ingest/ingest.ts";
import { listPages } from "../../ingest/files.ts";
import { loadGazetteer } from "../../archive/places/gazetteer-data.ts";
import type { Archive, Problem } from "../../ingest/merge.ts";
import { PAGE, TEST_PUBS, cli, folder } from "./folder.ts";

const node = process.execPath;
const check = (target: string, env: Record<string, string> = {}) =>
  spawnSync(node, [cli, "--check", target], { encoding: "utf8", env: { ...process.env, ...env } });
const problems = (a: Archive): Problem[] => a.reports.flatMap((r) => r.problems);
const errors = (a: Archive) => problems(a).filter((p) => p.severity === "error");
const said = (a: Archive) =>
  problems(a)
    .map((p) => `${p.file}:${p.line ?? ""}: ${p.message}`)
    .join("\n");

describe("1. one bad byte spoils one character, not the page", () => {
  test("a stray 0xFF in a UTF-8 page: every other character read right, a warning at its line", () => {
    const dir = folder({
      "2024-03-08-p01.txt": Buffer.concat([
        Buffer.from("济阳区召开秋粮收购工作会议\n\n本报讯 全区会议"),
        Buffer.from([0xff]),
        Buffer.from("召开。\n"),
      ]),
    });
    const a = ingestFolder(dir);
    expect(a.articles[0]!.title).toBe("济阳区召开秋粮收购工作会议");
    expect(a.reports[0]).toMatchObject({ ok: true, encoding: "UTF-8" });
    expect(problems(a)).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/2024-03-08-p01\.txt$/u),
        line: 3,
        message: expect.stringContaining("0xFF"),
        severity: "warning",
      }),
    );
    const r = check(dir);
    expect(r.stderr).toMatch(/2024-03-08-p01\.txt:3: .*0xFF/u);
  });

  test("a short GBK page keeps its reporter's name", () => {
    const a = ingestFolder(
      folder({
        "p.txt": iconv.encode(
          "全区秋粮收购工作全面启动\n□ 本报记者 金小雨\n本报讯 全区秋粮收购工作全面启动。\n",
          "gbk",
        ),
      }),
    );
    expect(a.articles[0]!.bylines.join()).toContain("金小雨");
  });
});

describe("2. two files, one page id: refused, naming both", () => {
  test.each([
    ["2024-03-08-P01.txt", "2024-03-08-p01.txt"],
    ["a b.txt", "a_b.txt"],
  ])("%s and %s", (x, y) => {
    const dir = folder({ [x]: PAGE, [y]: PAGE.replace("秋粮", "夏粮") });
    const a = ingestFolder(dir);
    expect(errors(a)).toHaveLength(1);
    expect(errors(a)[0]!.message).toContain(x);
    expect(errors(a)[0]!.file).toMatch(new RegExp(`${y}$`, "u"));
    expect(check(dir).status).toBe(1);
  });

  test("pages named in Chinese get ids of their own", () => {
    const a = ingestFolder(folder({ "济阳一版.txt": PAGE, "济阳二版.txt": PAGE.replace("秋粮", "夏粮") }));
    expect(errors(a)).toEqual([]);
    expect(a.pages.map((p) => p.id).sort()).toEqual(["ji-yang-er-ban", "ji-yang-yi-ban"]);
    expect(new Set(a.articles.map((x) => x.source)).size).toBe(2);
  });
});

test("3. two papers whose issue ids meet are refused, naming both pages", () => {
  const pubs = [
    { id: "a", name: "甲报", nameKnown: true, home: "370115" },
    { id: "a-b", name: "甲乙报", nameKnown: true, home: "370115" },
  ];
  const dir = folder(
    {
      "x.txt": PAGE,
      "x.meta.json": '{"publication":"a","issue":"b-1"}',
      "y.txt": PAGE,
      "y.meta.json": '{"publication":"a-b","issue":"1"}',
    },
    pubs,
  );
  const a = ingestFolder(dir);
  expect(errors(a)).toHaveLength(1);
  expect(errors(a)[0]!.message).toMatch(/"a-b-1".*x\.txt/u);
  expect(check(dir).status).toBe(1);
});

describe("4. a folder with nothing to publish", () => {
  test("an empty folder fails the check, saying so", () => {
    const r = check(folder({}));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no raw pages/u);
  });
});

describe("7. impossible dates", () => {
  test("a sidecar date that is no day is refused, naming the file and field", () => {
    const a = ingestFolder(
      folder({ "p.txt": PAGE, "p.meta.json": '{"publication":"test-paper","date":"2024-02-30"}' }),
    );
    expect(errors(a)[0]!.message).toMatch(/p\.meta\.json: date: no such day/u);
  });
  test("a printed issue date that is no day is not used, with a warning at its line", () => {
    const a = ingestFolder(folder({ "p.txt": `2024年2月30日 星期五\n\n${PAGE}` }));
    expect(a.issues[0]!.date).not.toMatchObject({ month: 2, day: 30 });
    expect(problems(a)).toContainEqual(
      expect.objectContaining({ line: 1, message: expect.stringMatching(/2024年2月30日.*no day/u) }),
    );
  });
});

describe("10. sidecars and publications.json in the encodings pages come in", () => {
  test("a GBK sidecar's page name is read right, with a warning", () => {
    const a = ingestFolder(
      folder({
        "p.txt": PAGE,
        "p.meta.json": iconv.encode('{"publication":"test-paper","pageName":"要闻综合"}', "gbk"),
      }),
    );
    expect(a.pages[0]!.pageName).toBe("要闻综合");
    expect(said(a)).toMatch(/p\.meta\.json: read as GB18030/u);
  });
  test("a byte-order mark is accepted in publications.json and in a sidecar", () => {
    const bom = (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]);
    const dir = folder({ "p.txt": PAGE, "p.meta.json": bom('{"publication":"test-paper","page":2}') });
    writeFileSync(join(dir, "publications.json"), bom(JSON.stringify(TEST_PUBS)));
    const a = ingestFolder(dir);
    expect(errors(a)).toEqual([]);
    expect(a.pages[0]).toMatchObject({ publication: "test-paper", pageNumber: 2 });
  });
});

describe("11. the folder walk never crashes and never leaves the folder", () => {
  test("a dangling link and a link loop are reported by name; the other pages are read", () => {
    const dir = folder({ "good.txt": PAGE, "sub/ok.txt": PAGE.replace("秋粮", "夏粮") });
    symlinkSync(join(dir, "gone.txt"), join(dir, "dangling.txt"));
    symlinkSync(dir, join(dir, "sub", "loop"));
    const a = ingestFolder(dir);
    expect(a.pages).toHaveLength(2);
    expect(said(a)).toMatch(/dangling\.txt:: a link to nothing/u);
    expect(said(a)).toMatch(/sub\/loop:: a link back/u);
  });
  test("a link to a page outside the folder is not read, and is refused", () => {
    const outside = folder({ "secret.txt": PAGE.replace("秋粮", "机密") });
    const dir = folder({ "good.txt": PAGE });
    symlinkSync(join(outside, "secret.txt"), join(dir, "leak.txt"));
    const a = ingestFolder(dir);
    expect(a.articles.map((x) => x.title).join()).not.toContain("机密");
    expect(errors(a)[0]!.message).toMatch(/outside the content folder/u);
  });
  test("an unreadable subfolder is an error naming it; the rest is read (whoever runs the check)", () => {
    const dir = folder({ "good.txt": PAGE, "locked/p.txt": PAGE });
    // as root no folder is unreadable, so the refusal is given by the folder lister
    const listed = listPages(dir, (d) => {
      if (d.endsWith("locked")) throw Object.assign(new Error("permission denied"), { code: "EACCES" });
      return readdirSync(d);
    });
    expect(listed.files.map((f) => f.split("/").at(-1))).toEqual(["good.txt"]);
    expect(listed.problems).toEqual([
      expect.objectContaining({
        file: expect.stringMatching(/locked$/u),
        message: expect.stringContaining("EACCES"),
        severity: "error",
      }),
    ]);
  });
  test.skipIf(process.getuid?.() === 0)("an unreadable subfolder, for real (not as root)", () => {
    const dir = folder({ "good.txt": PAGE, "locked/p.txt": PAGE });
    chmodSync(join(dir, "locked"), 0o000);
    try {
      expect(said(ingestFolder(dir))).toMatch(/locked:: folder cannot be read/u);
    } finally {
      chmodSync(join(dir, "locked"), 0o755);
    }
  });
  test("a folder that does not exist: a one-line message and exit 1, no stack trace", () => {
    const r = check(join(tmpdir(), "no-such-lubao-folder"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no-such-lubao-folder:.*cannot be read: ENOENT/u);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });
  test("--check FILE checks that page as the build reads it", () => {
    const dir = folder({ "p.txt": PAGE, "q.txt": Buffer.from([0, 0, 0, 1]) });
    const r = check(join(dir, "p.txt"));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 files checked: 1 ok/u);
    expect(check(join(dir, "q.txt")).status).toBe(1);
  });
});

describe("12. large inputs", () => {
  test("300,000 one-line paragraphs are read without overflowing the stack", () => {
    const page = `全区会议召开\n\n${Array.from({ length: 300_000 }, (_, i) => `第${i}段。`).join("\n\n")}\n`;
    const a = ingestFolder(folder({ "big.txt": page }));
    expect(a.reports[0]!.ok).toBe(true);
    expect(a.articles.flatMap((x) => x.blocks).length).toBeGreaterThan(1000);
  }, 120_000);
  test("100,000 short lines of one paragraph are joined (a guard against the quadratic join, which took 55 s)", () => {
    const pool = "全区秋粮收购工作全面启动各收购点准备充分群众十分满意今年粮食生产形势良好农民增收明显";
    const lines = Array.from({ length: 100_000 }, (_, i) =>
      (pool + pool).slice((i * 7) % pool.length, ((i * 7) % pool.length) + 14),
    );
    const a = ingestFolder(folder({ "long.txt": `全区会议召开\n\n本报讯 ${lines.join("\n")}。\n` }));
    expect(a.articles[0]!.blocks).toHaveLength(1);
    expect(a.articles[0]!.blocks[0]!.text).toBe(`${lines.join("")}。`);
  }, 30_000);
  // a sidecar as large as the guarded opener allows (4 MB; larger ones are refused, guarded-read.test.ts)
  test("a page name of a million characters is cut, with a warning", () => {
    const a = ingestFolder(
      folder({
        "p.txt": PAGE,
        "p.meta.json": JSON.stringify({ publication: "test-paper", pageName: "要闻".repeat(500_000) }),
      }),
    );
    expect(a.pages[0]!.pageName!.length).toBeLessThanOrEqual(40);
    expect(said(a)).toMatch(/pageName is 1000000 characters/u);
  });
});

describe("15. smaller slips", () => {
  test("an unknown home code is an error naming publications.json", () => {
    const a = ingestFolder(folder({ "p.txt": PAGE }, [{ ...TEST_PUBS[0], home: "379999" }]));
    expect(errors(a)[0]).toMatchObject({
      file: expect.stringMatching(/publications\.json$/u),
      message: expect.stringContaining("379999"),
    });
  });
  test("a paper listed twice is an error", () => {
    const a = ingestFolder(folder({ "p.txt": PAGE }, [TEST_PUBS[0], { ...TEST_PUBS[0], name: "另一报" }]));
    expect(errors(a)[0]!.message).toMatch(/"test-paper" is listed twice/u);
  });
  test("page number 1e9 is refused", () => {
    const a = ingestFolder(folder({ "p.txt": PAGE, "p.meta.json": '{"publication":"test-paper","page":1e9}' }));
    expect(errors(a)[0]!.message).toMatch(/page: a 版次 from 1 to 999/u);
  });
  test("ESC, form feed and DEL stay in 原文", () => {
    const a = ingestFolder(folder({ "p.txt": `全区秋粮收购工作全面启动\n\n本报讯 全区\u001b会议\u007f召开。\f\n` }));
    expect(a.pages[0]!.rawLines[2]).toBe("本报讯 全区\u001b会议\u007f召开。\f");
    expect(a.articles[0]!.blocks[0]!.text).toBe("全区会议召开。");
  });
  test("--check writes nothing, not even the parse cache", () => {
    const cache = mkdtempSync(join(tmpdir(), "lubao-cache-"));
    expect(check(folder({ "p.txt": PAGE }), { LUBAO_CACHE_DIR: cache, LUBAO_NO_CACHE: "0" }).status).toBe(0);
    expect(readdirSync(cache)).toEqual([]);
  });
  test("a problem names the folder's own publications.json", () => {
    const dir = folder({ "p.txt": PAGE, "p.meta.json": '{"publication":"nobody"}' });
    expect(errors(ingestFolder(dir))[0]!.message).toContain(`${dir.split("/").at(-1)}/publications.json`);
  });
  test("the gazetteer has one place per code (no duplicate-slug warnings hiding real ones)", () => {
    const codes = loadGazetteer().map((p) => p.code);
    expect(codes.length).toBe(new Set(codes).size);
  });
});

test("a folder with a subfolder per paper still works", () => {
  const dir = folder({});
  mkdirSync(join(dir, "test-paper"));
  writeFileSync(join(dir, "test-paper", "p.txt"), PAGE);
  expect(ingestFolder(dir).pages[0]).toMatchObject({ publication: "test-paper", id: "test-paper-p" });
});
