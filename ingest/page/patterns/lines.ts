import type { FurnitureKind } from "../../../archive/schema/page.ts";
import { printedWidth } from "../text/width.ts";
import { CREDIT_ROLE, CREDITS_MAX_WIDTH, FURNITURE_RULES, MIN_CREDIT_ROLES } from "./furniture.ts";
import {
  bylineBeforeSource,
  FILED_FROM,
  OPENING_BYLINE_RULES,
  OPENING_BYLINE_MAX_WIDTH,
  onlyRolesAndNames,
} from "./byline.ts";

/** Widest any furniture rule allows: wider lines need no test. */
const FURNITURE_MAX_WIDTH = Math.max(CREDITS_MAX_WIDTH, ...FURNITURE_RULES.map((r) => r.maxWidth));

/** Furniture kind of a line, if one of the furniture rules names it. */
export function furnitureOf(text: string, w = printedWidth(text)): { kind: FurnitureKind; why: string } | null {
  if (w > FURNITURE_MAX_WIDTH) return null;
  for (const r of FURNITURE_RULES) if (w <= r.maxWidth && r.pattern.test(text)) return { kind: r.kind, why: r.why };
  // 责任编辑 张三  美术编辑 李四  校对 王五: the page's credits need no colon when they name several roles
  if (w <= CREDITS_MAX_WIDTH && !/[，。；]/u.test(text) && (text.match(CREDIT_ROLE)?.length ?? 0) >= MIN_CREDIT_ROLES)
    return { kind: "credits", why: "page credits: several editing roles" };
  return null;
}

/** Why a line is an opening byline, or null. */
export function openingBylineOf(raw: string, width = printedWidth(raw)): string | null {
  const text = raw.replace(FILED_FROM, "");
  const w = text === raw ? width : printedWidth(text);
  if (w > OPENING_BYLINE_MAX_WIDTH || /[，。,；]/u.test(text)) return null;
  // the anchored rules first: they turn most lines away at their first characters
  const why = OPENING_BYLINE_RULES.find((r) => r.pattern.test(text))?.why;
  return why && onlyRolesAndNames(text) ? why : null;
}

/** When a correspondent filed, and where from, ending a line: 3月7日发自北京 (the day is what makes it a dateline). */
const FILED_ON = /\d{1,2}月\d{1,2}日(发自|于)[\p{Script=Han}]{2,6}$/u;

/**
 * A byline that says when and where its reporters filed (本报特派记者 郭静 张洪波 3月7日发自北京): the story's
 * dateline as much as its byline, so its words stay in the text, as a dateline's do.
 */
export const filedByline = (text: string): boolean =>
  FILED_ON.test(text.trim()) && openingBylineOf(text.trim()) !== null;

/** The reporters' byline with, in brackets, the source the story was taken from (新华社记者 X Y（据新华社…电）). */
export function bylineWithSource(text: string): boolean {
  const byline = bylineBeforeSource(text.trim());
  return byline !== null && openingBylineOf(byline) !== null;
}
