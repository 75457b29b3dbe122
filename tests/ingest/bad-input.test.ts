// Issue 26: an editor's mistake never breaks a link or silently drops a page. Each case is read as the build reads
// it (ingestFolder, or the ingest's run as the command line makes it), and a case the command line itself decides
// is run through it. The base page is the issue's: jiyang/2024-03-05-a.txt, three stories opening alike.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ingestFolder } from "../../ingest/ingest.ts";
import type { Archive, Problem } from "../../ingest/merge.ts";
import { pack } from "../../ingest/pack.ts";
import { runIngest } from "../../ingest/run.ts";
import { settingsFrom } from "../../archive/settings.ts";
import type { PageRecord } from "../../archive/schema/index.ts";
import { urls } from "../../archive/urls.ts";
import { inkOf } from "../../archive/text/ink.ts";
import { createHash } from "node:crypto";
import { holdLock, lockFileOf } from "../../archive/store/lock.ts";
import { writeArchive } from "../../ingest/write.ts";
import { cli, folder } from "./folder.ts";

const PUBS = [{ id: "jiyang", name: "济阳日报", nameKnown: true, home: "370115" }];
/** The first 40 characters of every story's text are the same: notices of one meeting. */
const SAME = "本报讯 3月4日，全区召开春季农业生产工作会议，安排部署当前春耕备播和农田水利建设等各项工作任务，";
const LINES = [
  "济阳区召开春季农业生产会议", // 1
  "", // 2
  "□ 本报记者 王小明", // 3
  `${SAME}副区长李明出席会议并讲话。`, // 4
  "会议要求各街镇抓紧抓实春耕生产。", // 5  (the same paragraph as line 4, wrapped)
  "", // 6
  "曲堤街道部署春耕备播工作", // 7
  "", // 8
  `${SAME}曲堤街道负责人参加会议。`, // 9
  "会议强调要做好农资供应保障。", // 10
  "", // 11
  "仁风镇推进农田水利建设", // 12
  "", // 13
  "□ 本报记者 赵小红", // 14
  `${SAME}仁风镇主要负责人参加。`, // 15
  "会议要求加快水利工程进度。", // 16
  "", // 17
];
const BASE = LINES.join("\n");
const AT = "jiyang/2024-03-05-a";

const problems = (a: Archive): Problem[] => a.reports.flatMap((r) => r.problems);
const errors = (a: Archive) => problems(a).filter((p) => p.severity === "error");
const warnings = (a: Archive) => problems(a).filter((p) => p.severity === "warning");
const said = (ps: Problem[]) => ps.map((p) => `${p.file}:${p.line ?? ""}: ${p.message}`).join("\n");
const base = (more: Record<string, string> = {}, pubs: unknown = PUBS) =>
  folder({ [`${AT}.txt`]: BASE, ...more }, pubs);
const fixes = (...f: unknown[]) => ({ [`${AT}.fix.json`]: JSON.stringify({ fixes: f }) });
/** The story whose text holds a raw line. */
const holding = (a: Archive, line: number) => a.articles.find((x) => x.blocks.some((b) => b.lines.includes(line)));

describe("links: a story's id is its own", () => {
  test("stories opening alike get ids that do not hang on their order: a merge leaves the third story's id", () => {
    const before = ingestFolder(base());
    expect(before.articles).toHaveLength(3);
    const third = holding(before, 15)!.id;
    const after = ingestFolder(base(fixes({ op: "merge", line: 9 })));
    expect(errors(after)).toEqual([]);
    expect(after.articles).toHaveLength(2);
    expect(holding(after, 15)!.id).toBe(third);
    // and no id of the first reading is now another story's
    for (const a of before.articles) {
      const now = after.articles.find((x) => x.id === a.id);
      if (now) expect(now.blocks.flatMap((b) => b.lines)).toContain(a.blocks[0]!.lines[0]);
    }
  });
});

