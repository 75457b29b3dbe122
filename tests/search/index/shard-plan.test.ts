import { describe, expect, test } from "vitest";
import { shardsOf } from "../../../search/index/shard-plan.ts";

/** Ids shaped like the archive's: publication, date, page, story. */
const ids = (n: number) =>
  Array.from(
    { length: n },
    (_, i) => `paper-${2015 + Math.floor(i / 2000)}-${String(i).padStart(6, "0")}-a${(i * 2654435761) % 4294967296}`,
  ).sort();

describe("content-defined Pagefind shards", () => {
  test("every id lands in one shard, in order, none over the bound nor (but the last) under half of it", () => {
    const all = ids(20_000);
    const shards = shardsOf(all, 2000);
    expect(shards.flat()).toEqual(all);
    expect(Math.max(...shards.map((s) => s.length))).toBeLessThanOrEqual(2000);
    expect(shards.slice(0, -1).every((s) => s.length >= 1000)).toBe(true);
    expect(shards.length).toBeGreaterThanOrEqual(10);
  });

  test("adding a story changes the shard it falls in, not the ones after it", () => {
    const all = ids(20_000);
    const before = shardsOf(all, 2000).map((s) => s.join());
    const grown = [...all, "paper-2016-002500-x-added"].sort();
    const after = shardsOf(grown, 2000).map((s) => s.join());
    const unchanged = after.filter((s) => before.includes(s)).length;
    expect(after.length - unchanged).toBeLessThanOrEqual(2);
    expect(unchanged).toBeGreaterThanOrEqual(before.length - 2);
  });

  test("fixed-size shards would have moved every later boundary (what this avoids)", () => {
    const all = ids(20_000);
    const cut = (xs: string[]) =>
      Array.from({ length: Math.ceil(xs.length / 2000) }, (_, i) => xs.slice(i * 2000, (i + 1) * 2000).join());
    const grown = [...all, "paper-2016-002500-x-added"].sort();
    const before = cut(all);
    expect(cut(grown).filter((s) => before.includes(s)).length).toBeLessThanOrEqual(1);
  });
});
