import type { Fix } from "../archive/schema/fix.ts";

/** A correction that cannot be made on this page, found before the page is parsed. */
export interface FixLineProblem {
  line: number;
  message: string;
}

/** Which fixes may not stand together on one line, and why. */
const CLASHES: readonly { ops: readonly Fix["op"][]; why: string }[] = [
  // a split and a merge at one line undo each other, or, taken in the other order, move a headline into the story above
  { ops: ["split", "merge"], why: "a split and a merge at one line contradict each other: keep the one you mean" },
];

/**
 * The checks a page's corrections must pass against its raw lines before the page is parsed: each names a line the
 * page has, a `label` names a printed (not blank) line, and no two fixes contradict each other on one line.
 */
export function checkFixesAgainstPage(fixes: readonly Fix[], rawLines: readonly string[]): FixLineProblem[] {
  const problems: FixLineProblem[] = [];
  for (const f of fixes) {
    if (f.line > rawLines.length)
      problems.push({
        line: f.line,
        message: `fix "${f.op}" names line ${f.line}, but the page has ${rawLines.length} lines`,
      });
    else if (f.op === "label" && !rawLines[f.line - 1]!.trim())
      problems.push({
        line: f.line,
        message: `fix "label" at line ${f.line}: the line is blank; a label names a line the page prints`,
      });
  }
  const byLine = new Map<number, Fix[]>();
  for (const f of fixes) byLine.set(f.line, [...(byLine.get(f.line) ?? []), f]);
  for (const [line, here] of byLine) {
    const ops = here.map((f) => f.op);
    for (const op of new Set(ops))
      if (ops.filter((o) => o === op).length > 1)
        problems.push({
          line,
          message: `${ops.filter((o) => o === op).length} fixes "${op}" name line ${line}: keep one`,
        });
    for (const clash of CLASHES)
      if (clash.ops.every((op) => ops.includes(op)))
        problems.push({
          line,
          message: `fixes ${clash.ops.map((o) => `"${o}"`).join(" and ")} both name line ${line}: ${clash.why}`,
        });
  }
  return problems.sort((a, b) => a.line - b.line);
}
