// The folder walk (files.ts) and page ids (page-id.ts): every raw page is found and given an id of its own; a file
// the ingest does not read is named, never passed over; the walk never leaves the folder and never crashes.
import { chmodSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ingestFolder } from "../../ingest/ingest.ts";
import { listPages } from "../../ingest/files.ts";
import { pack } from "../../ingest/pack.ts";
import { writeArchive } from "../../ingest/write.ts";
import { AT, BASE, PUBS, base } from "./alike-page.ts";
import { PAGE, errors, folder, problems, runIn, said, warnings } from "./folder.ts";

describe("page ids: one file each", () => {
  test.each([
    ["2024-03-08-P01.txt", "2024-03-08-p01.txt"],
    ["a b.txt", "a_b.txt"],
  ])("two files whose names make one page id, %s and %s, are refused, naming both", async (x, y) => {
    const dir = folder({ [x]: PAGE, [y]: PAGE.replace("秋粮", "夏粮") });
    const a = ingestFolder(dir);
    expect(errors(a)).toHaveLength(1);
    expect(errors(a)[0]!.message).toContain(x);
    expect(errors(a)[0]!.file).toMatch(new RegExp(`${y}$`, "u"));
    expect((await runIn(dir, "check")).code).toBe(1);
  });

  test("pages named in Chinese get ids of their own", () => {
    const a = ingestFolder(folder({ "济阳一版.txt": PAGE, "济阳二版.txt": PAGE.replace("秋粮", "夏粮") }));
    expect(errors(a)).toEqual([]);
    expect(a.pages.map((p) => p.id).sort()).toEqual(["ji-yang-er-ban", "ji-yang-yi-ban"]);
    expect(new Set(a.articles.map((x) => x.source)).size).toBe(2);
  });

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
});

describe("every page found, every other file named", () => {
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

  test("an empty folder fails the check, saying so", async () => {
    const r = await runIn(folder({}), "check");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/no raw pages/u);
  });
});

describe("the folder walk never crashes and never leaves the folder", () => {
  test("a dangling link and a link loop are reported by name; the other pages are read", () => {
    const dir = folder({ "good.txt": PAGE, "sub/ok.txt": PAGE.replace("秋粮", "夏粮") });
    symlinkSync(join(dir, "gone.txt"), join(dir, "dangling.txt"));
    symlinkSync(dir, join(dir, "sub", "loop"));
    const a = ingestFolder(dir);
    expect(a.pages).toHaveLength(2);
    expect(said(problems(a))).toMatch(/dangling\.txt:: a link to nothing/u);
    expect(said(problems(a))).toMatch(/sub\/loop:: a link back/u);
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
      expect(said(problems(ingestFolder(dir)))).toMatch(/locked:: folder cannot be read/u);
    } finally {
      chmodSync(join(dir, "locked"), 0o755);
    }
  });
});
