import { describe, expect, test } from "vitest";
import { estimateDate, issueNumbers, printedIssueDate, sidecarDate } from "../../ingest/issue-date.ts";

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
