import type { FurnitureKind } from "../../../archive/schema/page.ts";

export interface FurnitureRule {
  kind: FurnitureKind;
  /** Tested against a trimmed line with extraction spacing closed. */
  pattern: RegExp;
  /** Lines longer than this (in em) are running text that happens to match. */
  maxWidth: number;
  why: string;
}

/** Words of the people who make a page: 责任编辑, 美编, 校对, 一审… (two of them make a credits line). */
export const CREDIT_ROLE =
  /(责任编辑|文字编辑|图片编辑|美术编辑|编辑|美编|校对|检校|组版|排版|照排|版式|设计|审读|审核|[一二三初复终政]审|值班副?总编|副?总编辑?|主编|统筹|监制)/gu;

/** A front page's teaser for a story inside, with the page it is on: ■古城相依千年水 A3, …（详见A3版）. */
export const TEASER =
  /^[■◆●▲★]?\s*\S.{1,30}?\s*([（(]\s*(详见|见)\s*[A-Z]?\d{1,2}\s*版?\s*[)）]|\s[A-Z]\d{1,2}(版)?|\s\d{1,2}版)$/u;

/** Names papers give their pages (版名), as a page's number and name print them (7 理论, 8 今日关注). */
const PAGE_NAMES = [
  "要闻",
  "综合",
  "理论",
  "评论",
  "国际",
  "国内",
  "时政",
  "经济",
  "财经",
  "社会",
  "民生",
  "文化",
  "体育",
  "副刊",
  "专版",
  "专题",
  "特刊",
  "地方",
  "县域",
  "城事",
  "城市",
  "视点",
  "观点",
  "健康",
  "教育",
  "科技",
  "农业",
  "法治",
  "读书",
  "文艺",
  "旅游",
  "生活",
  "广告",
  "今日关注",
  "新闻",
  "综合新闻",
  "要闻综合",
  "区县新闻",
  "县区新闻",
].join("|");

