// The ledger of story ids (id-ledger.ts, content/ids.json): an address once given never shows another story. A
// story holding the raw line an id was given at keeps it; an id no story keeps leads to the story now holding that
// line, or to its issue; the ids of before the ledger was kept lead to their stories. Built as the command line
// builds, in this process.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { urls } from "../../archive/urls.ts";
import { inkOf } from "../../archive/text/ink.ts";
import { AT, SAME, base } from "./alike-page.ts";
import { built, freshData, runIn } from "./folder.ts";

test("through merges and splits, each address shows the story holding the text it first showed, or leads to it", async () => {
  const dir = base();
  const data = freshData();
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
    const r = await runIn(dir, "build", data);
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
  const r = await runIn(base(), "build");
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
  const data = freshData();
  await runIn(dir, "build", data);
  const third = built(data).articles.find((a) => a.blocks[0]!.lines[0] === 15)!;
  // the editor reads the third story's lines as furniture: no story holds line 15
  writeFileSync(
    join(dir, `${AT}.fix.json`),
    JSON.stringify({ fixes: [12, 14, 15, 16].map((line) => ({ op: "label", line, as: "furniture" })) }),
  );
  expect((await runIn(dir, "build", data)).code).toBe(0);
  expect(built(data).moved[urls.article(third.id)]).toBe(urls.issue("jiyang-2024-03-05"));
});
