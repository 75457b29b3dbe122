/**
 * What a paper prints around its stories, in the forms real pages print it: nameplate and masthead lines,
 * the date, the 版次 and 版名, the editors' credits, slogans and promotions. Each row: the form, an example.
 */
import { pick } from "../typeset.ts";

const WEEKDAY = "日一二三四五六";
const EDITORS = ["王晓梅", "李建国", "张丽", "刘洋", "陈静", "杨帆", "赵磊", "周敏", "吴昊", "孙倩", "郭宁", "宫照阳"];
const PAGE_NAMES = ["要闻", "综合", "时政新闻", "今日关注", "民生", "社会", "城事", "经济", "县域", "文化", "副刊"];
/** Slogans and promotions papers print in boxes between stories; a paper takes two of them. */
const SLOGANS = [
  "读懂家乡事 就看{short}",
  "权威 主流 贴近 服务",
  "看新闻 上客户端",
  "新闻早知道",
  "扫码关注{short}微信公众号",
  "下载{short}客户端",
  "{short}融媒 全媒体矩阵",
  "有困难 找记者",
  "报纸订阅 天天惠民",
  "讲好家乡故事 传播家乡声音",
];

/** A date as a page prints it, with its weekday. */
export const printedDate = (d: Date): string =>
  `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 星期${WEEKDAY[d.getUTCDay()]}`;

/** A paper's name without its 日报/晚报…, as its slogans and apps name it. */
const shortName = (name: string) => name.replace(/(日报|晚报|晨报|晨刊|都市报|报)$/u, "") || name;

/** The two slogans a paper prints, its own every time. */
export const slogansOf = (name: string, r: () => number): string[] => {
  const a = pick(SLOGANS, r);
  let b = pick(SLOGANS, r);
  while (b === a) b = pick(SLOGANS, r);
  return [a, b].map((s) => s.replace("{short}", shortName(name)));
};

/** The lines over a page: a front page's masthead, or an inside page's 版 line. */
export function headerOf(name: string | null, date: Date, page: string, pageNo: number, r: () => number): string[] {
  const pageName = pick(PAGE_NAMES, r);
  if (pageNo === 1 && name)
    return [
      // 菏泽日报 / 2021年5月12日 星期三 / 总第12345期 今日8版 / 国内统一连续出版物号 CN37-0012
      name,
      printedDate(date),
      `总第${10000 + Math.floor(r() * 9000)}期 今日${pick([4, 8, 12, 16], r)}版`,
      `国内统一连续出版物号 CN37-00${10 + Math.floor(r() * 80)}`,
    ];
  return pick(
    [
      // A03 今日牡丹区 / 2021年5月12日 星期三
      () => [`${page} ${pageName}`, printedDate(date)],
      // 第3版：综合
      () => [`第${pageNo}版：${pageName}`],
      // 2021年5月12日 星期三 第3版 综合 — one line, as the e-paper's page view titles it
      () => [`${printedDate(date)} 第${pageNo}版 ${pageName}`],
      // 日期：[2018年07月26日] -- 菏泽日报 -- 版次：[A2]
      () => [
        `日期：[${date.getUTCFullYear()}年${String(date.getUTCMonth() + 1).padStart(2, "0")}月${String(date.getUTCDate()).padStart(2, "0")}日] -- ${name ?? "本报"} -- 版次：[${page}]`,
      ],
    ],
    r,
  )();
}

/** The editors' credits a page prints at its foot or head. */
export function creditsOf(r: () => number): string {
  const who = () => pick(EDITORS, r);
  return pick(
    [
      () => `责任编辑：${who()} 美编：${who()} 校对：${who()}`,
      () => `编辑：${who()} 美编：${who()} 组版：${who()}`,
      () => `统筹 ${who()} 责编 ${who()} 责任美编 ${who()} 校对 ${who()}`,
      () => `本版编辑/${who()}`,
      () => `一审：${who()} 二审：${who()} 三审：${who()}`,
    ],
    r,
  )();
}
