import { describe, expect, test } from "vitest";
import { page } from "./page.ts";

const body = (p: ReturnType<typeof page>, i = 0) => p.articles[i]!.blocks;

describe("reflow", () => {
  test("lines wrapped at column width join without spaces", () => {
    const p = page(`
      本报讯 今年以来，全区新增市场主体三千余
      户，同比增长百分之十二。
    `);
    expect(body(p)[0]!.text).toBe("今年以来，全区新增市场主体三千余户，同比增长百分之十二。");
  });

  test("a paragraph continued across a blank line is joined", () => {
    const p = page(`
      本报讯 会议强调，要坚持问题导向，持续优化营

      商环境，为企业发展提供更好服务。
    `);
    expect(body(p).map((b) => b.text)).toEqual([
      "会议强调，要坚持问题导向，持续优化营商环境，为企业发展提供更好服务。",
    ]);
  });

  test("a photo caption dropped into a sentence becomes a caption and the sentence is whole again", () => {
    const p = page(`
      本报讯 近年来，该区着力打造现代农业产业园，园区已成为全市农业发展

      游客在园区采摘草莓。

      的重要引擎，带动周边农户增收。
    `);
    expect(body(p).map((b) => [b.type, b.text])).toEqual([
      ["paragraph", "近年来，该区着力打造现代农业产业园，园区已成为全市农业发展的重要引擎，带动周边农户增收。"],
      ["caption", "游客在园区采摘草莓。"],
    ]);
  });

  test("a quotation left open continues where it is closed", () => {
    const p = page(`
      本报讯 该县被评为“全国文明

      城市”，群众获得感不断增强。
    `);
    expect(body(p)[0]!.text).toBe("该县被评为“全国文明城市”，群众获得感不断增强。");
  });

  test("a side box cut into a sentence becomes a box, with captions kept apart", () => {
    const p = page(`
      本报讯 该区加快建设先进制造业集群，做强装备制造、

      链接：先进制造业集群是指产业链完整、竞争力强的产业集群。全国已有多个集群入选国家级名单。

      新厂房正在建设中。

      新材料两大产业集群，打造区域产业高地。
    `);
    expect(body(p).map((b) => b.type)).toEqual(["paragraph", "box", "caption"]);
    expect(body(p)[0]!.text).toContain("做强装备制造、新材料两大产业集群");
  });

  test("a paragraph opening with the sentence the one before closed with drops the repeat and records it", () => {
    const p = page(`
      本报讯 该区开通绿色通道，积极为企业提供一站式服务，确保项目早投产。

      积极为企业提供一站式服务，确保项目早投产。 区发改局负责人表示，将持续跟进。
    `);
    expect(p.articles[0]!.repeats.map((r) => r.text)).toEqual(["积极为企业提供一站式服务，确保项目早投产。"]);
    expect(body(p)[1]!.text).toBe("区发改局负责人表示，将持续跟进。");
  });

  test("a heading-shaped line that starts a cut paragraph is text, not a subhead", () => {
    const p = page(`
      本报讯 近日，济南市某小学收到一批图书。

      济南市某小学位于济

      南市南部山区，是一所乡村小学。
    `);
    expect(body(p).some((b) => b.type === "subhead")).toBe(false);
    expect(body(p)[1]!.text).toBe("济南市某小学位于济南市南部山区，是一所乡村小学。");
  });
});
