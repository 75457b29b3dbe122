// One page read (read-page.ts): its paper (the sidecar's, else the folder's, exactly), and what it keeps when it
// holds no story.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ingestFolder } from "../../ingest/ingest.ts";
import { BASE, PUBS } from "./alike-page.ts";
import { PAGE, errors, folder, said, warnings } from "./folder.ts";

describe("a page's paper: its sidecar's, else the folder it stands in, named exactly", () => {
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

  test("a folder with a subfolder per paper still works", () => {
    const dir = folder({});
    mkdirSync(join(dir, "test-paper"));
    writeFileSync(join(dir, "test-paper", "p.txt"), PAGE);
    expect(ingestFolder(dir).pages[0]).toMatchObject({ publication: "test-paper", id: "test-paper-p" });
  });
});

test("a page with no recognisable story keeps its furniture and says so", () => {
  const a = ingestFolder(folder({ "p.txt": "编辑：张三 美编：李四\n\n今天 晴 温度 10℃\n" }));
  expect(a.reports[0]!.ok).toBe(true);
  expect(a.reports[0]!.problems.map((p) => p.message).join()).toMatch(/no story recognised/u);
  expect(a.pages[0]!.furniture.length).toBe(2);
});
