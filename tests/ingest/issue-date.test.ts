// An issue's date (issue-date.ts): printed on the page, given in the sidecar, in the file's name, or estimated from
// the stories as a lower bound; a date that is no day, or outside 1900–2100, is refused where an editor gives it and
// not used where a page prints it; a date nothing tells is unknown, and the page is an issue of its own.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { ingestFolder } from "../../ingest/ingest.ts";
import { estimateDate, fileNameDate, issueNumbers, printedIssueDate, sidecarDate } from "../../ingest/issue-date.ts";
import { formatPaperDate, isoPaperDate, knownIsoDate } from "../../archive/dates.ts";
import { AT, BASE, PUBS, base } from "./alike-page.ts";
import { PAGE, errors, folder, problems, said, warnings } from "./folder.ts";

const content = join(import.meta.dirname, "../../content");

describe("issue dates", () => {
  test("the printed issue date is read whole, words and all", () =>
    expect(printedIssueDate("2025年1月3日 星期五 农历甲辰年十二月初四")).toEqual({
      year: 2025,
      month: 1,
      day: 3,
      text: "2025年1月3日",
    }));
  test("a sidecar date keeps its precision", () =>
    expect(sidecarDate("2024-07")).toEqual({
      year: 2024,
      month: 7,
      precision: "month",
      inferred: false,
      evidence: "元数据文件给出：2024-07",
    }));
  test("estimated from story dates: plans and ranges left out, the latest month named a lower bound", () => {
    const d = estimateDate([
      "截至2023年3月底，全区新增企业200家。到2025年建成后将带动就业。",
      "3月20日，会议召开。征集时间：4月1日至4月30日。",
    ]);
    expect(d).toMatchObject({ year: 2023, month: 3, precision: "not-before", inferred: true });
  });
  test("no dates at all gives no estimate", () => expect(estimateDate(["今天天气很好。"])).toBeNull());
  test("issue numbers", () =>
    expect(issueNumbers("某某报总第**857**期 2025年第1期")).toEqual({ number: 857, yearNumber: 1 }));
});

describe("estimating an issue's date", () => {
  test("the dates the stories name are a lower bound: not before the latest of them", () => {
    expect(estimateDate(["2023年12月29日，市政协召开会议。2023年11月3日，项目开工。"])).toMatchObject({
      precision: "not-before",
      year: 2023,
      month: 12,
      day: 29,
      inferred: true,
    });
  });
  test("a year in the kicker outweighs an earlier date in the stories (a 2024 special reporting on December 2023)", () => {
    expect(estimateDate(["2023年12月29日，市政协召开会议。"], ["2024某市两会特别策划"])).toMatchObject({
      precision: "year",
      year: 2024,
      inferred: true,
    });
  });
  test("a date in the file's name is the editor's, and is read", () => {
    expect(fileNameDate("content/jinan-lianghui/2024-01-a.txt")).toMatchObject({
      precision: "month",
      year: 2024,
      month: 1,
      inferred: false,
    });
    expect(fileNameDate("2025-01-03-p01.txt")).toMatchObject({ precision: "day", day: 3 });
    expect(fileNameDate("page-2024.txt")).toBeNull();
    expect(fileNameDate("2024-13-a.txt")).toBeNull();
  });
  test("the 2024 两会 special is filed in January 2024, not December 2023", () => {
    const a = ingestFolder(content);
    expect(a.issues.find((i) => i.publication === "jinan-lianghui")).toMatchObject({
      id: "jinan-lianghui-2024-01",
      date: { year: 2024, month: 1 },
    });
  });
});

describe("a date that is not known is not printed", () => {
  const undated = "全区召开秋粮收购工作会议\n\n本报讯 近日，全区召开秋粮收购工作会议，部署相关工作。\n";
  test("two undated pages of one paper are two issues, each keyed by its page, with no date", () => {
    const a = ingestFolder(
      folder({ "test-paper/a.txt": undated, "test-paper/b.txt": undated.replace("秋粮", "夏粮") }),
    );
    expect(a.issues.map((i) => i.id).sort()).toEqual([
      "test-paper-undated-test-paper-a",
      "test-paper-undated-test-paper-b",
    ]);
    for (const i of a.issues) {
      expect(i.date.precision).toBe("unknown");
      expect(formatPaperDate(i.date)).toBe("日期不详");
      expect(isoPaperDate(i.date)).toBeNull();
      expect(knownIsoDate(i.date)).toBeNull();
    }
  });
});

describe("impossible dates", () => {
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
});
