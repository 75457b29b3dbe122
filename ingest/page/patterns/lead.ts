import { bulletClass } from "../text/bullets.ts";
/**
 * A story's first sentence often opens with when it happened (10月9日，3日上午，2011年8月15日，近日，今年以来…), and a
 * picture's with what it shows (图为…).
 */
export const LEAD_OPENING =
  /^((\d{4}年)?(\d{1,2}月)?\d{1,2}日[，,\s上下晚凌零早中傍清]|图为|前不久|近日|日前|最近|近期|连日来|今年以来|近年来|目前|当天|昨天|昨日|今天|今年\d{0,2}月?|日益|为进一步|为深入|为切实|为全面|为加快)/u;

/** A season a picture's story opens on, as a lead opens on a date (春分时节，… / 入冬以来，… / 金秋十月，…). */
const SEASON_OPENING = String.raw`[春夏秋冬][\p{Script=Han}]{0,2}时节[，,]|入[春夏秋冬]以来[，,]|金秋[\p{Script=Han}]{0,2}[，,]`;

/**
 * How a picture's story opens: when it happened, or with what someone said, a sentence of its own (“今年的草莓收成
 * 不错！”3月1日，…), not a quoted term (“双减”政策); a mark may stand before it (•   5月6日，…).
 */
export const PICTURE_LEAD = new RegExp(
  `^(?:${bulletClass("item")}\\s*)?(${LEAD_OPENING.source.slice(1)}|${SEASON_OPENING}|“[^”]{2,30}[！？。!?]”)`,
  "u",
);