describe("pages silently dropped or misfiled", () => {
  test("a page named .TXT is read, with its sidecar", () => {
    const dir = folder(
      {
        "jiyang/2024-03-05-a.TXT": BASE,
        "jiyang/2024-03-05-a.meta.json": '{"publication":"jiyang","page":3}',
      },
      PUBS,
    );
    const a = ingestFolder(dir);
    expect(errors(a)).toEqual([]);
    expect(a.pages).toEqual([expect.objectContaining({ id: "jiyang-2024-03-05-a", pageNumber: 3 })]);
    expect(a.articles).toHaveLength(3);
  });

  test("--check x.TXT reads the page, not the page as its own sidecar", () => {
    const dir = folder({ "jiyang/2024-03-05-a.TXT": BASE }, PUBS);
    const r = spawnSync(process.execPath, [cli, "--check", join(dir, "jiyang/2024-03-05-a.TXT")], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/1 files checked: 1 ok, 0 not ok, 3 articles/u);
    expect(r.status).toBe(0);
  });

  test.each(["Jiyang", "jiyang ", "JIYANG"])(
    "a page in the folder %j beside a paper jiyang is refused, naming it",
    (name) => {
      const a = ingestFolder(folder({ [`${name}/2024-03-05-a.txt`]: BASE }, PUBS));
      expect(a.pages).toEqual([]);
      expect(said(errors(a))).toMatch(
        /2024-03-05-a\.txt:: stands in the folder ".*", which is no paper's; the paper "jiyang"/u,
      );
    },
  );

  test("a page at the top of the folder, or in a folder no paper is named after, is filed with a warning", () => {
    const a = ingestFolder(folder({ "2024-03-05-a.txt": BASE, "misc/2024-03-06-a.txt": BASE }, PUBS));
    expect(a.pages.map((p) => p.publication)).toEqual(["unknown", "unknown"]);
    expect(said(warnings(a))).toMatch(
      /2024-03-05-a\.txt:: stands in no paper's folder and has no sidecar: filed under 未注明报纸/u,
    );
    expect(said(warnings(a))).toMatch(/misc\/2024-03-06-a\.txt:: stands in the folder "misc", which no paper/u);
  });

  test("a paper whose id is `unknown` is refused, not replaced by the stand-in", () => {
    const a = ingestFolder(
      folder({ "unknown/p.txt": BASE }, [{ id: "unknown", name: "真实的报纸", nameKnown: true, home: "370115" }]),
    );
    expect(said(errors(a))).toMatch(
      /publications\.json:: 0\.id: "unknown" is the archive's name for pages of no known paper/u,
    );
    expect(a.publications.filter((p) => p.id === "unknown")).toHaveLength(a.pages.length ? 1 : 0);
  });

  test("a file the ingest does not read is named: a sidecar's slip of a name, a sidecar beside no page", () => {
    const a = ingestFolder(
      base({
        [`${AT}.meta.jsn`]: '{"publication":"jiyang","page":2}',
        [`${AT}.metajson`]: '{"publication":"jiyang","page":2}',
        "jiyang/2024-03-05-b.fix.json": '{"fixes":[]}',
        "jiyang/notes.docx": "x",
        "jiyang/.gitkeep": "",
      }),
    );
    const w = said(warnings(a));
    expect(w).toMatch(/2024-03-05-a\.meta\.jsn:: not read: a page's sidecar is named <page>\.meta\.json/u);
    expect(w).toMatch(/2024-03-05-a\.metajson:: not read: a page's sidecar is named/u);
    expect(w).toMatch(
      /2024-03-05-b\.fix\.json:: corrections for 2024-03-05-b\.txt or \.pdf, which is not in this folder: not read/u,
    );
    expect(w).toMatch(/notes\.docx:: not read/u);
    expect(w).not.toMatch(/gitkeep/u);
  });

  test("a key of publications.json the archive does not know (`hint`) is named in a warning", () => {
    const a = ingestFolder(base({}, [{ ...PUBS[0], hint: { headline: "below" } }]));
    expect(said(warnings(a))).toMatch(
      /publications\.json:: 0\.hint: no such field, not read \(did you mean "hints"\?\)/u,
    );
  });
});

describe("dates", () => {
  test.each(["1899-12-31", "2101-01-01", "9999-12-31", "0000"])(
    "a sidecar date %s is refused, naming the file",
    (date) => {
      const a = ingestFolder(base({ [`${AT}.meta.json`]: JSON.stringify({ publication: "jiyang", date }) }));
      expect(a.pages).toEqual([]);
      expect(said(errors(a))).toMatch(/2024-03-05-a\.meta\.json: date: a year from 1900 to 2100/u);
    },
  );

  test("a page printing 1899年 is told the year is outside the archive's, not that it is no day", () => {
    const a = ingestFolder(folder({ [`${AT}.txt`]: `1899年3月5日 星期日\n\n${BASE}` }, PUBS));
    const w = said(warnings(a));
    expect(w).toMatch(/1899年3月5日, a year outside those the archive takes \(1900–2100\): not used/u);
    expect(w).not.toMatch(/no day of the calendar/u);
  });

  test("a file name beginning with a date the archive cannot take says so", () => {
    const a = ingestFolder(folder({ "jiyang/1899-12-31-a.txt": BASE }, PUBS));
    expect(said(warnings(a))).toMatch(/1899-12-31-a\.txt:: its name begins with 1899-12-31, a year outside/u);
  });

  test("two pages of one issue name dated apart are refused, naming both; dated alike they are one issue", () => {
    const meta = (date: string) => JSON.stringify({ publication: "jiyang", issue: "special", date });
    const apart = ingestFolder(
      folder(
        {
          "jiyang/a.txt": BASE,
          "jiyang/a.meta.json": meta("2024-01-01"),
          "jiyang/b.txt": BASE.replace(/仁风镇/gu, "新市镇"),
          "jiyang/b.meta.json": meta("2024-02-01"),
        },
        PUBS,
      ),
    );
    expect(said(errors(apart))).toMatch(
      /b\.txt:: its issue "jiyang-special" is dated 2024-02-01 here, but .*a\.txt of the same issue is dated 2024-01-01/u,
    );
    const alike = ingestFolder(
      folder(
        {
          "jiyang/a.txt": BASE,
          "jiyang/a.meta.json": meta("2024-01-01"),
          "jiyang/b.txt": BASE.replace(/仁风镇/gu, "新市镇"),
          "jiyang/b.meta.json": meta("2024-01-01"),
        },
        PUBS,
      ),
    );
    expect(errors(alike)).toEqual([]);
    expect(alike.issues).toHaveLength(1);
    expect(new Set(alike.articles.map((x) => JSON.stringify(x.date))).size).toBe(1);
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

  test("half a character in a paper's name or a 版名 is refused naming its file", () => {
    const pubs = ingestFolder(base({}, [{ ...PUBS[0], name: "济阳\ud800日报" }]));
    expect(said(errors(pubs))).toMatch(/publications\.json:: 0\.name: holds half a character/u);
    const side = ingestFolder(base({ [`${AT}.meta.json`]: '{"publication":"jiyang","pageName":"要闻\\udfff"}' }));
    expect(said(errors(side))).toMatch(/2024-03-05-a\.meta\.json: pageName: holds half a character/u);
  });
});

describe("names too long for a file", () => {
  test("an 80-character Chinese file name and a 250-character ASCII one give ids a file may be named", () => {
    const chinese = "济阳区召开春季农业生产工作会议暨农田水利建设动员大会".repeat(4).slice(0, 80);
    const ascii = "a".repeat(250);
    const a = ingestFolder(folder({ [`jiyang/${chinese}.txt`]: BASE, [`jiyang/${ascii}.txt`]: BASE }, PUBS));
    expect(errors(a)).toEqual([]);
    for (const id of [...a.pages.map((p) => p.id), ...a.articles.map((x) => x.id), ...a.issues.map((i) => i.id)])
      expect(Buffer.byteLength(`${id}.json`)).toBeLessThanOrEqual(255);
    // what the build writes can be written: a record per page, named by its id
    const data = join(mkdtempSync(join(tmpdir(), "lubao-long-")), "data");
    writeArchive(pack(a), data);
    expect(readdirSync(join(data, "records")).sort()).toEqual(a.pages.map((p) => `${p.id}.json`).sort());
    // the short form is stable: the same on every reading
    const once = ingestFolder(folder({ [`jiyang/${chinese}.txt`]: BASE }, PUBS)).pages[0]!;
    expect(a.pages.find((p) => p.source.includes(chinese))!.id).toBe(once.id);
  });

  test("a 240-character paper id is refused in publications.json", () => {
    const id = "j".repeat(240);
    const a = ingestFolder(folder({ [`${id}/p.txt`]: BASE }, [{ ...PUBS[0], id }]));
    expect(said(errors(a))).toMatch(/publications\.json:: 0\.id: publication id: at most 64 characters/u);
  });
});

describe("moved.json", () => {
  const check = (dir: string) => spawnSync(process.execPath, [cli, "--check", dir], { encoding: "utf8" });
  test("a trailing comma is refused naming the file, line and column; a BOM is read", () => {
    const bad = check(base({ "moved.json": '{\n  "/issues/old/": "/publications/jiyang/",\n}' }));
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/error: .*moved\.json: not valid JSON \(line 3, column 1\)/u);
    const bom = check(base({ "moved.json": '\ufeff{"/issues/old/": "/publications/jiyang/"}' }));
    expect(bom.stderr).toBe("");
    expect(bom.status).toBe(0);
  });
});

/** The ingest as the command line runs it, in this process: a check of a folder, or a build into a data folder. */
async function run(
  dir: string,
  mode: "check" | "build",
  data = join(mkdtempSync(join(tmpdir(), "lubao-data-")), "data"),
) {
  const lines: string[] = [];
  const say = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
  const settings = settingsFrom({ LUBAO_CONTENT_DIR: dir, LUBAO_DATA_DIR: data, LUBAO_NO_CACHE: "1" });
  const code = await runIngest(settings, mode === "check" ? { check: dir } : {}, say);
  return { code, text: lines.join("\n"), data };
}

/** Every story of a built data folder, with its text's lines, and the addresses it sends on. */
function built(data: string) {
  const articles = readdirSync(join(data, "records")).flatMap(
    (f) => (JSON.parse(readFileSync(join(data, "records", f), "utf8")) as PageRecord).articles,
  );
  return { articles, moved: JSON.parse(readFileSync(join(data, "moved.json"), "utf8")) as Record<string, string> };
}

describe("links across edits: an address once given never shows another story", () => {
  test("through merges and splits, each address shows the story holding the text it first showed, or leads to it", async () => {
    const dir = base();
    const data = join(mkdtempSync(join(tmpdir(), "lubao-data-")), "data");
    const fixFile = join(dir, `${AT}.fix.json`);
    const steps: unknown[][] = [
      [],
      [{ op: "merge", line: 9 }],
      [
        { op: "merge", line: 9 },
        { op: "merge", line: 15 },
      ],
      [{ op: "merge", line: 15 }],
      [{ op: "split", line: 5 }],
      [
        { op: "split", line: 5 },
        { op: "merge", line: 9 },
      ],
      [],
    ];
    /** Each address given, and the raw line its story's text began on when it was first given. */
    const first = new Map<string, number>();
    for (const [n, f] of steps.entries()) {
      writeFileSync(fixFile, JSON.stringify({ fixes: f }));
      const r = await run(dir, "build", data);
      expect(r.code, r.text).toBe(0);
      const { articles, moved } = built(data);
      for (const a of articles) if (!first.has(a.id)) first.set(a.id, a.blocks[0]!.lines[0]!);
      for (const [id, line] of first) {
        const live = articles.find((a) => a.id === id);
        const shown = live ?? articles.find((a) => urls.article(a.id) === moved[urls.article(id)]);
        expect(shown, `step ${n}: ${id} (line ${line}) is neither shown nor sent on`).toBeDefined();
        expect(
          shown!.blocks.flatMap((b) => b.lines),
          `step ${n}: ${id}`,
        ).toContain(line);
      }
    }
    // every address was kept: the ledger knows them all (and the ids of before it was kept: see below)
    const ledger = JSON.parse(readFileSync(join(dir, "ids.json"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(ledger)).toEqual(expect.arrayContaining([...first.keys()]));
    // back where it began: the first three addresses show their stories again, and none is sent on
    const { articles, moved } = built(data);
    expect(articles).toHaveLength(3);
    for (const a of articles) expect(moved[urls.article(a.id)]).toBeUndefined();
  });

  test("links published before the ledger was kept (…-h, …-h-2, …-h-3) lead to the stories they showed", async () => {
    const r = await run(base(), "build");
    const { articles, moved } = built(r.data);
    // the ids the archive gave before: the opening's hash, numbered in page order
    const opening = (s: string) => createHash("sha1").update(s).digest("hex").slice(0, 8);
    const h = `jiyang-2024-03-05-a-${opening(inkOf(SAME.replace("本报讯 ", "")).slice(0, 40))}`;
    for (const [old, line] of [
      [h, 4],
      [`${h}-2`, 9],
      [`${h}-3`, 15],
    ] as const) {
      const story = articles.find((a) => a.blocks[0]!.lines[0] === line)!;
      expect(story.id).not.toBe(old);
      expect(moved[urls.article(old)]).toBe(urls.article(story.id));
    }
  });

  test("an address whose text no story holds any more leads to its issue", async () => {
    const dir = base();
    const data = join(mkdtempSync(join(tmpdir(), "lubao-data-")), "data");
    await run(dir, "build", data);
    const third = built(data).articles.find((a) => a.blocks[0]!.lines[0] === 15)!;
    // the editor reads the third story's lines as furniture: no story holds line 15
    writeFileSync(
      join(dir, `${AT}.fix.json`),
      JSON.stringify({ fixes: [12, 14, 15, 16].map((line) => ({ op: "label", line, as: "furniture" })) }),
    );
    expect((await run(dir, "build", data)).code).toBe(0);
    expect(built(data).moved[urls.article(third.id)]).toBe(urls.issue("jiyang-2024-03-05"));
  });
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
      const r = await run(dir, mode);
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
    const r = await run(dir, "build");
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
    const check = await run(dir, "check");
    const build = await run(dir, "build");
    expect(build.code).toBe(check.code);
    const refusals = (text: string) =>
      text
        .split("\n")
        .filter((l) => l.startsWith("error: "))
        .sort();
    expect(refusals(build.text)).toEqual(refusals(check.text));
  });
});

describe("builds", () => {
  const root = join(import.meta.dirname, "../..");
  test("a build while another holds the folders is stopped at once, naming the other; a dead one's lock is taken over", () => {
    const scratch = mkdtempSync(join(tmpdir(), "lubao-lock-"));
    const [out, data] = [join(scratch, "dist"), join(scratch, "data")];
    const env = { ...process.env, LUBAO_OUT_DIR: out, LUBAO_DATA_DIR: data, LUBAO_CONTENT_DIR: base() };
    const other = spawn("sleep", ["60"], { stdio: "ignore" });
    try {
      writeFileSync(lockFileOf(out), `${other.pid}\n`);
      const build = spawnSync(process.execPath, [join(root, "scripts/build.ts")], { env, encoding: "utf8" });
      expect(build.status).toBe(1);
      expect(build.stderr).toMatch(new RegExp(`build: another build is running \\(pid ${other.pid}\\)`, "u"));
      expect(readdirSync(scratch).sort()).toEqual(["dist.lock"]);
      writeFileSync(lockFileOf(data), `${other.pid}\n`);
      const ingest = spawnSync(process.execPath, [cli], { env, encoding: "utf8" });
      expect(ingest.status).toBe(1);
      expect(ingest.stderr).toMatch(/ingest: another build is running/u);
    } finally {
      other.kill();
    }
    // the process that held them is gone: its locks are stale, and taken
    writeFileSync(lockFileOf(out), "999999999\n");
    const lock = holdLock(out, "test");
    expect(lock.ok).toBe(true);
    if (lock.ok) lock.release();
    expect(readdirSync(scratch)).not.toContain("dist.lock");
  });

  test("a part is built through npm, as the README says (the machine's own Node may be too old for TypeScript)", () => {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(pkg.scripts["build:part"]).toBe("node scripts/parts/build-part.ts");
    const readme = readFileSync(join(root, "README.md"), "utf8");
    expect(readme).toContain("npm run build:part -- content-parts/jinan-2024 out/jinan-2024");
    // no command the README gives runs a .ts file with the machine's node
    expect(readme.match(/\bnode [\w./-]+\.ts\b/gu) ?? []).toEqual([]);
  });
});
