import { SOURCE_ALONE } from "../text/marks.ts";
import { bulletClass } from "../text/bullets.ts";
import { nameAlone, namesInRun, readsAsNames } from "./names.ts";

/** The box or bullet a byline may be set after: □ 本报记者 X. */
const BOX = bulletClass("byline");

/** Role words of a byline, spaced or not (记 者 / 本 报 记 者 appear in justified type). */
const sp = (word: string) => [...word].join("\\s*");
const ROLE_WORDS = [
  "本报",
  "本台",
  "首席",
  "特派",
  "特约",
  "见习",
  "实习",
  "全媒体",
  "融媒体",
  "驻站",
  // 值班记者 石蕴璞 — the reporter on duty at the paper's hotline
  "值班",
  "记者",
  "通讯员",
  "实习生",
  "评论员",
  "撰稿",
  "作者",
  "摄影",
  "摄像",
  "编译",
  "编辑",
  "整理",
  "报道",
  // 线索提供 许涛 — who gave the paper the story's lead
  "线索提供",
];
/** One-character roles count only with their slash (文/赵一 图/钱二) or standing alone, never inside a name (孙立文). */
const CREDIT_ROLE = /(?<![\p{Script=Han}])(文图|图文|文|图|摄)\s*[/／:：|｜]/gu;
/** A name set tight against its picture credit: 张庆霞摄 (the name keeps two or three characters). */
const NAME_RUN_ON_CREDIT = /(?<![\p{Script=Han}])(\p{Script=Han}{2,3})摄影?(?![\p{Script=Han}])/gu;
const LONE_ROLES = new Set(["文", "图", "摄", "文图", "图文"]);
// (the longest role first: 实习生 is one role, not 实习 and a name starting 生)
const ROLE = new RegExp(
  `(${[...ROLE_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(sp)
    .join("|")})`,
  "gu",
);
/** The line names a role (记者, 通讯员, 评论员…). */
export const HAS_ROLE = new RegExp(ROLE.source, "u");

/**
 * A newsroom's name printed before the role (某某日报记者, 某某·某某报记者, YMG全媒体记者): it ends in a
 * newsroom word, or joins two names with ·, or is a Latin acronym, or is a paper's short name before its
 * 全媒体 or 融媒体 (半岛全媒体记者).
 */
export const NEWSROOM_PREFIX =
  /^(?:[\p{Script=Han}A-Za-z]{1,10}·)?(?:[\p{Script=Han}]{1,10}?(?:报社|日报|晚报|报|社|台|网|新闻|融媒|客户端|点|集团|中心)|[A-Z]{2,6}|[\p{Script=Han}]{2,4}(?=全媒体|融媒体))/u;

/** The place a writer writes from, in brackets after the name: （叶县）, （济南市）. No name. */
const PLACE_IN_BRACKETS = /[（(][\p{Script=Han}]{0,6}(省|市|县|区|镇|乡|村)[）)]/u;

/** The source a story was taken from, in brackets after the names: （据新华社陕西华县10月1日电）. No name. */
const SOURCE_IN_BRACKETS = String.raw`[（(]\s*据[^（）()]{1,30}[)）]`;
/** The brackets that hold no name, taken off a byline before its names are read: places and sources. */
const NO_NAME_BRACKETS = new RegExp(`${PLACE_IN_BRACKETS.source}|${SOURCE_IN_BRACKETS}`, "gu");
const SOURCE_AT_END = new RegExp(`${SOURCE_IN_BRACKETS}\\s*$`, "u");

/** The reporters' byline a source in brackets ends (新华社记者 X Y（据新华社X电）): the byline before it, or null. */
export function bylineBeforeSource(text: string): string | null {
  const m = SOURCE_AT_END.exec(text);
  return m && m.index > 0 ? text.slice(0, m.index).trim() : null;
}

