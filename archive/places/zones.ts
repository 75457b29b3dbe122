/**
 * Functional zones that papers treat as places but GB/T 2260 does not list. Codes marked "stats" are the
 * National Bureau of Statistics' 统计用区划代码 for the zone; "local" ids are ours, stable, and say so.
 * Update by hand when a city creates or merges a zone; each row cites what it is.
 */
export const ZONES: readonly {
  code: string;
  name: string;
  parent: string;
  aliases: string[];
  slug: string;
  codeSource: "stats" | "local";
}[] = [
  // 济南高新技术产业开发区
  {
    code: "370171",
    name: "济南高新区",
    parent: "370100",
    aliases: ["济南高新技术产业开发区", "济南高新"],
    slug: "jinan-gaoxin",
    codeSource: "stats",
  },
  // 济南新旧动能转换起步区 (2021)
  {
    code: "370100-qibu",
    name: "济南起步区",
    parent: "370100",
    aliases: ["济南新旧动能转换起步区", "新旧动能转换起步区", "起步区"],
    slug: "jinan-qibu",
    codeSource: "local",
  },
  // 济南市南部山区管理委员会
  {
    code: "370100-nanshan",
    name: "南部山区",
    parent: "370100",
    aliases: ["济南南部山区", "南山片区"],
    slug: "jinan-nanbushanqu",
    codeSource: "local",
  },
  // 济宁高新技术产业开发区
  {
    code: "370871",
    name: "济宁高新区",
    parent: "370800",
    aliases: ["济宁高新技术产业开发区", "济宁国家高新区"],
    slug: "jining-gaoxin",
    codeSource: "stats",
  },
  // 青岛高新技术产业开发区
  {
    code: "370200-gaoxin",
    name: "青岛高新区",
    parent: "370200",
    aliases: ["青岛高新技术产业开发区"],
    slug: "qingdao-gaoxin",
    codeSource: "local",
  },
  // 潍坊高新技术产业开发区
  {
    code: "370700-gaoxin",
    name: "潍坊高新区",
    parent: "370700",
    aliases: ["潍坊高新技术产业开发区"],
    slug: "weifang-gaoxin",
    codeSource: "local",
  },
  // 烟台高新技术产业开发区
  {
    code: "370600-gaoxin",
    name: "烟台高新区",
    parent: "370600",
    aliases: ["烟台高新技术产业开发区"],
    slug: "yantai-gaoxin",
    codeSource: "local",
  },
  // 淄博高新技术产业开发区
  {
    code: "370300-gaoxin",
    name: "淄博高新区",
    parent: "370300",
    aliases: ["淄博高新技术产业开发区"],
    slug: "zibo-gaoxin",
    codeSource: "local",
  },
  // 菏泽高新技术产业开发区
  {
    code: "371700-gaoxin",
    name: "菏泽高新区",
    parent: "371700",
    aliases: ["菏泽高新技术产业开发区"],
    slug: "heze-gaoxin",
    codeSource: "local",
  },
  // 威海火炬高技术产业开发区
  {
    code: "371000-gaoxin",
    name: "威海高新区",
    parent: "371000",
    aliases: ["威海火炬高技术产业开发区"],
    slug: "weihai-gaoxin",
    codeSource: "local",
  },
  // 临沂高新技术产业开发区
  {
    code: "371300-gaoxin",
    name: "临沂高新区",
    parent: "371300",
    aliases: ["临沂高新技术产业开发区"],
    slug: "linyi-gaoxin",
    codeSource: "local",
  },
  // 泰安高新技术产业开发区
  {
    code: "370900-gaoxin",
    name: "泰安高新区",
    parent: "370900",
    aliases: ["泰安高新技术产业开发区"],
    slug: "taian-gaoxin",
    codeSource: "local",
  },
  // 青岛西海岸新区 (same territory as 黄岛区, papers use both)
  {
    code: "370200-xihaian",
    name: "青岛西海岸新区",
    parent: "370200",
    aliases: ["西海岸新区"],
    slug: "qingdao-xihaian",
    codeSource: "local",
  },
];

/** Syllables pinyin-pro reads the common way where a place name keeps an old reading. */
export const PLACE_READINGS: Readonly<Record<string, string>> = {
  单县: "shanxian", // 单 as a surname and in 单县 is shàn
  长清区: "changqing", // 长 cháng, not zhǎng
  莘县: "shenxian", // 莘 shēn
  东阿县: "donge", // 阿 ē
  曲阜市: "qufu", // 曲 qū
  茌平区: "chiping",
  鄄城县: "juancheng",
  临朐县: "linqu",
  乐陵市: "leling", // 乐 lè
};
