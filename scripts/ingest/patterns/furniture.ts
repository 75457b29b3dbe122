import type { FurnitureKind } from "../../../src/lib/schema/page.ts";

export interface FurnitureRule {
  kind: FurnitureKind;
  /** Tested against a trimmed line. */
  pattern: RegExp;
  /** Lines longer than this (in em) are running text that happens to match. */
  maxWidth: number;
  why: string;
}

/** Page furniture: what every paper prints around its stories. Each row: what it matches, why, an example. */
export const FURNITURE_RULES: readonly FurnitureRule[] = [
  // 今天 晴，南风2～3级 — the weather box opens with a day word and a sky condition
  { kind: "weather", pattern: /^(今天|明天|后天|今日|明日|今夜|夜间|白天)\s*[^，。]{0,8}(晴|阴|雨|雪|云|雾|霾|沙|风)/u, maxWidth: 24, why: "weather: day word then sky condition" },
  // 温度 19℃～33℃ — temperature ranges
  { kind: "weather", pattern: /^(温度|气温)\s*[-－]?\d+\s*(℃|°C?)/u, maxWidth: 24, why: "weather: temperature" },
  // 报纸热线:0537-6557731 — hotline numbers belong to the paper, not a story
  { kind: "hotline", pattern: /(新闻|报纸|读者|服务|投诉|广告|发行|订阅)?热线\s*[:：]?\s*[\d（(]/u, maxWidth: 40, why: "hotline number" },
  // 主管:济宁高新区党工委宣传部 — masthead statements of who runs the paper
  { kind: "masthead", pattern: /^(主管|主办|出版|承印|社址|邮编|印刷|国内统一连续出版物号|国内统一刊号|邮发代号)\s*[:：]/u, maxWidth: 60, why: "masthead statement" },
  // CN37-0001 — the serial number printed in mastheads
  { kind: "masthead", pattern: /\bCN\s*\d{2}\s*[-－]\s*\d{4}/u, maxWidth: 60, why: "serial number" },
  // 2025年1月3日 星期五 农历… — the issue date line
  { kind: "issue-date", pattern: /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(星期|周)[一二三四五六日天]/u, maxWidth: 40, why: "issue date with weekday" },
  // 农历甲辰年十二月初四 on a line of its own
  { kind: "issue-date", pattern: /^农历\S{2,}年\S+月\S+$/u, maxWidth: 20, why: "lunar date" },
  // 高新区报总第**857**期 2025年第1期 — issue numbering
  { kind: "issue-number", pattern: /总第\s*\**\s*\d+\s*\**\s*期/u, maxWidth: 50, why: "issue number" },
  // 第3版 / A03 要闻 — page labels
  { kind: "page-label", pattern: /^(第\s*\d+\s*版|[A-Z]\d{2}\b)(\s|$)/u, maxWidth: 16, why: "page label" },
  // 编辑：马纯潇 美编：继红 组版：刘燕 — page credits
  { kind: "credits", pattern: /^((责任|本版|值班)?编辑|美编|组版|校对|责编|版式|审读|审核|统筹|设计)\s*[:：/／]\s*\S+/u, maxWidth: 40, why: "page credits" },
  // 扫码下载齐鲁壹点 / 找记者 上壹点 — app and account promotions
  { kind: "promo", pattern: /扫码(下载|关注|阅读|看)|下载.{0,8}(客户端|APP|App|app)|^找记者\s*上|关注.{0,6}(公众号|视频号)/u, maxWidth: 24, why: "app promotion" },
];