/** A byline on a line of its own, opening a story. Each row: what it matches, why, an example. */
export const OPENING_BYLINE_RULES: readonly { pattern: RegExp; why: string }[] = [
  // □ 本报记者 王小明 / 记者 李四 / 本报通讯员 张三 赵五 / 通讯员 钱二 报道 / 本报全媒体记者 X / 融媒记者 X /
  // 值班记者 X
  {
    pattern: new RegExp(
      `^${BOX}?\\s*(${sp("本报")}\\s*|${sp("本台")}\\s*)?(${sp("首席")}|${sp("特派")}|${sp("特约")}|${sp("见习")}|${sp("实习")}|${sp("全媒体")}|${sp("融媒体")}|${sp("融媒")}|${sp("驻站")}|${sp("值班")})?\\s*(${sp("记者")}|${sp("通讯员")}|${sp("实习生")}|${sp("评论员")})\\s*[\\p{Script=Han}·]`,
      "u",
    ),
    why: "reporter or correspondent byline",
  },
  // 某某日报记者 X / 某某·某某法治报记者 X / YMG全媒体记者 X / 济南日报报业集团记者 X — the newsroom named before the role
  {
    pattern: new RegExp(
      `^${BOX}?\\s*${NEWSROOM_PREFIX.source.slice(1)}\\s*(首席|特约|见习|实习|全媒体|融媒体)?\\s*(记者|通讯员|评论员)\\s*[\\p{Script=Han}·]`,
      "u",
    ),
    why: "byline with its newsroom's name",
  },
  // □ 王小明 / □李剑桥 曲琳 张志刚 报道 — authors marked with the box, with no role, 报道 after them or not
  {
    pattern: /^□\s*[\p{Script=Han}·]{2,4}(\s+[\p{Script=Han}·]{2,4}){0,3}(\s*报道)?$/u,
    why: "author's name after the byline box",
  },
  // 作者：李明 / 作者：王军 来源：菏泽日报 — an e-paper reader's author line
  {
    pattern:
      /^(作者|撰稿|文)\s*[:：]\s*[\p{Script=Han}·]{2,4}([\s、，,]+[\p{Script=Han}·]{2,4}){0,3}(\s+来源\s*[:：]\s*\S+)?$/u,
    why: "an e-paper reader's author line",
  },
  // 田小勉 （叶县） — a writer's name with the place they write from, as readers' and correspondents' pieces sign
  {
    pattern: new RegExp(`^[\\p{Script=Han}·]{2,4}\\s*${PLACE_IN_BRACKETS.source}$`, "u"),
    why: "a writer's name with their place in brackets",
  },
  // 战山河通讯员 / 王立记者 — a name, then its role, on a line of its own
  {
    pattern: /^[\p{Script=Han}·]{2,3}\s*(通讯员|记者)$/u,
    why: "a name with its role after it",
  },
  // 文/图 记者 伊巍 / 图/文 本报记者 X — the credit, then the role and names
  {
    pattern: new RegExp(
      `^${BOX}?\\s*(文\\s*[/／·]\\s*图|图\\s*[/／·]\\s*文|文图|图文)\\s+(本报)?(记者|通讯员)\\s*[\\p{Script=Han}·]{2,}`,
      "u",
    ),
    why: "text/photo credit with the reporter's role",
  },
  // 文/赵一 图/钱二 / 文·图 X
  {
    pattern: new RegExp(
      `^${BOX}?\\s*(文|图|摄影|文图|文\\s*[/／·]\\s*图)\\s*[/／:：|｜]\\s*[\\p{Script=Han}·]{2,}`,
      "u",
    ),
    why: "text/photo credit byline",
  },
];

/** Widest a byline line can be: longer lines are running text that mentions a reporter. */
export const OPENING_BYLINE_MAX_WIDTH = 34;

/** A byline closing a story at the end of its last paragraph: （王小明 李四 张三）, （文/赵一 图/钱二）, （通讯员）. */
export const CLOSING_BYLINE = /(?:^|(?<=[。！？!?…”」』）)]\s*)|\s+)([（(]\s*[^（）()，。,\d]{1,40}?\s*[)）])\s*$/u;

/** A paragraph's last line carrying its closing byline: …。（王小明 李四） */
export const CLOSING_AT_END = /[。！？”][（(][\p{Script=Han}·\s/／]{2,30}[)）]$/u;

/** The reporter's role and names run on after a story's last sentence: 。本报记者 刘蒙亮, 。记者 张三 李四. */
export const BYLINE_AFTER_TEXT =
  /(?<=[。！？!?”])\s*([\p{Script=Han}]{0,8}?(?:记者|通讯员))\s*([\p{Script=Han}·]{2,4}(?:\s+[\p{Script=Han}·]{2,4}){0,3})$/u;

/**
 * A line ending on its story's byline run on after the last sentence, every word after the role a name
 * (…功能。本报记者丁肇文 孟环), not a sentence going on about a reporter (。记者李明说).
 */
export function endsOnByline(text: string): boolean {
  const m = BYLINE_AFTER_TEXT.exec(text);
  return m !== null && m[2]!.split(/\s+/u).every((w) => nameAlone(w) || namesInRun(w) !== null);
}

