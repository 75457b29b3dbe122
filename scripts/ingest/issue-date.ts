import type { PaperDate } from "../../src/lib/schema/issue.ts";

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
  return { year: +m[1]!, month, day, precision: day ? "day" : month ? "month" : "year", inferred: false, evidence: `sidecar: ${value}` };
}

/** Years a story names as plans or targets, not as news (到2025年, 2035年前, 力争2024年). */
const PLAN_YEAR = /(到|至|—|－|-|力争|预计|计划|争取|将于|将在)\s*(\d{4})\s*年|(\d{4})\s*年(前|底前|以前|建成|完成)/gu;

/**
 * Estimate an issue's date from the dates its stories name: the year of the latest dated event (or the
 * most named year, plans left out), the latest month named for that year. Marked inferred, with precision.
 */
export function estimateDate(texts: string[]): PaperDate | null {
  const text = texts.join("\n");
  const plans = new Set<number>();
  for (const m of text.matchAll(PLAN_YEAR)) plans.add(+(m[2] ?? m[3])!);
  const fullDates = [...text.matchAll(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu)].map((m) => ({ y: +m[1]!, mo: +m[2]! })).filter((d) => !plans.has(d.y));
  const yearCounts = new Map<number, number>();
  for (const m of text.matchAll(/(?<!\d)(\d{4})\s*年(?!代)/gu)) {
    const y = +m[1]!;
    if (y >= 1949 && y <= 2100 && !plans.has(y)) yearCounts.set(y, (yearCounts.get(y) ?? 0) + 1);
  }
  let year: number | undefined;
  let evidence: string;
  if (fullDates.length) {
    year = Math.max(...fullDates.map((d) => d.y));
    evidence = `latest full date named in the stories (${year}年)`;
  } else if (yearCounts.size) {
    year = [...yearCounts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
    evidence = `year most named in the stories (${year}年)`;
  } else return null;
  // months of that year, or of no stated year; a range's end (6月1日至6月30日) announces, it does not report
  const months: number[] = [];
  for (const m of text.matchAll(/(?:(\d{4})\s*年\s*)?(?<![\d至到])(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?(?!\s*(?:\d{1,2}\s*日\s*)?[至到—－-])/gu)) {
    const y = m[1] ? +m[1] : year;
    const mo = +m[2]!;
    const before = text.slice(Math.max(0, (m.index ?? 0) - 1), m.index ?? 0);
    if (y === year && mo >= 1 && mo <= 12 && !/[至到]/u.test(before)) months.push(mo);
  }
  const month = months.length ? Math.max(...months) : null;
  return { year, month, day: null, precision: month ? "month" : "year", inferred: true, evidence: month ? `${evidence}; latest month named for it (${month}月)` : evidence };
}

/** Issue numbers printed in the masthead: 总第857期 and 2025年第1期. */
export function issueNumbers(line: string): { number: number | null; yearNumber: number | null } {
  const total = /总第\s*\**\s*(\d+)\s*\**\s*期/u.exec(line);
  const yearly = /\d{4}\s*年\s*第\s*(\d+)\s*期/u.exec(line);
  return { number: total ? +total[1]! : null, yearNumber: yearly ? +yearly[1]! : null };
}
