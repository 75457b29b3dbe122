// Dates as the archive shows and orders them (dates.ts): an estimate is shown as one and never given as a
// publication date; one newest-first order everywhere, by day within a month, undated last.
import { expect, test } from "vitest";
import { formatPaperDate, isoPaperDate, knownIsoDate, newestFirst } from "../../archive/dates.ts";
import type { PaperDate } from "../../archive/schema/index.ts";
import { estimateDate } from "../../ingest/issue-date.ts";

test("an estimate is shown as one, and never given as datePublished", () => {
  const d = estimateDate(["2024年7月16日，全区召开会议。"])!;
  expect(formatPaperDate(d)).toBe("2024年7月16日以后（推断）");
  expect(isoPaperDate(d)).toBe("2024-07-16/..");
  expect(knownIsoDate(d)).toBeNull();
});

test("one newest-first order: by day within a month, undated last", () => {
  const d = (date: PaperDate, id: string) => ({ date, id });
  const list = [
    d({ precision: "unknown", evidence: "" }, "u"),
    d({ precision: "month", year: 2024, month: 7, inferred: true, evidence: "" }, "m"),
    d({ precision: "day", year: 2024, month: 7, day: 3, inferred: false, evidence: "" }, "d3"),
    d({ precision: "day", year: 2024, month: 7, day: 16, inferred: false, evidence: "" }, "d16"),
    d({ precision: "not-before", year: 2024, month: 8, day: null, inferred: true, evidence: "" }, "nb"),
  ];
  expect(list.sort(newestFirst).map((x) => x.id)).toEqual(["nb", "d16", "d3", "m", "u"]);
});