/** Words that stand in brackets at a paragraph's end but are not names. */
const NOT_NAMES = new Set([
  "化名",
  "完",
  "待续",
  "未完待续",
  "续",
  "上",
  "下",
  "图",
  "摄",
  "资料图",
  "供图",
  "图片",
  "视频",
  "注",
  "同上",
  // a label or a note in brackets read with the names: 编者按, 新闻简报, （附图片）
  "编者按",
  "编者",
  "新闻简报",
  "附图",
  "附图片",
]);

/** The newsroom's name before a role word, taken off so it is not read as a person's name. */
const NEWSROOM_BEFORE_ROLE = new RegExp(
  `${NEWSROOM_PREFIX.source.slice(1)}(?=\\s*(首席|特约|见习|实习|全媒体|融媒体)?\\s*(记者|通讯员|评论员))`,
  "gu",
);

const LEADING_BOXES = new RegExp(`^(${BOX}|\\s)+`, "u");
const BOXES_AND_BRACKETS = new RegExp(`${BOX}|[（）()[\\]【】]`, "gu");

/** Where and when a correspondent filed, after the names: 3月7日发自北京, 3月7日于北京 (not 于民星, a name). */
export const FILED_FROM = /\s*(\d{1,2}月\d{1,2}日)?(发自|(?<=日)于)[\p{Script=Han}]{2,6}$/u;

function stripRoles(text: string): string {
  return text
    .replace(FILED_FROM, "")
    .replace(LEADING_BOXES, "")
    .replace(NEWSROOM_BEFORE_ROLE, " ")
    .replace(BOXES_AND_BRACKETS, " ")
    .replace(CREDIT_ROLE, " ")
    .replace(NAME_RUN_ON_CREDIT, "$1 ")
    .replace(ROLE, " ")
    .replace(/[/／|｜:：,，、;；]/gu, " ");
}

/** Whether a line holds nothing but role words and names (记者 王小明 通讯员 李四 报道). */
export function onlyRolesAndNames(text: string): boolean {
  const tokens = stripRoles(text).split(/\s+/u).filter(Boolean);
  // (names a credit runs together, 穆卫东高芳, are names too)
  return (
    tokens.length > 0 &&
    tokens.every((t) => LONE_ROLES.has(t) || /^[\p{Script=Han}·]{1,4}$/u.test(t) || namesInRun(t) !== null)
  );
}

/** Names in a byline, each once, in order: role words dropped, justified single characters rejoined. */
export function namesInByline(text: string): string[] {
  // (a source credited alone, 据新华社, names an outlet, no author)
  if (SOURCE_ALONE.test(text.trim()) || AUTHOR_NOTE.test(text.trim())) return [];
  // (a credit run into the last name, 新华社记者徐速绘摄, is set apart from it first)
  const spaced = text.replace(NO_NAME_BRACKETS, " ").replace(CREDIT_RUN_INTO_NAME, "$1 摄$2");
  const stripped = stripRoles(spaced);
  const tokens = stripped.split(/\s+/u).filter((t) => t && !LONE_ROLES.has(t));
  const names: string[] = [];
  let pending = "";
  const flush = () => {
    if (pending) names.push(pending);
    pending = "";
  };
  for (const t of tokens) {
    if (!/^[\p{Script=Han}·]+$/u.test(t)) {
      flush();
      continue;
    }
    // justified type prints a two-character name as 刘 婧 (王 军 李 明 is two of them)
    if ([...t].length === 1) {
      pending += t;
      if ([...pending].length === 2) flush();
    } else {
      flush();
      // (names a credit runs together, 孟西安祁鸿斌, are each a name)
      names.push(...(namesInRun(t) ?? [t]));
    }
  }
  flush();
  return [
    ...new Set(
      names.filter((n) => [...n].length >= 2 && [...n].length <= 5 && !NOT_NAMES.has(n) && !NOT_A_PERSON.test(n)),
    ),
  ];
}

/** 摄 (摄影, 摄影报道) run into the name before it at a credit's end: 记者王小明摄, （新华社记者徐速绘摄）. */
const CREDIT_RUN_INTO_NAME = /(\p{Script=Han})摄(?:影)?(?:报道)?\s*([)）]?)\s*$/u;

/** A byline's word that names a newsroom or a kind of contributor, not a person: 滨州日报, 滨州网, 热心读者. */
const NOT_A_PERSON = /(日报|晚报|早报|报社|社|网|电视台|台|新闻|客户端|融媒|读者|网友)$|^(新华|来源|据.*)$/u;

