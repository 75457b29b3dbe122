// The places a story is about and those it names in passing (tag-places.ts), each with the words that led to it:
// 我区 is the paper's home, a bare 高新区 its city's zone, a street office its district.
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadGazetteer, loadTowns } from "../../archive/places/gazetteer-data.ts";
import { articleSchema } from "../../archive/schema/index.ts";
import { ingestFolder } from "../../ingest/ingest.ts";
import { indexPlaces, tagPlaces } from "../../ingest/tag-places.ts";

const places = loadGazetteer();
const index = indexPlaces(places, loadTowns());
const byName = (name: string) => places.find((p) => p.name === name)!;
const subjects = (r: ReturnType<typeof tagPlaces>) => r.subjects.map((d) => d.name);
const tag = (body: string, home = "济阳区", headline = "") =>
  tagPlaces({ headline, lead: body.split("。")[0] ?? "", body }, byName(home), index);

describe("place tagging", () => {
  test("我区 resolves to the paper's home district", () => {
    expect(subjects(tag("我区召开会议。全区上下要抓好落实。"))).toEqual(["济阳区"]);
  });
  test("a bare 高新区 is the zone of the story's city", () => {
    expect(subjects(tag("济宁市召开会议。高新区项目建设加快，高新区企业增多。", "任城区"))).toContain("济宁高新区");
    expect(subjects(tag("济南市召开会议。高新区项目建设加快，高新区企业增多。", "历下区"))).toContain("济南高新区");
  });
  test("a story about three cities is tagged with all three", () => {
    const r = tag(
      "济宁推进助企攀登，济宁企业发展快。青岛打造汽车城，青岛制造业升级。菏泽发展生物医药，菏泽产业崛起。",
      "济南市",
    );
    expect(subjects(r).sort()).toEqual(["济宁市", "菏泽市", "青岛市"].sort());
  });
  test("a place named once in passing is a mention, not a subject", () => {
    const r = tag("我区举办招聘会，全区企业踊跃参加。我区还邀请了淄博的企业。");
    expect(subjects(r)).toEqual(["济阳区"]);
    expect(r.mentions.map((d) => d.name)).toEqual(["淄博市"]);
  });
  test("a street office points at its district", () => {
    expect(subjects(tag("济北街道开展党课活动。济北街道党员踊跃参加。", "济南市"))).toContain("济阳区");
  });
  test("a province-wide story is tagged with the province", () => {
    expect(subjects(tag("全省各地积极行动。全省经济运行平稳。", "济南市"))).toEqual(["山东省"]);
  });
  test("every tag carries the words that led to it", () => {
    expect(tag("我区召开会议。").subjects).toEqual([
      expect.objectContaining({ name: "济阳区", evidence: [expect.stringMatching(/^我区（/u)] }),
    ]);
    const r = tag("济北街道开展党课活动。济北街道党员踊跃参加。", "济南市");
    expect(r.subjects.find((d) => d.name === "济阳区")!.evidence).toEqual([expect.stringContaining("济北街道")]);
  });
  test("我/本/全 with 区/县/市/省 inside a longer word is not the paper's place", () => {
    expect(tag("要健全市场体系，完善制度。", "济南市")).toEqual({ subjects: [], mentions: [] });
    expect(tag("划定安全区域，确保群众安全。")).toEqual({ subjects: [], mentions: [] });
    expect(tag("发展资本市场。", "济南市")).toEqual({ subjects: [], mentions: [] });
    expect(subjects(tag("全市民营企业座谈会召开。全市上下齐心协力。", "济南市"))).toEqual(["济南市"]);
  });
  test("the places a story is about and those it names in passing are kept apart", () => {
    const a = ingestFolder(join(import.meta.dirname, "../../content")).articles.find((x) =>
      x.title.startsWith("济阳区：向"),
    )!;
    expect(articleSchema.shape.subjects.element.shape).not.toHaveProperty("role");
    expect(a.subjects.map((d) => d.name)).toContain("济阳区");
    expect(a.mentions.every((m) => !a.subjects.some((d) => d.code === m.code))).toBe(true);
  });
});