/** Page furniture: what every paper prints around its stories. Each row: what it matches, why, an example. */
export const FURNITURE_RULES: readonly FurnitureRule[] = [
  // 今天 多云，北风3级 — the weather box opens with a day word and a sky condition
  {
    kind: "weather",
    pattern: /^(今天|明天|后天|今日|明日|今夜|夜间|白天)\s*[^，。]{0,8}(晴|阴|雨|雪|云|雾|霾|沙|风)/u,
    maxWidth: 24,
    why: "weather: day word then sky condition",
  },
  // 温度 8℃～20℃ — temperature ranges
  { kind: "weather", pattern: /^(温度|气温)\s*[-－]?\d+\s*(℃|°C?)/u, maxWidth: 24, why: "weather: temperature" },
  // 新闻热线:0530-1234567 — hotline numbers belong to the paper, not a story
  {
    kind: "hotline",
    pattern: /(新闻|报纸|读者|服务|投诉|广告|发行|订阅|订报)?热线\s*[:：]?\s*[\d（(]/u,
    maxWidth: 40,
    why: "hotline number",
  },
  // （010）12345678 / 0531-12345678 on a line of its own — a contact number
  {
    kind: "hotline",
    pattern: /^(电话\s*[:：]?\s*)?[（(]?0\d{2,3}[)）]?[-\s]?\d{7,8}$/u,
    maxWidth: 24,
    why: "a telephone number alone",
  },
  // 投稿邮箱：news@163.com — the paper's addresses
  {
    kind: "hotline",
    pattern: /^[\p{Script=Han}]{0,6}(邮箱|信箱|网址)?\s*[:：]?\s*[\w.-]+@[\w-]+\.[\w.]+$/u,
    maxWidth: 40,
    why: "an e-mail address alone",
  },
  // 主管:某某区党工委宣传部 — masthead statements of who runs the paper
  {
    kind: "masthead",
    pattern:
      /^(主管|主办|承办|协办|出版|承印|社址|邮编|印刷|国内统一连续出版物号|国内统一刊号|邮发代号|国外代号|定价|零售价|每份)\s*(单位)?\s*[:：]/u,
    maxWidth: 60,
    why: "masthead statement",
  },
  // 某某集团有限公司主管主办 — the owner named at the end of a masthead line
  { kind: "masthead", pattern: /(主管主办|主办主管|主管\s*主办)$/u, maxWidth: 40, why: "masthead: who runs the paper" },
  // CN37-0001 — the serial number printed in mastheads
  { kind: "masthead", pattern: /\bCN\s*\d{2}\s*[-－]\s*\d{4}/u, maxWidth: 60, why: "serial number" },
  // WEIHAI DAILY — an English nameplate: capitals and spaces only
  { kind: "masthead", pattern: /^[A-Z][A-Z&'.]+(\s+[A-Z&'.]+)+$/u, maxWidth: 40, why: "English nameplate" },
  // 2025年1月3日 星期五 农历… — the issue date line
  {
    kind: "issue-date",
    pattern: /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(星期|周)[一二三四五六日天]/u,
    maxWidth: 40,
    why: "issue date with weekday",
  },
  // 菏泽日报 2024年6月1日 第02版 / 2024年6月1日 第2版 要闻 — an e-paper reader's line of paper, date and 版
  {
    kind: "issue-date",
    pattern: /^([\p{Script=Han}·]{2,10}\s*)?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*第?\s*[A-Z]?\d{1,2}\s*版/u,
    maxWidth: 40,
    why: "issue date with the page's 版",
  },
  // 16日 星期三 — the issue date broken over two lines by the extraction
  {
    kind: "issue-date",
    pattern: /^(\d{1,2}\s*日\s*)?(星期|周)[一二三四五六日天]$/u,
    maxWidth: 10,
    why: "weekday of the issue date",
  },
  // 农历乙巳年三月初八 — the lunar date, alone or after the weekday
  {
    kind: "issue-date",
    pattern: /农历\s*[\p{Script=Han}]{0,3}年?\s*[闰正一二三四五六七八九十冬腊]+月\s*[初十廿卅二三]/u,
    maxWidth: 30,
    why: "lunar date",
  },
  // 某某报总第1234期 2025年第9期 — issue numbering
  { kind: "issue-number", pattern: /总第\s*\**\s*\d+\s*\**\s*期/u, maxWidth: 60, why: "issue number" },
  // 今日16版 / 本期8版 — how many pages the issue has
  {
    kind: "issue-number",
    pattern: /(今日|本期|今天)\s*[\d一二三四五六七八九十]+\s*(个)?版/u,
    maxWidth: 30,
    why: "page count of the issue",
  },
  // 第3版 / A03 要闻 / 02 要闻 — page labels
  {
    kind: "page-label",
    pattern: /^(第\s*\d+\s*版[：:]?|[A-Z]\d{2}\b|[A-D]?0\d(?=\s*[\p{Script=Han}]{2,6}$))(\s|$|(?=[\p{Script=Han}]))/u,
    maxWidth: 16,
    why: "page label",
  },
  // 7 理论 / 2 综合 / 8 今日关注 — the page's number, no leading zero, and a page's name (a number and other words,
  // 3人受伤, 1 背景, is a head)
  {
    kind: "page-label",
    pattern: new RegExp(`^[1-9]\\d?\\s*(${PAGE_NAMES})$`, "u"),
    maxWidth: 8,
    why: "page number and name",
  },
  // 日期：[2015年11月06日] -- 齐鲁晚报 -- 版次：[E18] — an e-paper export's header: the date, paper and page
  {
    kind: "page-label",
    pattern: /^日期[：:]\s*\[?\s*\d{4}\s*年.{0,60}版次[：:]/u,
    maxWidth: 60,
    why: "e-paper export's page header",
  },
  // 02版：要闻评论 / 第A02版：要闻 — the list of pages, or a page's own 版 line as an e-paper prints it
  { kind: "page-label", pattern: /^第?\s*[A-Z]?\d{1,2}\s*版\s*[:：]/u, maxWidth: 30, why: "page list entry" },
  // 导读 / ■“乱石岗”上开出“幸福花” A2 / 古城相依千年水（详见A3版） — the front page's teasers for stories inside
  { kind: "page-label", pattern: /^(导读|今日导读|本期导读|要目)$/u, maxWidth: 6, why: "the teasers' label" },
  { kind: "page-label", pattern: TEASER, maxWidth: 36, why: "a teaser for a story on another page" },
  // ■A03、06版 / （详见A3版） — a teaser's page on a line of its own, the column having cut it from its words
  {
    kind: "page-label",
    pattern: /^[■◆●▲★]?\s*[（(]?\s*(详见|见)?\s*[A-Z]?\d{1,2}(\s*[、，,]\s*[A-Z]?\d{1,2})*\s*版\s*[)）]?$/u,
    maxWidth: 14,
    why: "a teaser's page on a line of its own",
  },
  // （下转第2版） / 上接第1版 — the story jumps to another page
  {
    kind: "jump",
    pattern: /^[（(]?\s*(下转|上接|转|接|续)\s*第?\s*[A-Z]?\s*[\d一二三四五六七八九十]+\s*版\s*[)）]?$/u,
    maxWidth: 14,
    why: "jump to or from another page",
  },
  // 制图：李姿阅 / 杜明阳 制图 — who drew a page's chart or map: the page's credit, no story's words
  {
    kind: "credits",
    pattern:
      /^(本版)?(制图|绘图)\s*[:：/／]?\s*[\p{Script=Han}·]{2,4}$|^[\p{Script=Han}·]{2,4}\s*[/／]?\s*(制图|绘图)$/u,
    maxWidth: 12,
    why: "a chart's or map's credit",
  },
  // 编辑：张三 美编：李四 组版：王五 / （责任编辑：王军） — page credits
  {
    kind: "credits",
    pattern:
      /^[（(]?((责任|本版|值班|美术|文字|图片)?编辑|美编|组版|校对|责编|版式|审读|审核|统筹|设计|[一二三初复终政]审)\s*[:：/／]\s*\S+/u,
    maxWidth: 40,
    why: "page credits",
  },
  // 【字体：大 中 小】 【打印】 / 上一篇 下一篇 / 返回目录 — a web reader's controls, copied with its page
  {
    kind: "other",
    pattern:
      /^(【?\s*(字体|字号)\s*[:：]\s*大\s*中\s*小|【\s*(打印|关闭|返回|收藏|分享)|(上一篇|下一篇|上一版|下一版|返回目录|返回首页|放大|缩小|默认)(\s+(上一篇|下一篇|上一版|下一版|返回目录|返回首页|放大|缩小|默认))*$)/u,
    maxWidth: 40,
    why: "a web reader's controls",
  },
  // 扫码下载某某新闻 / 关注某某公众号 / 看新闻 上某某客户端 — app and account promotions (a slogan's own phrase:
  // 上 after a space, not a sentence's 用手机APP)
  {
    kind: "promo",
    pattern:
      /扫码(下载|关注|阅读|看|观看)|\s(上|用)\S{0,8}(客户端|APP|App|app)$|下载.{0,8}(客户端|APP|App|app)|关注.{0,8}(公众号|视频号|抖音号|微博)/u,
    maxWidth: 24,
    why: "app promotion",
  },
];

/** A jump line opening a paragraph's first line: （上接第一版）现在，…. */
export const LEADING_JUMP = /^\s*[（(]\s*(上接|接|续)\s*第?\s*[A-Z]?\s*[\d一二三四五六七八九十]+\s*版\s*[)）]\s*/u;

/** A jump line closing a paragraph's last line: …。（下转第2版）. */
export const TRAILING_JUMP = /[（(]\s*(下转|转|续)\s*第?\s*[A-Z]?\s*[\d一二三四五六七八九十]+\s*版\s*[)）]\s*$/u;

/** Least credit roles on a line for it to be the page's credits without a colon (责任编辑 张三  美术编辑 李四). */
export const MIN_CREDIT_ROLES = 2;
/** Widest a credits line can be. */
export const CREDITS_MAX_WIDTH = 56;