/** A name with its credit on a line of its own: 王小明/文, 王小明 李四/图, 文/王小明. */
const NAME_WITH_CREDIT =
  /^[\p{Script=Han}·]{2,4}(\s+[\p{Script=Han}·]{2,4})*\s*[/／]\s*(文|图|摄|文图)$|^(文|图|摄)\s*[/／]\s*[\p{Script=Han}·]{2,4}/u;

/** The credit for words and pictures alike, as a word of its own: 文/图, 图/文. */
const BOTH_CREDITS = /^(文[/／]图|图[/／]文)$/u;
/** A word of a credit line, its roles taken out: a name, a name with its credit (张骞/文), or the credit (文/图). */
const creditLineWord = (w: string) => BOTH_CREDITS.test(w) || nameAlone(w.replace(/[/／](文|图|摄|文图)$/u, ""));

/**
 * Names with their roles and credits on a line of their own, a credit mark among them (魏生强 全媒体记者 周俊鹏 文/图,
 * 本报记者 张骞/文 张梦珠/图): the names that close a story.
 */
function namesWithCredits(text: string): boolean {
  const words = text
    .replace(ROLE, " ")
    .replace(/\s*([/／])\s*/gu, "$1")
    .trim()
    .split(/\s+/u);
  const names = words.filter((w) => !BOTH_CREDITS.test(w));
  // (a role or two names: a word under a surname alone with its credit, 金秋 文/图, may be a head's phrase)
  return (
    words.every(creditLineWord) &&
    words.some((w) => /[/／]/u.test(w)) &&
    (HAS_ROLE.test(text) ? names.length >= 1 : names.length >= 2)
  );
}

/** A closing byline set on a line of its own, and its form: names in brackets, or a name with its credit. */
export function closingLineForm(text: string): "bracketed" | "credit" | null {
  const m = /[)）]\s*$/u.test(text) ? CLOSING_BYLINE.exec(text) : null;
  if (m && m.index === 0 && isClosingByline(m[1]!)) return "bracketed";
  return NAME_WITH_CREDIT.test(text) || namesWithCredits(text) ? "credit" : null;
}

/**
 * The note on who the author is, on a line of its own after a commentary's last sentence: （作者为山东大学校长）,
 * （作者系…）; authorNoteLines finds one a column wrapped over lines.
 */
export const AUTHOR_NOTE = /^[（(]\s*作者(为|系|是|单位[：:]?)[^（）()]{2,60}[）)]$/u;

/** Most lines a column wraps an author's note over (（作者为山东省社会科学院农村发展 / 研究所研究员）). */
export const AUTHOR_NOTE_MAX_LINES = 4;
/** A line that opens an author's note (letter-spaced or not). */
export const AUTHOR_NOTE_OPENS = /^\s*[（(]\s*作\s*者/u;

/**
 * How many of these lines, from the first, hold an author's note the column wrapped: the first opens it, the
 * last closes its bracket, and together they read as AUTHOR_NOTE; 0 when they hold none.
 */
export function authorNoteLines(texts: readonly string[]): number {
  if (!AUTHOR_NOTE_OPENS.test(texts[0] ?? "")) return 0;
  let joined = "";
  for (let k = 0; k < Math.min(texts.length, AUTHOR_NOTE_MAX_LINES); k++) {
    joined += texts[k]!.replace(/\s+/gu, ""); // (letter-spaced: （作 者 为 …)
    if (/[）)]$/u.test(joined)) return AUTHOR_NOTE.test(joined) ? k + 1 : 0;
    if (/[）)]/u.test(texts[k]!)) return 0;
  }
  return 0;
}

/**
 * How many of these lines, from the first, hold names in brackets the column wrapped (（济宁日报全媒体记者 张彦彦 /
 * 王艳茹）): the first opens the bracket, the second closes it, and together they read as a closing byline; 0 else.
 */
export function bracketedClosingLines(texts: readonly string[]): number {
  const [first, rest] = texts.map((t) => t.trim());
  if (!first || !rest || !/^[（(]/u.test(first) || /[）)]/u.test(first) || !/^[^（）()]+[）)]$/u.test(rest)) return 0;
  return closingLineForm(`${first} ${rest}`) === "bracketed" ? 2 : 0;
}

/** How many lines, from the first, a closing in brackets the column wrapped holds (an author's note or names). */
export const wrappedClosingLines = (texts: readonly string[]): number =>
  authorNoteLines(texts) || bracketedClosingLines(texts);

