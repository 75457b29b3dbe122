// The records of parts of an archive, each ingested on its own (scripts/parts/build-part.ts), put together as
// one data folder, as if one ingest had read every part: summaries joined, issues merged, page records linked.
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { RECORDS } from "../../archive/store/records.ts";
import { MOVED, movedPages } from "../../archive/store/moved.ts";
import type { Issue } from "../../archive/schema/index.ts";
import { mergeIssue } from "../../ingest/merge.ts";
import { writeJoinedJsonArrays } from "../../ingest/pack.ts";
import { stableJson } from "../../ingest/write.ts";
import { linkOrCopy } from "../../archive/store/link.ts";

/**
 * Combine the parts' data folders into `target` (which must not exist yet). Parts must agree on the papers and
 * the gazetteer; a page or a story in two parts, or one issue claimed by two papers, is refused naming both.
 */
export function combineData(parts: readonly string[], target: string): { pages: number; articles: number } {
  const read = (part: string, name: string) => readFileSync(join(part, name), "utf8");
  const [first, ...rest] = parts;
  if (!first) throw new Error("combine: no parts given");
  mkdirSync(join(target, RECORDS), { recursive: true });
  for (const name of ["publications.json", "places.json"]) {
    const agreed = read(first, name);
    for (const part of rest)
      if (read(part, name) !== agreed)
        throw new Error(
          `combine: ${join(part, name)} differs from ${join(first, name)}; parts must be built against the same papers and gazetteer`,
        );
    writeFileSync(join(target, name), agreed);
  }
  const issues = new Map<string, { issue: Issue; part: string }>();
  for (const part of parts)
    for (const issue of JSON.parse(read(part, "issues.json")) as Issue[]) {
      const seen = issues.get(issue.id);
      if (seen && seen.issue.publication !== issue.publication)
        throw new Error(
          `combine: issue ${issue.id} is ${seen.issue.publication}'s in ${seen.part} and ${issue.publication}'s in ${part}`,
        );
      issues.set(
        issue.id,
        seen
          ? { ...seen, issue: mergeIssue(seen.issue, issue) }
          : { issue: { ...issue, pages: [...issue.pages] }, part },
      );
    }
  writeFileSync(join(target, "issues.json"), stableJson([...issues.values()].map((x) => x.issue)));
  // each part's moved addresses, as its ingest checked them; two parts sending one address apart are refused
  const moved = new Map<string, { to: string; part: string }>();
  for (const part of parts)
    for (const [from, to] of Object.entries(movedPages(part))) {
      const seen = moved.get(from);
      if (seen && seen.to !== to)
        throw new Error(`combine: ${from} moves to ${seen.to} in ${seen.part} and to ${to} in ${part}`);
      moved.set(from, { to, part });
    }
  writeFileSync(join(target, MOVED), stableJson(Object.fromEntries([...moved].map(([from, m]) => [from, m.to]))));
  const counts = { pages: 0, articles: 0 };
  for (const [name, key] of [
    ["pages.json", "pages"],
    ["articles.json", "articles"],
  ] as const) {
    const where = new Map<string, string>();
    const arrays = parts.map((part) => {
      const text = read(part, name);
      for (const { id } of JSON.parse(text) as { id: string }[]) {
        const other = where.get(id);
        if (other) throw new Error(`combine: ${id} is in both ${other} and ${part}`);
        where.set(id, part);
      }
      return text.trimEnd();
    });
    counts[key] = where.size;
    const fd = openSync(join(target, name), "w");
    try {
      writeJoinedJsonArrays((t) => void writeSync(fd, t), arrays);
      writeSync(fd, "\n");
    } finally {
      closeSync(fd);
    }
  }
  for (const part of parts)
    for (const file of readdirSync(join(part, RECORDS)))
      linkOrCopy(join(part, RECORDS, file), join(target, RECORDS, file));
  return counts;
}
