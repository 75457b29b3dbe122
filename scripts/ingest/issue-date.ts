import type { PaperDate } from "../../src/lib/schema/issue.ts";
import { maxOf } from "../../src/lib/array.ts";

/** The issue date the page prints (2025年1月3日 星期五), read off an issue-date furniture line. */
export function printedIssueDate(line: string): PaperDate | null {
  const m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(line);
  if (!m) return null;
  return { year: +m[1]!, month: +m[2]!, day: +m[3]!, precision: "day", inferred: false, evidence: `printed: ${m[0]}` };
}

/** A date an editor gave in the sidecar: YYYY-MM-DD, YYYY-MM or YYYY. */
export function sidecarDate(value: string): PaperDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value);
  if (!m) return null;
  const month = m[2] ? +m[2] : null;
  const day = m[3] ? +m[3] : null;
  return {
    year: +m[1]!,
    month,
    day,
    precision: day ? "day" : month ? "month" : "year",
    inferred: false,
    evidence: `sidecar: ${value}`,
  };
}

/** Words before a year that make it a plan or target, not news (到2025年, 力争2035年). */
const PLAN_BEFORE = /(到|力争|预计|计划|争取|将于|将在|目标)\s*$/u;
/** Words after a year that make it a deadline (2025年前, 2023年底前, 2025年建成). */
const PLAN_AFTER = /^\s*(前|底前|以前|建成|完成|实现)/u;
/** "As of" words: the date after them is the report's own (截至2022年4月底). */
const AS_OF_BEFORE = /(截至|截止)\s*$/u;

/** How much a year mention says about when the page was printed. */
const WEIGHT = { plain: 1, withMonth: 3, asOf: 5 } as const;

/**
 * Estimate an issue's date from the dates its stories name: the year of the latest full date, else the
 * year most named for events (a year with a month or quarter counts more, an "as of" date most; plans and
 * deadlines not at all), and the latest month named for that year. Marked inferred, with precision.
 */
export function estimateDate(texts: string[]): PaperDate | null {
  const text = texts.join("\n");
  const isPlan = (index: number, length: number) =>
    PLAN_BEFORE.test(text.slice(Math.max(0, index - 4), index)) ||
    PLAN_AFTER.test(text.slice(index + length, index + length + 4));
  const fullDates = [...text.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu)]
    .filter((m) => !isPlan(m.index ?? 0, m[0].length))
    .map((m) => +m[1]!);
  const yearWeights = new Map<number, number>();
  for (const m of text.matchAll(
    /(?<!\d)(\d{4})\s*年(?!代)(\s*(\d{1,2}\s*月|[一二三四]季度|上半年|下半年|前三季度))?/gu,
  )) {
    const y = +m[1]!;
    const at = m.index ?? 0;
    if (y < 1949 || y > 2100 || isPlan(at, m[0].length)) continue;
    const w = AS_OF_BEFORE.test(text.slice(Math.max(0, at - 3), at))
      ? WEIGHT.asOf
      : m[2]
        ? WEIGHT.withMonth
        : WEIGHT.plain;
    yearWeights.set(y, (yearWeights.get(y) ?? 0) + w);
  }
  let year: number;
  let evidence: string;
  if (fullDates.length) {
    year = maxOf(fullDates);
    evidence = `latest full date named in the stories (${year}年)`;
  } else if (yearWeights.size) {
    year = [...yearWeights].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
    evidence = `year most named for events in the stories (${year}年)`;
  } else return null;
  // months of that year, or of no stated year; a range (6月1日至6月30日) announces, it does not report
  const months: number[] = [];
  for (const m of text.matchAll(
    /(?:(\d{4})\s*年\s*)?(?<![\d至到])(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?(?!\s*(?:\d{1,2}\s*日\s*)?[至到—－-])/gu,
  )) {
    const y = m[1] ? +m[1] : year;
    const mo = +m[2]!;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 1), m.index ?? 0);
    if (y === year && mo >= 1 && mo <= 12 && !/[至到]/u.test(before) && !isPlan(m.index ?? 0, m[0].length))
      months.push(mo);
  }
  const month = months.length ? maxOf(months) : null;
  return {
    year,
    month,
    day: null,
    precision: month ? "month" : "year",
    inferred: true,
    evidence: month ? `${evidence}; latest month named for it (${month}月)` : evidence,
  };
}

/** Issue numbers printed in the masthead: 总第857期 and 2025年第1期. */
export function issueNumbers(line: string): { number: number | null; yearNumber: number | null } {
  const total = /总第\s*\**\s*(\d+)\s*\**\s*期/u.exec(line);
  const yearly = /\d{4}\s*年\s*第\s*(\d+)\s*期/u.exec(line);
  return { number: total ? +total[1]! : null, yearNumber: yearly ? +yearly[1]! : null };
}