/**
 * An author's name set alone on a line (王明起, or a two-character name spaced to a three's width: 王 军): under text
 * it closes the story, over a block's text it opens it.
 */
export const AUTHOR_NAME_LINE = /^([\p{Script=Han}·]{2,4}|\p{Script=Han}[ \u3000]{1,2}\p{Script=Han})$/u;

/** Why a line of its own after the text closes a story with its byline, or null: names in brackets, X/文, a name alone. */
export function closingLineReason(text: string): string | null {
  if (AUTHOR_NOTE.test(text.trim())) return "the note on who the author is, in brackets";
  // (（新华社）, （据新华社）: the source closes the story as a byline does, naming no author)
  if (/^[（(]/u.test(text.trim()) && SOURCE_ALONE.test(text.trim()))
    return "the source in brackets on a line of its own";
  const form = closingLineForm(text);
  if (form === "bracketed") return "names in brackets on a line of their own";
  if (form === "credit") return "name with its credit (X/文)";
  if (AUTHOR_NAME_LINE.test(text)) return "an author's name set alone at the story's end";
  return null;
}

/** Whether bracketed text at a paragraph's end reads as a byline: only names and role words. */
export function isClosingByline(bracketed: string): boolean {
  const inner = bracketed.replace(/^[（(]\s*|\s*[)）]$/gu, "");
  if (NOT_NAMES.has(inner.replace(/\s+/gu, ""))) return false;
  const rest = inner
    .replace(CREDIT_ROLE, " ")
    .replace(ROLE, " ")
    .replace(/[/／|｜:：、\s]+/gu, " ")
    .trim();
  if (rest === "") return HAS_ROLE.test(inner); // （通讯员）
  const tokens = rest.split(" ");
  return (
    tokens.every((t) => /^[\p{Script=Han}·]{1,4}$/u.test(t) || namesInRun(t) !== null) &&
    namesInByline(inner).length > 0
  );
}

/** The paper's reporter opening a paragraph, then the names and a space (or 报道：): 本报记者 韩钟昆 , 本报记者龚永泉 . */
const ROLE_THEN_NAMES =
  /^本报(?:特约|首席|特派)?(?:记者|通讯员)[ \u3000]?([\p{Script=Han}·]{2,12}(?:[ \u3000][\p{Script=Han}·]{2,4}){0,3})(?:[ \u3000]*报道[：:]|[ \u3000]+)(?=\S)/u;
/** Fewest characters of text after a byline run into it: less is a byline's own tail, not a paragraph. */
const RUN_IN_TEXT_MIN = 4;

/**
 * A byline an older paper set into its story's first line, a space before the text (本报记者 韩钟昆 解决当前经济…,
 * 本报记者曾坤颜世贵 古都北京…): the byline, and the text after it; null when the words after the role are not names.
 */
export function bylineRunIn(text: string): { byline: string; rest: string } | null {
  const m = runInAt(ROLE_THEN_NAMES, text);
  return m ? { byline: m[0].trim(), rest: text.slice(m[0].length) } : null;
}

/** What a run-in pattern matches at a paragraph's start, when its names (group 1) read as names and text follows. */
function runInAt(pattern: RegExp, text: string): RegExpExecArray | null {
  const m = pattern.exec(text);
  if (!m || [...text.slice(m[0].length)].length < RUN_IN_TEXT_MIN) return null;
  return m[1]!.split(/[ \u3000]/u).every(readsAsNames) ? m : null;
}

/**
 * A reporter's credit for words and pictures opening a paragraph, then a space, or the date that opens the text
 * (the space before a digit is closed): 记者 陈芮 文/摄 4月18日，…, 本报记者 张三 摄 近日，….
 */
const ROLE_NAMES_CREDIT =
  /^(?:本报|[\p{Script=Han}]{0,6}?全媒体)?(?:记者|通讯员)[ \u3000]?([\p{Script=Han}·]{2,12}(?:[ \u3000][\p{Script=Han}·]{2,4}){0,3})[ \u3000]*(?:文[/／](?:摄|图)|图[/／]文|摄影?)(?:[ \u3000]+(?=\S)|(?=\d{1,2}月\d{1,2}日|\d{1,2}日))/u;

/**
 * A credit set into a story's first line before its text (记者 陈芮 文/摄 4月18日，…): the names it credits, or null
 * when the words after the role are not names or no text follows. The credit opens the story, as a dateline does.
 */
export function creditRunIn(text: string): string | null {
  return runInAt(ROLE_NAMES_CREDIT, text)?.[1] ?? null;
}
