/** Datelines that open a story's first paragraph. Each row: what it matches, why, an example. */
export const DATELINE_RULES: readonly { pattern: RegExp; why: string }[] = [
  // 本报讯 / 本报济南讯 / 本报济宁讯(记者 刘菲)
  { pattern: /^本报[\p{Script=Han}]{0,6}?讯/u, why: "own-correspondent dateline (本报讯)" },
  // 新华社济南5月3日电 / 大众日报济南讯
  { pattern: /^(新华社|中新社|人民日报|大众日报|中国新闻网|央视新闻)[\p{Script=Han}]{0,8}?(\d{1,2}月\d{1,2}日电|讯)/u, why: "agency dateline (…电/…讯)" },
  // 齐鲁晚报·齐鲁壹点记者 X 报道 is a byline; 某某网讯 / 某某客户端讯 are datelines
  { pattern: /^[\p{Script=Han}]{2,8}(网|客户端|融媒)讯/u, why: "outlet dateline (…网讯)" },
];

/** A byline in brackets right after a dateline: 本报济宁讯(记者 曹俐 通讯员 李亚军). */
export const DATELINE_BYLINE = /^\s*[（(]\s*(?:[^（）()]*?(?:记\s*者|通\s*讯\s*员|实\s*习\s*生|文|图|摄)[^（）()]*?)[)）]/u;

/** Split a dateline from the paragraph it opens: { dateline, byline, rest } or null. */
export function splitDateline(text: string): { dateline: string; byline: string | null; rest: string; why: string } | null {
  for (const rule of DATELINE_RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const after = text.slice(m[0].length);
    const b = DATELINE_BYLINE.exec(after);
    const byline = b ? b[0].trim() : null;
    const rest = (b ? after.slice(b[0].length) : after).trimStart();
    return { dateline: m[0], byline, rest, why: rule.why };
  }
  return null;
}
