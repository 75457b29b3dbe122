// The records of parts of an archive, each ingested on its own (scripts/parts/build-part.ts), put together as
// one data folder, as if one ingest had read every part: summaries joined, issues merged, page records linked.
import { closeSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync, writeSync } from "node:fs";
import { join } from "node:path";
import { z } from "astro/zod";
import type { Issue } from "../../archive/schema/index.ts";
import { dataFile, RECORDS } from "../../archive/store/layout.ts";
import { openArchive } from "../../archive/store/open.ts";
import { mergeIssue } from "../../ingest/merge.ts";
import { writeJoinedJsonArrays } from "../../ingest/pack.ts";
import { stableJson } from "../../ingest/write.ts";
import { linkOrCopy } from "../../archive/store/link.ts";

/** What combining needs of a part's summaries: their ids (the text is joined as it is). */
const withIds = z.array(z.object({ id: z.string() }));

/**
 * Combine the parts' data folders into `target` (which must not exist yet). Parts must agree on the papers and
 * the gazetteer; a page or a story in two parts, or one issue claimed by two papers, is refused naming both.
 */
export function combineData(parts: readonly string[], target: string): { pages: number; articles: number } {
  // the summaries are joined as text (checked for ids only); the rest is read checked
  const read = (part: string, name: "publications" | "places" | "pages" | "articles") =>
    readFileSync(dataFile(part, name), "utf8");
  const [first, ...rest] = parts;
  if (!first) throw new Error("combine: no parts given");
  mkdirSync(join(target, RECORDS), { recursive: true });
  for (const name of ["publications", "places"] as const) {
    const agreed = read(first, name);
    for (const part of rest)
      if (read(part, name) !== agreed)
        throw new Error(
          `combine: ${dataFile(part, name)} differs from ${dataFile(first, name)}; parts must be built against the same papers and gazetteer`,
        );
    writeFileSync(dataFile(target, name), agreed);
  }
  const issues = new Map<string, { issue: Issue; part: string }>();
  for (const part of parts)
    for (const issue of openArchive(part).issues()) {
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
  writeFileSync(dataFile(target, "issues"), stableJson([...issues.values()].map((x) => x.issue)));
  // each part's moved addresses, as its ingest checked them; two parts sending one address apart are refused
  const moved = new Map<string, { to: string; part: string }>();
  for (const part of parts)
    for (const [from, to] of Object.entries(openArchive(part).moved())) {
      const seen = moved.get(from);
      if (seen && seen.to !== to)
        throw new Error(`combine: ${from} moves to ${seen.to} in ${seen.part} and to ${to} in ${part}`);
      moved.set(from, { to, part });
    }
  writeFileSync(dataFile(target, "moved"), stableJson(Object.fromEntries([...moved].map(([from, m]) => [from, m.to]))));
  const counts = { pages: 0, articles: 0 };
  for (const name of ["pages", "articles"] as const) {
    const where = new Map<string, string>();
    const arrays = parts.map((part) => {
      const text = read(part, name);
      for (const { id } of withIds.parse(JSON.parse(text))) {
        const other = where.get(id);
        if (other) throw new Error(`combine: ${id} is in both ${other} and ${part}`);
        where.set(id, part);
      }
      return text.trimEnd();
    });
    counts[name] = where.size;
    const fd = openSync(dataFile(target, name), "w");
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
