import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import { ingestFolder } from "../../ingest/ingest.ts";
import { PAGE, cli, folder } from "./folder.ts";

// the same Node the tests run on: it runs the TypeScript ingest as it is (type stripping)
const node = process.execPath;

describe("ingesting a folder", () => {
  test("a GB18030 page reads like a UTF-8 one", () => {
    const a = ingestFolder(
      folder({ "p.txt": iconv.encode(PAGE, "gb18030"), "p.meta.json": '{"publication":"test-paper"}' }),
    );
    expect(a.reports[0]).toMatchObject({ ok: true, encoding: "GB18030", articles: 1 });
    expect(a.articles[0]!.title).toBe("全区秋粮收购工作全面启动");
  });

  test("invalid sidecar metadata is an error naming the file and the field", () => {
    const a = ingestFolder(folder({ "p.txt": PAGE, "p.meta.json": '{"publication":"test-paper","page":"one"}' }));
    expect(a.reports[0]!.ok).toBe(false);
    expect(a.reports[0]!.problems[0]!.message).toMatch(/p\.meta\.json.*page/u);
  });

  test("a binary file is an error; an empty one is read with a warning", () => {
    const a = ingestFolder(folder({ "bin.txt": Buffer.from([0, 1, 2, 0, 0, 3, 0, 0]), "empty.txt": "" }));
    expect(a.reports.find((r) => r.file.endsWith("bin.txt"))!.ok).toBe(false);
    expect(a.reports.find((r) => r.file.endsWith("empty.txt"))).toMatchObject({ ok: true, articles: 0 });
  });

  test("two files claiming the same issue and page are both kept, with a warning", () => {
    const meta = '{"publication":"test-paper","date":"2024-09-20","page":1}';
    const a = ingestFolder(folder({ "a.txt": PAGE, "a.meta.json": meta, "b.txt": PAGE, "b.meta.json": meta }));
    expect(a.pages).toHaveLength(2);
    expect(a.reports[1]!.problems.map((p) => p.message).join()).toMatch(/same issue and page/u);
  });

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

  test("a failing ingest writes nothing: the previous data stays whole", () => {
    const cwd = mkdtempSync(join(tmpdir(), "lubao-cwd-"));
    const good = folder({ "good.txt": PAGE });
    execFileSync(node, [cli], { cwd, env: { ...process.env, LUBAO_CONTENT_DIR: good }, encoding: "utf8" });
    const before = readFileSync(join(cwd, ".lubao/data/articles.json"), "utf8");
    const bad = folder({ "good.txt": PAGE, "bad.txt": Buffer.from([0, 0, 0, 1]) });
    const r = spawnSync(node, [cli], { cwd, env: { ...process.env, LUBAO_CONTENT_DIR: bad }, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/bad\.txt/u);
    expect(readFileSync(join(cwd, ".lubao/data/articles.json"), "utf8")).toBe(before);
    expect(existsSync(join(cwd, `.lubao/data.tmp-${r.pid}`))).toBe(false);
  });
});

describe("writing the records", () => {
  test("a write that fails half-way leaves the data in place as it was, and no half-written folder", async () => {
    const { pack } = await import("../../ingest/pack.ts");
    const { writeArchive } = await import("../../ingest/write.ts");
    const target = join(mkdtempSync(join(tmpdir(), "lubao-out-")), "data");
    const good = pack(ingestFolder(folder({ "good.txt": PAGE })));
    writeArchive(good, target);
    const before = readFileSync(join(target, "articles.json"), "utf8");
    // a record JSON cannot hold fails the write after the first files are written
    const bad = { ...good, places: [{ code: 1n }] } as unknown as typeof good;
    expect(() => writeArchive(bad, target)).toThrow(/BigInt/u);
    expect(readFileSync(join(target, "articles.json"), "utf8")).toBe(before);
    expect(readdirSync(dirname(target))).toEqual(["data"]);
  });
});

describe("more faults, each with what it now gets", () => {
  test("a few NUL bytes in a text file are dropped and the page is read", () => {
    const a = ingestFolder(
      folder({
        "p.txt": Buffer.concat([Buffer.from(PAGE.slice(0, 20)), Buffer.from([0]), Buffer.from(PAGE.slice(20))]),
      }),
    );
    expect(a.reports[0]).toMatchObject({ ok: true, articles: 1 });
  });

  test("a page with no recognisable story keeps its furniture and says so", () => {
    const a = ingestFolder(folder({ "p.txt": "编辑：张三 美编：李四\n\n今天 晴 温度 10℃\n" }));
    expect(a.reports[0]!.ok).toBe(true);
    expect(a.reports[0]!.problems.map((p) => p.message).join()).toMatch(/no story recognised/u);
    expect(a.pages[0]!.furniture.length).toBe(2);
  });

  test("unreadable publications.json is an error naming it", () => {
    const dir = folder({ "p.txt": PAGE });
    writeFileSync(join(dir, "publications.json"), "{ not json");
    const a = ingestFolder(dir);
    expect(a.reports[0]).toMatchObject({ ok: false });
    expect(a.reports[0]!.problems[0]!.message).toMatch(/not valid JSON/u);
  });

  test("a 20 MB page is read whole", () => {
    const big = Array.from(
      { length: 2600 },
      (_, i) => `第${i}则消息\n\n本报讯 ${"全区秋粮收购工作全面启动，各收购点准备充分。".repeat(120)} （王小明）\n`,
    ).join("\n");
    expect(Buffer.byteLength(big)).toBeGreaterThan(20_000_000);
    const a = ingestFolder(folder({ "big.txt": big }));
    expect(a.reports[0]).toMatchObject({ ok: true });
    expect(a.articles.length).toBe(2600);
  }, 120_000);
});
