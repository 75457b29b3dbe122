// An editor's corrections (page.fix.json): applied exactly where they say, recorded on the story and in the export,
// or refused naming the file, the fix and the line; nothing of the page is lost either way.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ingestFolder } from "../../ingest/ingest.ts";
import { parsePage } from "../../ingest/page/stages.ts";
import { normalise } from "../../ingest/page/lines/normalise.ts";
import { inkOf } from "../../archive/text/ink.ts";
import { exportIssue, exportIssueSchema } from "../../archive/export.ts";
import type { Fix } from "../../archive/schema/index.ts";
import { inkKept, multiset } from "./ink.ts";
import { SAME, base, fixes, holding } from "./alike-page.ts";
import { errors, said } from "./folder.ts";

// Two stories the parser reads as one (no headline, no dateline between them), and a slogan it reads as text.
const PAGE = [
  "城区新增三处口袋公园", // 1
  "", // 2
  "本报讯 近日，城区新增三处口袋公园，方便市民休闲健身。", // 3
  "", // 4
  "公园配备了健身器材和休闲座椅，受到周边居民欢迎。", // 5
  "", // 6
  "另讯 市图书馆延长开放时间，每晚开放到九点。", // 7
  "", // 8
  "读书看报 天天向上", // 9
].join("\n");

const fixed = (fixes: Fix[]) => parsePage(PAGE, null, null, fixes);
const inputInk = (text: string) =>
  multiset(
    inkOf(
      normalise(text)
        .map((l) => l.text)
        .join(""),
    ),
  );

describe("an editor's corrections (page.fix.json)", () => {
  test("split: a new story begins at the line the editor names, its title taken from its opening", () => {
    const before = fixed([]);
    const after = fixed([{ op: "split", line: 7, note: "两条消息" }]);
    expect(after.articles).toHaveLength(before.articles.length + 1);
    const second = after.articles.find((a) => a.blocks[0]!.lines.includes(7))!;
    expect(second.titleInferred).toBe(true);
    expect(second.edits).toEqual([{ op: "split", line: 7, before: null, note: "两条消息" }]);
  });

  test("merge: the story holding a line goes on the story before it, its printed headline kept as a subhead", () => {
    const split = fixed([
      { op: "split", line: 7 },
      { op: "title", line: 7, text: "市图书馆延长开放时间" },
    ]);
    expect(split.articles.map((a) => a.title)).toContain("市图书馆延长开放时间");
    const merged = fixed([
      { op: "split", line: 7 },
      { op: "merge", line: 7 },
    ]);
    expect(merged.articles).toHaveLength(fixed([]).articles.length);
    expect(merged.articles[0]!.edits.map((e) => e.op)).toEqual(["split", "merge"]);
  });

  test("title, kicker, subtitle: set by the editor, the printed text kept in the edit", () => {
    const p = fixed([
      { op: "title", line: 3, text: "城区新添口袋公园" },
      { op: "kicker", line: 3, text: "方便市民" },
    ]);
    expect(p.articles[0]).toMatchObject({ title: "城区新添口袋公园", kicker: "方便市民", titleInferred: false });
    expect(p.articles[0]!.edits).toEqual([
      { op: "title", line: 3, before: "城区新增三处口袋公园", note: null },
      { op: "kicker", line: 3, before: null, note: null },
    ]);
  });

  test("label: a line the editor marks as furniture leaves every story", () => {
    const p = fixed([{ op: "label", line: 9, as: "furniture" }]);
    expect(p.furniture.map((f) => f.text)).toContain("读书看报 天天向上");
    expect(p.articles.flatMap((a) => a.blocks.map((b) => b.text)).join("")).not.toContain("读书看报");
  });

  test.each<[string, Fix[]]>([
    ["split", [{ op: "split", line: 7 }]],
    [
      "merge after split",
      [
        { op: "split", line: 7 },
        { op: "merge", line: 7 },
      ],
    ],
    ["title", [{ op: "title", line: 3, text: "编辑另拟的标题" }]],
    ["label", [{ op: "label", line: 9, as: "caption" }]],
  ])("nothing is lost with a %s fix", (_, fixes) => {
    expect(multiset(inkKept(fixed(fixes)))).toBe(inputInk(PAGE));
  });

  test("a fix that cannot be made is reported with its line", () => {
    expect(fixed([{ op: "merge", line: 1 }]).fixProblems[0]).toMatchObject({
      line: 1,
      message: expect.stringContaining("no story before it"),
    });
    expect(fixed([{ op: "split", line: 3 }]).fixProblems[0]!.message).toContain("after its first");
  });
});

