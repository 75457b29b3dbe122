import { describe, expect, test } from "vitest";
import { planShards } from "../../../search/index/plan.ts";
import type { PaperDate } from "../../../archive/schema/index.ts";

const day = (y: number, m: number, d: number): PaperDate => ({
  precision: "day",
  year: y,
  month: m,
  day: d,
  inferred: false,
  evidence: "test",
});
const unknown: PaperDate = { precision: "unknown", inferred: true, evidence: "test" } as PaperDate;

/** Stories of two papers over five years, a few undated. */
const stories = Array.from({ length: 3000 }, (_, i) => ({
  id: `paper-${i % 2}-${String(i).padStart(5, "0")}`,
  publication: `paper-${i % 2}`,
  date: i % 500 === 7 ? unknown : day(2015 + (i % 5), 1 + (i % 12), 1 + (i % 28)),
}));

describe("shards of the search index", () => {
  test("each shard is one paper's stretch of one year; shards newest first, undated last; every story once", () => {
    const shards = planShards(stories, 400);
    const byId = new Map(stories.map((s) => [s.id, s]));
    expect(shards.flatMap((s) => s.ids).sort()).toEqual(stories.map((s) => s.id).sort());
    expect(Math.max(...shards.map((s) => s.ids.length))).toBeLessThanOrEqual(400);
    for (const [k, s] of shards.entries()) {
      const [paper, year] = s.name.split(/-(?=\d{4}-|undated-)/u);
      for (const id of s.ids) expect(byId.get(id)!.publication).toBe(paper);
      if (s.newest)
        expect([s.newest.slice(0, 4), s.oldest.slice(0, 4)]).toEqual([year!.slice(0, 4), year!.slice(0, 4)]);
      if (k > 0) expect(s.newest <= shards[k - 1]!.newest).toBe(true);
    }
    expect(new Set(shards.map((s) => s.name)).size).toBe(shards.length);
    expect(shards.at(-1)!.name).toMatch(/undated/u);
    expect(shards[0]!.newest.startsWith("2019")).toBe(true);
  });

  test("a new story changes the shard it falls in, not the others", () => {
    const before = planShards(stories, 400).map((s) => s.ids.join());
    const after = planShards(
      [...stories, { id: "paper-1-new", publication: "paper-1", date: day(2017, 6, 15) }],
      400,
    ).map((s) => s.ids.join());
    expect(after.filter((s) => !before.includes(s)).length).toBeLessThanOrEqual(2);
  });
});
