import { describe, expect, test } from "vitest";
import { bucketOf, routeBuckets, shardsFor } from "../../search/engine/routes.ts";

describe("the search routing index", () => {
  const buckets = routeBuckets([new Set("济南高新区"), new Set("济宁高新区"), new Set("乾河")]);
  const lookup = (c: string) => BigInt(`0x${buckets[bucketOf(c)]![c] ?? "0"}`);
  test("a query goes only to the shards printing every character of a term", () => {
    expect(shardsFor([["济南"]], lookup)).toEqual([0]);
    expect(shardsFor([["高新区"]], lookup)).toEqual([0, 1]);
    expect(shardsFor([["乾河"], ["干河"]], lookup)).toEqual([2]);
    expect(shardsFor([["济南", "乾河"]], lookup)).toEqual([]);
  });
  test("characters no shard prints route nowhere; digits and Latin go everywhere", () => {
    expect(shardsFor([["龘"]], lookup)).toEqual([]);
    expect(shardsFor([["2024"]], lookup)).toBeNull();
  });
  test("each character is in its own bucket, once", () => {
    expect(Object.keys(buckets[bucketOf("济")]!)).toContain("济");
    expect(buckets.flatMap((b) => Object.keys(b)).length).toBe(new Set("济南高新区济宁高新区乾河").size);
  });
});
