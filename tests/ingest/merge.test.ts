// Pages put together (merge.ts): what two files claim at once is refused naming both (one issue id for two papers,
// one issue dated two ways) or kept with a warning (two pages printed in one slot).
import { describe, expect, test } from "vitest";
import { ingestFolder } from "../../ingest/ingest.ts";
import { BASE, PUBS } from "./alike-page.ts";
import { PAGE, errors, folder, runIn, said } from "./folder.ts";

describe("what two files claim at once", () => {
  test("two papers whose issue ids meet are refused, naming both pages", async () => {
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
    expect((await runIn(dir, "check")).code).toBe(1);
  });

  test("two pages of one issue name dated apart are refused, naming both; dated alike they are one issue", () => {
    const meta = (date: string) => JSON.stringify({ publication: "jiyang", issue: "special", date });
    /** Two pages of the issue, the first dated 2024-01-01 and the second as given. */
    const twoPages = (secondDate: string) =>
      ingestFolder(
        folder(
          {
            "jiyang/a.txt": BASE,
            "jiyang/a.meta.json": meta("2024-01-01"),
            "jiyang/b.txt": BASE.replace(/仁风镇/gu, "新市镇"),
            "jiyang/b.meta.json": meta(secondDate),
          },
          PUBS,
        ),
      );
    const apart = twoPages("2024-02-01");
    expect(said(errors(apart))).toMatch(
      /b\.txt:: its issue "jiyang-special" is dated 2024-02-01 here, but .*a\.txt of the same issue is dated 2024-01-01/u,
    );
    const alike = twoPages("2024-01-01");
    expect(errors(alike)).toEqual([]);
    expect(alike.issues).toHaveLength(1);
    expect(new Set(alike.articles.map((x) => JSON.stringify(x.date))).size).toBe(1);
  });

  test("two files claiming the same issue and page are both kept, with a warning", () => {
    const meta = '{"publication":"test-paper","date":"2024-09-20","page":1}';
    const a = ingestFolder(folder({ "a.txt": PAGE, "a.meta.json": meta, "b.txt": PAGE, "b.meta.json": meta }));
    expect(a.pages).toHaveLength(2);
    expect(a.reports[1]!.problems.map((p) => p.message).join()).toMatch(/same issue and page/u);
  });
});
