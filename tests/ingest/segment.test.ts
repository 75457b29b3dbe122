import { describe, expect, test } from "vitest";
import { page } from "./page.ts";

const titles = (p: ReturnType<typeof page>) => p.articles.map((a) => a.title);

describe("stories and their headlines", () => {
  test("headline above a 本报讯 story", () => {
    const p = page(`
      全区秋粮收购工作全面启动

      本报讯 9月20日，全区秋粮收购工作全面启动。各收购点准备充分。
      今年全区秋粮面积稳中有增。 （王小明）

      城区新增三处口袋公园

      本报讯 近日，城区新增三处口袋公园，方便市民休闲。 （李四）
    `);
    expect(titles(p)).toEqual(["全区秋粮收购工作全面启动", "城区新增三处口袋公园"]);
    expect(p.articles.map((a) => a.authors)).toEqual([["王小明"], ["李四"]]);
    expect(p.articles[0]!.dateline).toBe("本报讯");
    // the second headline stands between two stories: it goes to the story below, and the reason says why
    expect(p.why).toEqual([
      expect.stringMatching(/^gap 0 \(全区秋粮收购工作全面启动\): above the first story/u),
      expect.stringMatching(/^gap 1 \(城区新增三处口袋公园\): 0 of 1 to the story above; page habit: headline above$/u),
    ]);
  });

  test("headlines printed below their stories, with bylines on top", () => {
    const p = page(`
      □ 本报记者 王小明

      近日，某街道开展了垃圾分类宣传活动，志愿者走进社区。
      活动受到居民欢迎。

      垃圾分类宣传进社区

      □ 本报记者 李四

      日前，某镇举办农民丰收节，展示特色农产品。

      某镇办起农民丰收节
    `);
    expect(titles(p)).toEqual(["垃圾分类宣传进社区", "某镇办起农民丰收节"]);
    expect(p.why.join("\n")).toContain("page habit: headline below");
  });

  test("one line holding the end of one headline and the start of the next is split", () => {
    const p = page(`
      编者按：为展示发展成就，本报推出专题报道。

      近年来，我区坚持项目为王，经济发展稳中向好。
      （王小明 李四）

      我区经济稳中向好 全区干部职工
      收看专题讲座

      本报讯 10月8日，全区干部职工收看专题讲座。 （赵一）
    `);
    expect(titles(p)).toEqual(["我区经济稳中向好", "全区干部职工收看专题讲座"]);
    expect(p.articles[0]!.blocks[0]!.type).toBe("note");
  });

  test("kicker over the title, subtitle under it", () => {
    const p = page(`
      聚焦乡村振兴 建设美丽家园

      某县农村人居环境整治见成效

      本报讯 今年以来，某县扎实推进农村人居环境整治。

      小巷里的大变化

      ——某街道老旧小区改造纪实

      本报讯 走进某街道的老旧小区，处处焕然一新。
    `);
    expect(p.articles[0]).toMatchObject({
      kicker: "聚焦乡村振兴 建设美丽家园",
      title: "某县农村人居环境整治见成效",
      subtitle: null,
    });
    expect(p.articles[1]).toMatchObject({
      kicker: null,
      title: "小巷里的大变化",
      subtitle: "——某街道老旧小区改造纪实",
    });
  });

  test("a kicker printed beside its title on one line", () => {
    const p = page(`
      助力乡村振兴 践行公益使命 爱心企业为山区小学送去图书和文具

      近日，多家爱心企业来到山区小学，为孩子们送去图书和文具。
    `);
    expect(p.articles[0]).toMatchObject({
      kicker: "助力乡村振兴 践行公益使命",
      title: "爱心企业为山区小学送去图书和文具",
    });
  });

  test("in-story subheads stay in the story; page credits end it", () => {
    const p = page(`
      三个县区的发展新路

      记者 王小明

      一、产业升级见成效

      某县加快产业升级，一批项目落地投产。

      二、城乡面貌焕新颜

      某区持续推进城市更新，城乡面貌明显改善。

      编辑：张三 美编：李四

      公益图书室落户山村小学

      日前，一间公益图书室在某村小学建成。（文/赵一 图/钱二）
    `);
    expect(titles(p)).toEqual(["三个县区的发展新路", "公益图书室落户山村小学"]);
    expect(p.articles[0]!.blocks.filter((b) => b.type === "subhead").map((b) => b.text)).toEqual([
      "一、产业升级见成效",
      "二、城乡面貌焕新颜",
    ]);
    expect(p.furniture.map((f) => f.kind)).toEqual(["credits"]);
    expect(p.articles[1]!.authors).toEqual(["赵一", "钱二"]);
  });

  test("a story with no headline gets a title from its opening words, marked inferred", () => {
    const p = page(`
      第一场雪如约而至，城区主干道积雪已全部清理完毕。环卫工人连夜奋战。
    `);
    expect(p.articles[0]!.titleInferred).toBe(true);
    expect(p.articles[0]!.title).toBe("第一场雪如约而至…");
  });

  test("the masthead's name and noise are furniture, not a story", () => {
    const p = page(
      `
      主办：某某区融媒体中心

      某某区新闻

      2024年3月8日 星期五

      某某区报总第100期

      某某区

      春季植树活动启动

      本报讯 3月7日，全区春季植树活动启动。
    `,
      "某某区报",
    );
    expect(titles(p)).toEqual(["春季植树活动启动"]);
    expect(p.furniture.map((f) => f.kind)).toEqual(["masthead", "masthead", "issue-date", "issue-number", "masthead"]);
  });
});
