/** National outlets whose copy papers reprint under their own dateline (新华社北京8月1日电, 据新华社). */
const AGENCY =
  "新华社|中新社|中新网|人民日报|人民网|新华网|央视网|央视新闻|光明日报|经济日报|法治日报|工人日报|中国日报|科技日报|农民日报|中国青年报|大众日报|大众网|齐鲁网";

/** Words that end the name of a newsroom: a dateline's office is one of these (某某日报社某某融媒讯). */
const NEWSROOM = "报社|日报|晚报|报|社|网|台|融媒|媒体|中心|客户端|新闻";

/** A day as datelines give it: 18日, 9月3日, 十四日. */
const DAY = "(?:\\d{1,2}月)?(?:\\d{1,2}|[一二三四五六七八九十]{1,3})日";

/** Datelines that open a story's first paragraph. Each row: what it matches, why, an example. */
export const DATELINE_RULES: readonly { pattern: RegExp; why: string }[] = [
  // 本报讯 / 本报济南讯 / 本报合肥18日电 / 本报北京9月3日讯 / 本报7月25日讯
  // (本报通讯员 X is a byline, not a dateline)
  {
    pattern: new RegExp(`^本报[\\p{Script=Han}]{0,6}?(?:${DAY})?(?<!通)(讯|电)(?!员)`, "u"),
    why: "own-correspondent dateline (本报讯, 本报X日电)",
  },
  // 新华社济南5月3日电 / 据新华社北京8月1日电 / 大众日报济南讯 / 央视网消息
  {
    pattern: new RegExp(`^据?(${AGENCY})[\\p{Script=Han}]{0,8}?(${DAY}电|讯|电|消息(?:[：:]|(?=\\s)))`, "u"),
    why: "agency dateline (…电/…讯)",
  },
  // 【新华社重庆十四日电】 — an older paper's agency dateline in brackets
  {
    pattern: new RegExp(`^【(${AGENCY})[^】]{0,16}?(电|讯)】`, "u"),
    why: "agency dateline in brackets (【新华社…电】)",
  },
  // 据新华社 / 据人民日报报道 — reprinted copy opening with its source
  { pattern: new RegExp(`^据(${AGENCY})(报道|消息)?(?=[\\s，,：:])`, "u"), why: "reprint dateline (据新华社)" },
  // 某某日报社某某融媒讯 / 寿光融媒讯 / 滨州日报/滨州网讯 / 晚报淄博7月6日讯 — a newsroom's own dateline
  {
    pattern: new RegExp(
      `^[\\p{Script=Han}A-Za-z·/]{0,14}?(${NEWSROOM})[\\p{Script=Han}]{0,6}?(?:${DAY})?(?<!通|资|快|简|喜|电|视|短)讯(?![息号员])`,
      "u",
    ),
    why: "newsroom dateline (…融媒讯/…网讯)",
  },
  // 中新社北京8月1日电 — any outlet's wire dateline with a date
  {
    pattern: /^[\p{Script=Han}]{2,8}(社|网)[\p{Script=Han}]{0,8}?\d{1,2}月\d{1,2}日电/u,
    why: "wire dateline with a date (…X月X日电)",
  },
];

/**
 * A byline right after a dateline: 本报临沂讯(记者 王五 通讯员 李四), （YMG全媒体记者 X）, names alone in brackets
 * （春青 张栋）, or the reporters' line of an older paper (记者阎晓明报道：, 记者刘小明、吴骅报道：).
 */
export const DATELINE_BYLINE = new RegExp(
  [
    "^\\s*[（(]\\s*(?:[^（）()]*?(?:记\\s*者|通\\s*讯\\s*员|实\\s*习\\s*生|评论员|文|图|摄)[^（）()]*?)[)）]",
    "^\\s*[（(]\\s*[\\p{Script=Han}·]{1,4}(?:\\s+[\\p{Script=Han}·]{1,4}){0,3}\\s*[)）]",
    // (记者刘小明、吴骅报道： / 王百成、特约通讯员林云安报道：)
    // (据新华社记者报道： cites a report: no byline)
    "^(?!\\s*据)\\s*(?=[^：:]{0,16}(?:记\\s*者|通\\s*讯\\s*员))[\\p{Script=Han}·、\\s]{2,20}?报道[：:]",
  ].join("|"),
  "u",
);

/** Widest a dateline can be: longer matches are running text that happens to start alike. */
const DATELINE_MAX = 20;

/** Split a dateline from the paragraph it opens: { dateline, byline, rest } or null. */
export function splitDateline(
  text: string,
): { dateline: string; byline: string | null; rest: string; why: string } | null {
  for (const rule of DATELINE_RULES) {
    const m = rule.pattern.exec(text);
    if (!m || [...m[0]].length > DATELINE_MAX) continue;
    const after = text.slice(m[0].length);
    const b = DATELINE_BYLINE.exec(after);
    const byline = b ? b[0].trim() : null;
    const rest = (b ? after.slice(b[0].length) : after).trimStart();
    return { dateline: m[0], byline, rest, why: rule.why };
  }
  return null;
}
