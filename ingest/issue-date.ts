import { basename } from "node:path";
import { maxOf } from "../archive/array.ts";
import { isCalendarDate } from "../archive/calendar.ts";
import type { PaperDate } from "../archive/schema/issue.ts";
import { YEARS } from "../archive/schema/sidecar.ts";

/** A day, month or year as numbers, before it is known how sure it is. */
export interface DateParts {
  year: number;
  month: number | null;
  day: number | null;
}

/** Parts to a date of the precision they have; null when they name no day of the calendar. */
export function dateOf(p: DateParts, inferred: boolean, evidence: string): PaperDate | null {
  if (!isCalendarDate(p.year, p.month, p.day) || p.year < YEARS.first || p.year > YEARS.last) return null;
  if (p.month !== null && p.day !== null)
    return { precision: "day", year: p.year, month: p.month, day: p.day, inferred, evidence };
  if (p.month !== null) return { precision: "month", year: p.year, month: p.month, inferred, evidence };
  return { precision: "year", year: p.year, inferred, evidence };
}

/** The issue date a page prints (2025年1月3日 星期五), read off an issue-date furniture line: its parts and its words. */
export function printedIssueDate(line: string): (DateParts & { text: string }) | null {
  const m = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u.exec(line);
  return m ? { year: +m[1]!, month: +m[2]!, day: +m[3]!, text: m[0] } : null;
}

/** A date an editor gave in the sidecar: YYYY-MM-DD, YYYY-MM or YYYY. */
export function sidecarDate(value: string): PaperDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value);
  return m
    ? dateOf({ year: +m[1]!, month: m[2] ? +m[2] : null, day: m[3] ? +m[3] : null }, false, `元数据文件给出：${value}`)
    : null;
}

/** Why parts are no date the archive takes: a year outside its years, or no day of the calendar. */
export function printedDateSlip(p: DateParts): string {
  return p.year < YEARS.first || p.year > YEARS.last
    ? `a year outside those the archive takes (${YEARS.first}–${YEARS.last})`
    : "which is no day of the calendar";
}

/** A date the editor put in the file's name (2024-01-a.txt, 2025-01-03-p01.txt): YYYY-MM-DD or YYYY-MM at its start. */
export function fileNameDate(file: string): PaperDate | null {
  const name = basename(file);
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d])/u.exec(name);
  return m ? dateOf({ year: +m[1]!, month: +m[2]!, day: m[3] ? +m[3] : null }, false, `文件名：${m[0]}`) : null;
}

/**
 * A file name that begins as a date does but gives none the archive takes (1899-12-31-a.txt, 2024-02-30-a.txt):
 * the date as written and why, so a page is never re-dated without a word.
 */
export function fileNameDateSlip(file: string): string | null {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d])/u.exec(basename(file));
  if (!m || fileNameDate(file)) return null;
  return `${m[0]}, ${printedDateSlip({ year: +m[1]!, month: +m[2]!, day: m[3] ? +m[3] : null })}`;
}

/** Words before a year that make it a plan or target, not news (到2025年, 力争2035年). */
const PLAN_BEFORE = /(到|力争|预计|计划|争取|将于|将在|目标)\s*$/u;
/** Words after a year that make it a deadline (2025年前, 2023年底前, 2025年建成). */
const PLAN_AFTER = /^\s*(前|底前|以前|建成|完成|实现)/u;
/** "As of" words: the date after them is the report's own (截至2022年4月底). */
const AS_OF_BEFORE = /(截至|截止)\s*$/u;

/** How much a year mention says about when the page was printed. */
const WEIGHT = { plain: 1, withMonth: 3, asOf: 5 } as const;

/** A year a headline, kicker or column label carries (2024某市两会特别策划, 2023年度…): the issue's own year, as a rule. */
const HEADLINE_YEAR = /(?<!\d)((?:19[5-9]|20\d)\d)(?!\d)(?!\s*年?\s*(?:前|底前|以前))/gu;

