// What an editor writes beside the pages (editor-files.ts): a page's sidecar and publications.json, in the
// encodings pages come in, each checked against its schema; a slip is refused or warned of, naming the file, the
// entry and the field. (Corrections files: fixes.test.ts.)
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import { ingestFolder } from "../../ingest/ingest.ts";
import { AT, BASE, PUBS, base } from "./alike-page.ts";
import { PAGE, TEST_PUBS, errors, folder, problems, said, warnings } from "./folder.ts";

describe("a page's sidecar", () => {
  test("invalid sidecar metadata is an error naming the file and the field", () => {
    const a = ingestFolder(folder({ "p.txt": PAGE, "p.meta.json": '{"publication":"test-paper","page":"one"}' }));
    expect(a.reports[0]!.ok).toBe(false);
    expect(a.reports[0]!.problems[0]!.message).toMatch(/p\.meta\.json.*page/u);
  });

  test("a GBK sidecar's page name is read right, with a warning", () => {
    const a = ingestFolder(
      folder({
        "p.txt": PAGE,
        "p.meta.json": iconv.encode('{"publication":"test-paper","pageName":"要闻综合"}', "gbk"),
      }),
    );
    expect(a.pages[0]!.pageName).toBe("要闻综合");
    expect(said(problems(a))).toMatch(/p\.meta\.json: read as GB18030/u);
  });

  test("a byte-order mark is accepted in publications.json and in a sidecar", () => {
    const bom = (s: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s)]);
    const dir = folder({ "p.txt": PAGE, "p.meta.json": bom('{"publication":"test-paper","page":2}') });
    writeFileSync(join(dir, "publications.json"), bom(JSON.stringify(TEST_PUBS)));
    const a = ingestFolder(dir);
    expect(errors(a)).toEqual([]);
    expect(a.pages[0]).toMatchObject({ publication: "test-paper", pageNumber: 2 });
  });

  test("page number 1e9 is refused", () => {
    const a = ingestFolder(folder({ "p.txt": PAGE, "p.meta.json": '{"publication":"test-paper","page":1e9}' }));
    expect(errors(a)[0]!.message).toMatch(/page: a 版次 from 1 to 999/u);
  });

  // a sidecar as large as the guarded opener allows (4 MB; larger ones are refused, guarded-read.test.ts)
  test("a page name of a million characters is cut, with a warning", () => {
    const a = ingestFolder(
      folder({
        "p.txt": PAGE,
        "p.meta.json": JSON.stringify({ publication: "test-paper", pageName: "要闻".repeat(500_000) }),
      }),
    );
    expect(a.pages[0]!.pageName!.length).toBeLessThanOrEqual(40);
    expect(said(problems(a))).toMatch(/pageName is 1000000 characters/u);
  });
});

describe("publications.json", () => {
  test("unreadable publications.json is an error naming it", () => {
    const dir = folder({ "p.txt": PAGE });
    writeFileSync(join(dir, "publications.json"), "{ not json");
    const a = ingestFolder(dir);
    expect(a.reports[0]).toMatchObject({ ok: false });
    expect(a.reports[0]!.problems[0]!.message).toMatch(/not valid JSON/u);
  });

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

  test("a problem names the folder's own publications.json", () => {
    const dir = folder({ "p.txt": PAGE, "p.meta.json": '{"publication":"nobody"}' });
    expect(errors(ingestFolder(dir))[0]!.message).toContain(`${dir.split("/").at(-1)}/publications.json`);
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

  test("a key of publications.json the archive does not know (`hint`) is named in a warning", () => {
    const a = ingestFolder(base({}, [{ ...PUBS[0], hint: { headline: "below" } }]));
    expect(said(warnings(a))).toMatch(
      /publications\.json:: 0\.hint: no such field, not read \(did you mean "hints"\?\)/u,
    );
  });

  test("a 240-character paper id is refused in publications.json", () => {
    const id = "j".repeat(240);
    const a = ingestFolder(folder({ [`${id}/p.txt`]: BASE }, [{ ...PUBS[0], id }]));
    expect(said(errors(a))).toMatch(/publications\.json:: 0\.id: publication id: at most 64 characters/u);
  });
});

test("half a character in a paper's name or a 版名 is refused naming its file", () => {
  const pubs = ingestFolder(base({}, [{ ...PUBS[0], name: "济阳\ud800日报" }]));
  expect(said(errors(pubs))).toMatch(/publications\.json:: 0\.name: holds half a character/u);
  const side = ingestFolder(base({ [`${AT}.meta.json`]: '{"publication":"jiyang","pageName":"要闻\\udfff"}' }));
  expect(said(errors(side))).toMatch(/2024-03-05-a\.meta\.json: pageName: holds half a character/u);
});