describe("corrections at ingest", () => {
  function folder(fix: string): string {
    const dir = mkdtempSync(join(tmpdir(), "lubao-fix-"));
    writeFileSync(
      join(dir, "publications.json"),
      JSON.stringify([{ id: "paper", name: "测试报", nameKnown: true, home: "370115" }]),
    );
    mkdirSync(join(dir, "paper"));
    writeFileSync(join(dir, "paper", "2024-05-01-p01.txt"), PAGE);
    writeFileSync(join(dir, "paper", "2024-05-01-p01.fix.json"), fix);
    return dir;
  }

  test("applied, recorded on the article and in the export", () => {
    const a = ingestFolder(folder(JSON.stringify({ fixes: [{ op: "split", line: 7 }] })));
    expect(a.reports.every((r) => r.ok)).toBe(true);
    const edited = a.articles.filter((x) => x.edits.length > 0);
    expect(edited.length).toBe(2);
    const issue = a.issues[0]!;
    const doc = exportIssue(issue, a.publications.find((p) => p.id === issue.publication)!, a.pages, a.articles);
    expect(exportIssueSchema.safeParse(doc).success).toBe(true);
    expect(doc.articles.some((x) => x.edits.some((e) => e.op === "split" && e.line === 7))).toBe(true);
  });

  test.each([
    ["not JSON", "{", /2024-05-01-p01\.fix\.json: not valid JSON/u],
    ["an unknown operation", JSON.stringify({ fixes: [{ op: "delete", line: 3 }] }), /fix\.json: fixes\.0\.op/u],
    [
      "a line the page does not have",
      JSON.stringify({ fixes: [{ op: "split", line: 99 }] }),
      /names line 99, but the page has 9 lines/u,
    ],
    ["a fix that cannot be made", JSON.stringify({ fixes: [{ op: "merge", line: 1 }] }), /fix "merge" at line 1/u],
  ])("%s is an error naming the file and line", (_, fix, message) => {
    const a = ingestFolder(folder(fix));
    const report = a.reports.find((r) => r.file.endsWith(".txt"))!;
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.message).join("\n")).toMatch(message);
  });
});

describe("corrections: applied exactly where they say, or refused naming file, fix and line", () => {
  test("split at a line inside a wrapped paragraph cuts the paragraph at that line", () => {
    const a = ingestFolder(base(fixes({ op: "split", line: 5 })));
    expect(errors(a)).toEqual([]);
    const second = holding(a, 5)!;
    expect(second.blocks[0]!.text).toBe("会议要求各街镇抓紧抓实春耕生产。");
    expect(second.edits).toEqual([{ op: "split", line: 5, before: null, note: null }]);
    expect(
      holding(a, 4)!
        .blocks.map((b) => b.text)
        .join(""),
    ).toBe(`${SAME.replace("本报讯 ", "")}副区长李明出席会议并讲话。`);
    expect(holding(a, 9)!.id).not.toBe(second.id);
  });

  test("split at a headline line is refused naming it, not applied at the next paragraph", () => {
    const a = ingestFolder(base(fixes({ op: "split", line: 12 })));
    expect(said(errors(a))).toMatch(/2024-03-05-a\.fix\.json: fix "split" at line 12: line 12 is no line a paragraph/u);
  });

  test("merge and split at one line are refused as contradicting", () => {
    const a = ingestFolder(base(fixes({ op: "merge", line: 15 }, { op: "split", line: 15 })));
    expect(a.pages).toEqual([]);
    expect(said(errors(a))).toMatch(/2024-03-05-a\.fix\.json: fixes "split" and "merge" both name line 15/u);
  });

  test("two titles for one story are refused, naming both lines", () => {
    const a = ingestFolder(base(fixes({ op: "title", line: 1, text: "甲" }, { op: "title", line: 4, text: "乙" })));
    expect(a.pages).toEqual([]);
    expect(said(errors(a))).toMatch(/fix "title" at line 4: line 1's fix "title" is for the same story/u);
  });

  test.each([
    ["a blank title", { op: "title", line: 4, text: " " }, /fixes\.0\.text: is blank/u],
    ["a full-width blank kicker", { op: "kicker", line: 4, text: "\u3000" }, /fixes\.0\.text: is blank/u],
    ["NUL in a title", { op: "title", line: 4, text: "标\u0000题" }, /control character \(U\+0000\)/u],
    ["ESC in a title", { op: "title", line: 4, text: "标\u001b[31m题" }, /control character \(U\+001B\)/u],
    ["a lone surrogate in a title", { op: "title", line: 4, text: "\ud800" }, /half a character/u],
    ["a lone surrogate in a kicker", { op: "kicker", line: 4, text: "引\udc00题" }, /half a character/u],
    ["a lone surrogate in a note", { op: "split", line: 9, note: "\ud800" }, /fixes\.0\.note: holds half a character/u],
    ["a label on a blank line", { op: "label", line: 6, as: "furniture" }, /fix "label" at line 6: the line is blank/u],
  ])("%s is refused naming the corrections file", (_, fix, message) => {
    const a = ingestFolder(base(fixes(fix)));
    expect(a.pages).toEqual([]);
    expect(said(errors(a))).toMatch(/2024-03-05-a\.fix\.json/u);
    expect(said(errors(a))).toMatch(message);
  });
});
