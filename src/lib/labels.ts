// What readers are shown in place of the archive's own names: a Chinese word for every kind of thing a page or a
// record holds. Each table is complete over its kind (the types make a missing row an error).
import type { Edit, FurnitureKind, PlaceLevel } from "../../archive/schema/index.ts";

/** Page furniture, by kind: what the 版面信息 list calls each line. */
export const FURNITURE_NAMES: Record<FurnitureKind, string> = {
  masthead: "报头",
  "issue-date": "出版日期",
  "issue-number": "期号",
  weather: "天气",
  hotline: "热线",
  credits: "责任编辑",
  promo: "推广",
  "page-label": "版次版名",
  jump: "转版",
  other: "其他版面文字",
};

/** An editor's corrections, by operation (经编辑校正). */
export const EDIT_NAMES: Record<Edit["op"], string> = {
  split: "从此行起另起一篇",
  merge: "与上一篇合并",
  title: "校正标题",
  kicker: "校正引题",
  subtitle: "校正副题",
  label: "校正此行的读法",
};

/** Levels of places. */
export const LEVEL_NAMES: Record<PlaceLevel, string> = {
  province: "省",
  city: "地级市",
  district: "县级行政区",
  zone: "功能区",
};
