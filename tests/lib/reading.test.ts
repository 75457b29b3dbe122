// The reading site's pure helpers: print order, addresses, calendars, pages of a list, an issue's 版.
import { describe, expect, test } from "vitest";
import { printOrder, printSortKey, type Placed } from "../../archive/order.ts";
import { permalink, urls } from "../../archive/urls.ts";
import { settingsFrom } from "../../archive/settings.ts";
import { withoutEmphasisMarks } from "../../archive/text/safe.ts";
import type { PageSummary, PaperDate } from "../../archive/schema/index.ts";
import { dayOf, monthGrid, monthKeyOf, pagesFromOldest, yearOfIssues } from "../../src/lib/calendar.ts";
import { issuePages, pageLabel } from "../../src/lib/issue-pages.ts";

const day = (year: number, month: number, d: number): PaperDate => ({
  precision: "day",
  year,
  month,
  day: d,
  inferred: false,
  evidence: "",
});
const month = (year: number, m: number): PaperDate => ({
  precision: "month",
  year,
  month: m,
  inferred: false,
  evidence: "",
});
const story = (
  id: string,
  date: PaperDate,
  issue: string,
  pageNumber: number | null,
  order: number,
  page = `${issue}-p${pageNumber}`,
) => ({ id, date, issue, page, pageNumber, order }) satisfies Placed & { id: string };

describe("print order", () => {
  // two issues of one day, an older issue, an unnumbered 版: shuffled, then put in order
  const stories = [
    story("b-lead", day(2025, 1, 3), "b-2025-01-03", 1, 1),
    story("a-p2-1", day(2025, 1, 3), "a-2025-01-03", 2, 1),
    story("a-lead", day(2025, 1, 3), "a-2025-01-03", 1, 1),
    story("a-p1-2", day(2025, 1, 3), "a-2025-01-03", 1, 2),
    story("a-none", day(2025, 1, 3), "a-2025-01-03", null, 1),
    story("old", month(2024, 7), "c-2024-07", null, 1),
    story("b-p1-2", day(2025, 1, 3), "b-2025-01-03", 1, 2),
  ];
  const expected = ["a-lead", "a-p1-2", "a-p2-1", "a-none", "b-lead", "b-p1-2", "old"];

  test("newest issue first, then by 版 (unnumbered last) and place on the page", () => {
    expect([...stories].sort(printOrder).map((s) => s.id)).toEqual(expected);
  });

  test("the one-string key sorts descending into the same groups, each issue's stories in print order", () => {
    const byKey = [...stories].sort((a, b) => printSortKey(b).localeCompare(printSortKey(a))).map((s) => s.id);
    // issues of one day may come in either order; within each, the order is the print order
    for (const issue of ["a-2025-01-03", "b-2025-01-03"])
      expect(byKey.filter((id) => stories.find((s) => s.id === id)!.issue === issue)).toEqual(
        expected.filter((id) => stories.find((s) => s.id === id)!.issue === issue),
      );
    expect(byKey.at(-1)).toBe("old");
  });
});

describe("addresses", () => {
  test("on the public address when one is set, else relative to the site; never a made-up host", () => {
    expect(permalink(urls.article("x-1"), "https://lubao.org")).toBe("https://lubao.org/articles/x-1/");
    expect(permalink(urls.article("x-1"), null)).toBe("/articles/x-1/");
  });

  test.each([
    ["https://lubao.org/", "https://lubao.org"],
    ["http://127.0.0.1:4321", "http://127.0.0.1:4321"],
  ])("LUBAO_SITE=%s is the site %s", (raw, site) => {
    expect(settingsFrom({ LUBAO_SITE: raw }).site).toBe(site);
  });

  test.each(["lubao.org", "ftp://lubao.org", "https://lubao.org/archive/"])("LUBAO_SITE=%s is refused", (raw) => {
    expect(() => settingsFrom({ LUBAO_SITE: raw })).toThrow(/LUBAO_SITE/u);
  });

  test("unset, there is no site", () => {
    expect(settingsFrom({}).site).toBeNull();
  });
});

test.each([
  ["高新区报总第**857**期", "高新区报总第857期"],
  ["**要闻** 第1版", "要闻 第1版"],
  ["window.__pwned = 1 … window.__x", "window.__pwned = 1 … window.__x"],
  ["2**3 与 ** 单独的星号", "2**3 与 ** 单独的星号"],
  ["**未闭合", "**未闭合"],
])("Markdown's emphasis markers are taken out of what readers see: %s", (raw, shown) => {
  expect(withoutEmphasisMarks(raw)).toBe(shown);
});

describe("calendars", () => {
  test("a month as a calendar prints it, Sunday first (2025年1月 begins on a Wednesday)", () => {
    const grid = monthGrid(2025, 1);
    expect(grid[0]).toEqual([null, null, null, 1, 2, 3, 4]);
    expect(grid.flat().filter((d) => d !== null)).toHaveLength(31);
    expect(grid.every((w) => w.length === 7)).toBe(true);
    expect(
      monthGrid(2024, 2)
        .flat()
        .filter((d) => d !== null),
    ).toHaveLength(29);
  });

  test("a year's issues: days by month, the less precisely dated apart", () => {
    const issues = [
      { id: "d3", date: day(2025, 1, 3) },
      { id: "m", date: month(2025, 1) },
      { id: "d1", date: day(2025, 1, 1) },
      { id: "f", date: day(2025, 2, 14) },
    ];
    const { months, rest } = yearOfIssues(issues);
    expect(months.map((m) => [m.month, [...m.days.keys()]])).toEqual([
      [1, [1, 3]],
      [2, [14]],
    ]);
    expect(rest.map((i) => i.id)).toEqual(["m"]);
    expect(dayOf(day(2025, 1, 3))).toBe("2025-01-03");
    expect(dayOf(month(2025, 1))).toBeNull();
    expect(monthKeyOf(day(2025, 1, 3))).toBe("2025-01");
    expect(monthKeyOf({ precision: "unknown", evidence: "" })).toBe("undated");
  });
});

describe("pages of a list, counted from its oldest end", () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => n - i); // newest first: n … 1
  test("page 1 holds the oldest; each page keeps newest first", () => {
    expect(pagesFromOldest(list(7), 3)).toEqual([[3, 2, 1], [6, 5, 4], [7]]);
  });

  test("a story added at the newest end changes only the last page", () => {
    const before = pagesFromOldest(list(7), 3);
    const after = pagesFromOldest(list(8), 3);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
  });
});

describe("an issue's 版", () => {
  const page = (id: string, pageNumber: number | null, pageName: string | null = null) =>
    ({ id, issue: "i", pageNumber, pageName }) as PageSummary;

  test("in print order, each at its 版次, or at its id where it has none or another has it first", () => {
    const pages = issuePages([page("c", null), page("b", 2, "综合"), page("a2", 1), page("a1", 1, "要闻")]);
    expect(pages.map((p) => [p.slot, p.label])).toEqual([
      ["1", "第1版 要闻"],
      ["a2", "第1版"],
      ["2", "第2版 综合"],
      ["c", "版次未注明"],
    ]);
    expect(pages[0]!.url).toBe("/issues/i/1/");
    expect(pageLabel({ pageNumber: null, pageName: "副刊" })).toBe("版次未注明 副刊");
  });
});