const sortable = (p: DateParts) => p.year * 10_000 + (p.month ?? 0) * 100 + (p.day ?? 0);

/**
 * Estimate an issue's date from what its stories say. A report is printed after what it reports, so
 * the dates the stories name are a lower bound: the result is "not before" the latest day they name
 * (plans, deadlines and announced ranges left out). A year that a headline, kicker or column label
 * carries outweighs it when later (a 2024 special issue reporting on December 2023). With no full
 * date, the year most named for events (a year with a month counts more, an "as of" date most) and the
 * latest month named in it bound the date instead. Marked inferred, with its evidence.
 */
export function estimateDate(texts: string[], headlines: string[] = []): PaperDate | null {
  const text = texts.join("\n");
  const isPlan = (index: number, length: number) =>
    PLAN_BEFORE.test(text.slice(Math.max(0, index - 4), index)) ||
    PLAN_AFTER.test(text.slice(index + length, index + length + 4));
  const full: DateParts[] = [...text.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu)]
    .filter((m) => !isPlan(m.index ?? 0, m[0].length))
    .map((m) => ({ year: +m[1]!, month: +m[2]!, day: +m[3]! }))
    .filter((p) => isCalendarDate(p.year, p.month, p.day) && p.year >= 1949 && p.year <= 2100);
  const latest = full.reduce<DateParts | null>((a, b) => (!a || sortable(b) > sortable(a) ? b : a), null);
  const headlineYears = headlines.flatMap((h) => [...h.matchAll(HEADLINE_YEAR)].map((m) => +m[1]!));
  const headlineYear = headlineYears.length ? maxOf(headlineYears) : null;

  const bound = latest ?? yearAndMonthNamed(text, isPlan);
  if (headlineYear !== null && (!bound || headlineYear > bound.year))
    return dateOf(
      { year: headlineYear, month: null, day: null },
      true,
      `标题提到${headlineYear}年${bound ? `；报道提到的日期最晚为${boundText(bound)}` : ""}`,
    );
  if (!bound) return null;
  return {
    precision: "not-before",
    year: bound.year,
    month: bound.month,
    day: bound.day,
    inferred: true,
    evidence: latest
      ? `报道提到的最晚日期为${boundText(bound)}：出版当在此日或其后`
      : `报道最常提到的年份及其中最晚的月份为${boundText(bound)}：出版当在此时或其后`,
  };
}

const boundText = (p: DateParts) => `${p.year}年${p.month ? `${p.month}月` : ""}${p.day ? `${p.day}日` : ""}`;

/** The year most named for events in a text, with the latest month named for it: where no full date is named. */
function yearAndMonthNamed(text: string, isPlan: (index: number, length: number) => boolean): DateParts | null {
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
  if (!yearWeights.size) return null;
  const year = [...yearWeights].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  // months of that year, or of no stated year; a range (6月1日至6月30日) announces, it does not report
  let month: number | null = null;
  for (const m of text.matchAll(
    /(?:(\d{4})\s*年\s*)?(?<![\d至到])(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?(?!\s*(?:\d{1,2}\s*日\s*)?[至到—－-])/gu,
  )) {
    const y = m[1] ? +m[1] : year;
    const mo = +m[2]!;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 1), m.index ?? 0);
    if (y === year && mo >= 1 && mo <= 12 && !/[至到]/u.test(before) && !isPlan(m.index ?? 0, m[0].length))
      month = Math.max(month ?? 0, mo);
  }
  return { year, month, day: null };
}

/** Issue numbers printed in the masthead: 总第857期 and 2025年第1期. */
export function issueNumbers(line: string): { number: number | null; yearNumber: number | null } {
  const total = /总第\s*\**\s*(\d+)\s*\**\s*期/u.exec(line);
  const yearly = /\d{4}\s*年\s*第\s*(\d+)\s*期/u.exec(line);
  return { number: total ? +total[1]! : null, yearNumber: yearly ? +yearly[1]! : null };
}
