// The gazetteer (archive/places/): Shandong's places with their GB/T 2260 codes, one place per code, each with a
// slug of its own, spelt in pinyin by one function for slugs and the export.
import { describe, expect, test } from "vitest";
import { loadGazetteer } from "../../archive/places/gazetteer-data.ts";
import { pinyinOf } from "../../archive/places/gazetteer.ts";

const places = loadGazetteer();
const byName = (name: string) => places.find((p) => p.name === name)!;

describe("gazetteer", () => {
  test("Shandong: the province, 16 cities, and its county-level units with GB/T 2260 codes", () => {
    expect(places.filter((p) => p.level === "city")).toHaveLength(16);
    expect(byName("济阳区").code).toBe("370115");
    expect(byName("莱芜区").parent).toBe("370100"); // after the 2019 merger into 济南
    expect(places.some((p) => p.name === "莱芜市")).toBe(false);
    expect(places.filter((p) => p.level === "district").length).toBeGreaterThanOrEqual(136);
  });
  test.each([
    ["长清区", "changqing"],
    ["单县", "shanxian"],
    ["莘县", "shenxian"],
    ["东阿县", "donge"],
    ["曲阜市", "qufu"],
    ["济阳区", "jiyang"],
  ])("%s has slug %s", (name, slug) => expect(byName(name).slug).toBe(slug));
  test("slugs are unique (a shared name takes its city's slug in front)", () => {
    const slugs = places.map((p) => p.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect(
      places
        .filter((p) => p.name === "市中区")
        .map((p) => p.slug)
        .sort(),
    ).toEqual(["jinan-shizhong", "zaozhuang-shizhong"]);
  });
  test("functional zones are places of their city", () => {
    expect(byName("济宁高新区")).toMatchObject({ level: "zone", parent: "370800" });
    expect(byName("南部山区")).toMatchObject({ level: "zone", parent: "370100" });
  });
  test("one place per code (no duplicate-slug warnings hiding real ones)", () => {
    const codes = loadGazetteer().map((p) => p.code);
    expect(codes.length).toBe(new Set(codes).size);
  });
  test("高新区 keeps its 新 in pinyin: one function for slugs and the export", () => {
    expect(pinyinOf("济南高新区")).toBe("jinangaoxin");
    expect(pinyinOf("济宁高新区")).toBe("jininggaoxin");
    expect(pinyinOf("单县")).toBe("shanxian");
  });
});
