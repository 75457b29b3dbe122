import { COLUMN_LABEL, followsOn, LEADERS_LINE, leadsIn, PICTURE_LABEL } from "../patterns/heading.ts";
import { oneTitle } from "../patterns/one-title.ts";
import { joinWrapped } from "../text/join.ts";
import { sharesHanRun } from "../text/han.ts";
import { endsSentence } from "../text/marks.ts";
import { printedWidth } from "../text/width.ts";

export interface HeadlineFields {
  column: string | null;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  why: string[];
}

/** A headline line wider than this may carry its kicker beside it (em). */
const KICKER_BESIDE_MIN = 26;
/** Each phrase of a kicker printed beside its title is at most this wide, and the title at least TITLE_MIN. */
const KICKER_PHRASE_MAX = 8;
const TITLE_MIN = 10;
/** Two headline lines within this ratio of width are too close to call by length. */
const CLOSE_WIDTHS = 1.25;
/** A second headline line this many times longer than the first is its subtitle even under a kicker-shaped line. */
const SUBTITLE_MIN_RATIO = 2.2;
/**
 * A line that only a kicker is: parallel phrases set apart by a space (加强全面建设 着眼整体提高), a series' number
 * (深化改革系列述评之十一, 我与聊城日报的故事⑮) or a body's decision the title reports (国际奥委会决定).
 */
const KICKER_SHAPED = /\S\s+\S|之([一二三四五六七八九十]+|\d+)$|[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]$|决定$/u;
/** Widest each half of a title the paper set over two matched lines is (em), and how far apart their widths. */
const HALF_MAX = 8;
const HALVES_APART = 1;
/** Two short lines of one width: a title the paper set in two matched halves (清除路面标线 / 营造整洁环境). */
const matchedHalves = (a: string, b: string) =>
  printedWidth(a) <= HALF_MAX &&
  printedWidth(b) <= HALF_MAX &&
  Math.abs(printedWidth(a) - printedWidth(b)) <= HALVES_APART;
/** A label this short (em) over a short head is the column's label, not a title over its 副题 (漫话 / 不明之水). */
const LABEL_MAX = 2;
/** A province and a city or county, alone on a line (福建厦门, 山东 临沂): where a story is from, as a kicker says. */
const PLACE_ALONE =
  /^(北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门)\s*\p{Script=Han}{2,3}[市县区]?$/u;
/** A label this short over a group of three or more lines is the column's name (济南底气). */
const COLUMN_NAME_MAX = 4;

/** The kicker printed on the same line as its title: short parallel phrases, then a full title. */
export function kickerBeside(line: string): [string, string] | null {
  const segs = line.split(/\s+/u).filter(Boolean);
  if (segs.length < 2 || printedWidth(line) <= KICKER_BESIDE_MIN) return null;
  for (let s = segs.length - 1; s >= 1; s--) {
    const head = segs.slice(0, s);
    const tail = segs.slice(s).join(" ");
    if (head.every((x) => printedWidth(x) <= KICKER_PHRASE_MAX) && printedWidth(tail) >= TITLE_MIN)
      return [head.join(" "), tail];
  }
  return null;
}

/** A quotation: a title may quote a sentence in clauses (“中国现在很稳定，我也放心”). */
const QUOTED = /“[^”]*”/gu;
/** A line in clauses (、，): a 副题 explaining the title above it. */
const lists = (x: string) => /[、，,]/u.test(x);

/**
 * Headings that must go to the same story: a kicker and what it leads into, a title and its subtitle, a
 * title's two lines.
 */
export function boundTogether(a: string, b: string, wrapped = true): boolean {
  return (
    leadsIn(a) || followsOn(b) || (wrapped && !COLUMN_LABEL.test(b) && oneTitle(a, b, false)) || subtitleUnder(a, b)
  );
}

/** Fewest characters in each phrase of a couplet: shorter pairs (抓党建 促发展) are slogans that stand on any line. */
const COUPLET_PHRASE_MIN = 4;
/** A head line of two phrases of one length, a space apart: a couplet (增进交流合作 提升履职实效). */
function couplet(line: string): boolean {
  const phrases = line.trim().split(/\s+/u);
  return (
    phrases.length === 2 &&
    phrases.every((x) => /^\p{Script=Han}+$/u.test(x) && x.length >= COUPLET_PHRASE_MIN) &&
    phrases[0]!.length === phrases[1]!.length
  );
}

/** A second head line that is the first's 副题: in clauses under a title of one phrase without, or who spoke or attended. */
export const subtitleUnder = (a: string, b: string): boolean =>
  (lists(b) && !lists(a) && !/\s/u.test(a)) || LEADERS_LINE.test(b);

/** Narrowest a title is when its subtitle stands beside it on one line (em). */
const TITLE_BESIDE_MIN = 8;

/** A head line cut at its first space: what stands before it, and the rest (the fields an export set beside the title). */
function atFirstSpace(line: string): [string, string] | null {
  const cut = line.search(/\s/u);
  return cut <= 0 ? null : [line.slice(0, cut), line.slice(cut).trim()];
}

/** Fewest Han characters in a row two halves of one title share (任济南; a title and its 副题 may share a word: 供热). */
const PARALLEL_RUN = 3;

/**
 * Two halves of one title, set in parallel: as wide as each other, saying alike things in alike words (刘强任济南市委
 * 书记 于海田任济南市代市长): a 副题 explains its title at more length and in other words.
 */
function parallelHalves(a: string, b: string): boolean {
  const [wa, wb] = [printedWidth(a), printedWidth(b)];
  return Math.max(wa, wb) <= CLOSE_WIDTHS * Math.min(wa, wb) && sharesHanRun(a, b, PARALLEL_RUN);
}

/**
 * A head's stack an export set on one line: a full title, then after a space a subtitle as long (硬“核”力量落地招远
 * 首个配置冷却塔的“华龙一号”核电机组全面启动建设); two short phrases are one title (聊城大小事 一报尽知之).
 */
function flattenedSubtitle(line: string): [string, string] | null {
  const parts = atFirstSpace(line);
  if (!parts) return null;
  const [title, rest] = parts;
  const phrases = rest.split(/\s+/u);
  return printedWidth(title) >= TITLE_BESIDE_MIN &&
    printedWidth(rest) >= TITLE_BESIDE_MIN &&
    phrases.some((p) => printedWidth(p) >= TITLE_BESIDE_MIN) &&
    !parallelHalves(title, rest)
    ? [title, rest]
    : null;
}

/** Narrowest a title is when a dash sets its subtitle on the same line (永葆本色创新业——记全军劳动模范高荣华). */
const TITLE_BEFORE_DASH_MIN = 4;

/** A title and its ——副题 run on one line: 永葆本色创新业——记全军劳动模范高荣华, 奔流入海—黄河口写意. */
export function dashSubtitle(line: string): [string, string] | null {
  const m = /^(\S.*?)\s*((?:——|－－|—)[^—]{4,})$/u.exec(line);
  if (!m) return null;
  // (a mark inside quotation marks is the quoted words': “守住了家，就守住了根”——山区村民迁居见闻)
  const unquoted = m[1]!.replace(/“[^”]*”/gu, "");
  return printedWidth(m[1]!) >= TITLE_BEFORE_DASH_MIN && !/[，。；：]/u.test(unquoted) ? [m[1]!, m[2]!] : null;
}

/**
 * A title, then after a space a 副题 that explains it in clauses (中共中央政治局常务委员会召开会议 听取全国人大常委会、
 * 国务院…工作汇报): the title is head-shaped and holds no clause mark, the rest does.
 */
export function clausesBeside(line: string): [string, string] | null {
  const parts = atFirstSpace(line);
  if (!parts) return null;
  const [title, rest] = parts;
  return printedWidth(title) >= TITLE_BESIDE_MIN &&
    !lists(title) &&
    lists(rest) &&
    printedWidth(rest) >= TITLE_BESIDE_MIN
    ? [title, rest]
    : null;
}

/**
 * How many times its title's width a 副题 set beside the title on one line is at least, told by width alone.
 * (1.6 read 2 more of 506 development titles right, but a title of two halves, 两岸同胞血浓于水 携手共圆中华民族伟大
 * 复兴之梦想, is split at 1.6: a gain that small is not worth that.)
 */
const SUBTITLE_BESIDE_RATIO = 2;

/**
 * A title, then after a space a 副题 far wider that explains it (硬“核”力量落地招远 首个配置冷却塔的“华龙一号”核电
 * 机组全面启动建设), or that explains it in clauses though the title holds one too (暂别晴暖天气，山东多地迎小雨雪
 * 明日最高温局部降至冰点以下，气温回升…): a head is short, its explanation long.
 */
export function widerBeside(line: string): [string, string] | null {
  const parts = atFirstSpace(line);
  if (!parts) return null;
  const [title, rest] = parts;
  const [wt, wr] = [printedWidth(title), printedWidth(rest)];
  return wt >= TITLE_BESIDE_MIN && !/\s/u.test(rest) && (wr >= SUBTITLE_BESIDE_RATIO * wt || (lists(rest) && wr > wt))
    ? [title, rest]
    : null;
}

/** A figure: digits, as a 副题's facts give them (204亿元, 11场). */
const FIGURE = /[0-9０-９]/u;
/** Widest each of a 副题's parallel phrases is (em): 学出思路 学出动力 学出成效. */
const PARALLEL_PHRASE_MAX = 6;
/** Fewest parallel phrases for a line beside a title to be its 副题 by them alone. */
const PARALLEL_PHRASES_MIN = 3;

/**
 * Signs that what stands beside a title after its first space is its 副题, each with an example and its reason.
 * The title itself is a full head (TITLE_BESIDE_MIN) in every row.
 */
const EXPLAINED_BESIDE: readonly { example: string; why: string; is: (title: string, rest: string) => boolean }[] = [
  {
    example: "四川重点建设进展良好 至去年11月已完成投资204亿元",
    why: "the facts in figures, as long as the title or longer, beside a title that gives none: the 副题 bears them out",
    is: (title, rest) =>
      !FIGURE.test(title) && FIGURE.test(rest) && !/\s/u.test(rest) && printedWidth(rest) >= printedWidth(title),
  },
  {
    example: "我将参加亚太经济合作会 余湛表示要对会议作出积极贡献",
    why: "who said it and what (X表示, X指出): a 副题 reports the speaker the title quotes",
    is: (_, rest) => /^[\p{Script=Han}·]{2,4}(表示|指出|强调|认为|说)[\p{Script=Han}，、“”]{4,}$/u.test(rest),
  },
  {
    example: "首钢班组学习“三个代表”重要思想 学出思路 学出动力 学出成效",
    why: "three short parallel phrases or more after a full title: a 副题 that sums it up (a kicker's phrases stand before)",
    is: (_, rest) => {
      const phrases = rest.split(/\s+/u);
      return phrases.length >= PARALLEL_PHRASES_MIN && phrases.every((p) => printedWidth(p) <= PARALLEL_PHRASE_MAX);
    },
  },
];

/** A title and a 副题 beside it on one line that a row of EXPLAINED_BESIDE tells. */
export function explainedBeside(line: string): [string, string] | null {
  const parts = atFirstSpace(line);
  if (!parts || printedWidth(parts[0]) < TITLE_BESIDE_MIN || lists(parts[0])) return null;
  return EXPLAINED_BESIDE.some((row) => row.is(parts[0], parts[1])) ? parts : null;
}

/** A title and the 副题 printed beside it on one line: 新区老干部情况通报会召开 孙永红出席并讲话. */
export function subtitleBeside(line: string): [string, string] | null {
  const parts = atFirstSpace(line);
  return parts && printedWidth(parts[0]) >= TITLE_BESIDE_MIN && LEADERS_LINE.test(parts[1]) ? parts : null;
}

/** A head line that carries its subtitle beside its title by a sign of its own: who attended, a dash, clauses. */
const subtitleSignBeside = (line: string): [string, string] | null =>
  subtitleBeside(line) ?? dashSubtitle(line) ?? clausesBeside(line);

/** A title and the 副题 beside it on one line, by a sign of its own, by width, or by what it explains. */
const titleAndSubtitle = (line: string): [string, string] | null =>
  subtitleSignBeside(line) ?? widerBeside(line) ?? explainedBeside(line);

/**
 * Whether a page's export sets each head's stack on one line: of its head lines holding a space, two or more, and
 * at least half, carry a subtitle beside the title by a sign of its own (孙永红出席并讲话, clauses). Then a
 * head line of two long phrases there is a title and its subtitle too (秘厄冲突加剧双方各有伤亡 国际社会呼吁和平解决边界争端).
 */
export function stacksOnOneLine(headLines: readonly string[]): boolean {
  const spaced = headLines.map((l) => l.trim()).filter((l) => /\S\s+\S/u.test(l));
  const signed = spaced.filter((l) => subtitleSignBeside(l) !== null).length;
  return signed >= 2 && signed * 2 >= spaced.length;
}

/**
 * Read a story's headline lines the way an editor does: a column label on top, then 引题 (kicker), 主题
 * (title) and 副题 (subtitle). The title is the shortest, boldest line; what stands above it is the
 * kicker and what stands below is the subtitle.
 */
export function headlineFields(
  lines: string[],
  wrapped = true,
  oneLine = false,
  sizes: readonly (number | null)[] = [],
): HeadlineFields {
  const printed = bySize(lines, sizes);
  if (printed) return printed;
  const why: string[] = [];
  let items = lines.map((l) => l.trim()).filter(Boolean);
  const column: string[] = [];
  // (a column's label alone over its stories, 图片新闻 or 简讯, is no story's title: the title is inferred)
  while (
    items.length >= 1 &&
    (COLUMN_LABEL.test(items[0]!) || (items.length >= 3 && printedWidth(items[0]!) <= COLUMN_NAME_MAX))
  ) {
    column.push(items.shift()!);
    why.push(`"${column.at(-1)}": column label`);
  }
  // a title broken over two short lines
  const merged: string[] = [];
  for (const t of items) {
    const prev = merged.at(-1);
    // (an export that gives a paragraph a line breaks no head over lines, but the paper's own break between two
    // matched halves stays: 清除路面标线 / 营造整洁环境)
    if (
      prev !== undefined &&
      (wrapped || (matchedHalves(prev, t) && !KICKER_SHAPED.test(prev))) &&
      !COLUMN_LABEL.test(t) &&
      oneTitle(prev, t, false)
    ) {
      merged[merged.length - 1] = joinWrapped([prev, t]);
      why.push(`"${prev}" + "${t}": one title on two short lines`);
    } else if (
      prev !== undefined &&
      wrapped &&
      followsOn(prev) &&
      !endsSentence(prev) &&
      !followsOn(t) &&
      !leadsIn(t)
    ) {
      // (——发展态势向新向好，一季度有望保持总体 / 平稳、稳中有进: nothing stands under a 副题 in a head's stack but
      // its own rest)
      merged[merged.length - 1] = joinWrapped([prev, t]);
      why.push(`"${prev}" + "${t}": one ——subtitle wrapped over two lines`);
    } else merged.push(t);
  }
  items = merged;
  // (a label alone over its story, 要闻简报 over its briefs, is what the story is called: its title; a picture label,
  // 图片新闻, stands over pictures each a story of its own)
  if (items.length === 0 && column.length === 1 && !PICTURE_LABEL.test(column[0]!)) {
    why.push(`"${column[0]}": a label alone over the story: its title`);
    return { column: null, kicker: null, title: column[0]!, subtitle: null, why };
  }
  if (items.length === 0) return { column: column.join(" ") || null, kicker: null, title: null, subtitle: null, why };
  if (items.length === 1) {
    const sub = titleAndSubtitle(items[0]!) ?? (oneLine ? flattenedSubtitle(items[0]!) : null);
    if (sub) {
      why.push(`"${items[0]}": who spoke or attended, beside the title: subtitle`);
      return { column: column.join(" ") || null, kicker: null, title: sub[0], subtitle: sub[1], why };
    }
    const beside = kickerBeside(items[0]!);
    if (beside) {
      why.push(`"${items[0]}": short parallel phrases before a full title: kicker beside the title`);
      return { column: column.join(" ") || null, kicker: beside[0], title: beside[1], subtitle: null, why };
    }
    return { column: column.join(" ") || null, kicker: null, title: items[0]!, subtitle: null, why };
  }
  // two lines with nothing to mark them: a title and a longer 副题 under it, else a 引题 over the title
  if (items.length === 2 && !items.some((x) => leadsIn(x) || followsOn(x))) {
    const [a, b] = items as [string, string];
    // a line over a title that carries its 副题 beside it is the kicker (圆满结束对亚非五国的国事访问 / 李先念主席回到北京
    // 赵紫阳杨尚昆…等到机场迎接): a stack has one title, and the 副题 stands after it
    const beside = /\s/u.test(a) ? null : titleAndSubtitle(b);
    // (a 副题 of its own parts, who spoke and who attended or clauses, is no title beside a 副题: 宋永祥讲话李春田梁金光出席
    // 范连生作常委会工作报告 …)
    if (beside && !LEADERS_LINE.test(beside[0]) && !lists(beside[0].replace(QUOTED, ""))) {
      why.push(`"${a}" over "${b}": the title carries its 副题 beside it, the line over it is the kicker`);
      return { column: column.join(" ") || null, kicker: a, title: beside[0], subtitle: beside[1], why };
    }
    // (a place alone over the head, 福建厦门 / “花园城市”颜值内在兼备, is where the story is from: the kicker)
    if (PLACE_ALONE.test(a) && !PLACE_ALONE.test(b)) {
      why.push(`"${a}" over "${b}": a place alone over the head: kicker`);
      return { column: column.join(" ") || null, kicker: a, title: b, subtitle: null, why };
    }
    // (a couplet, two phrases of one length, under a line that is none is the 主题 that line leads into: 两区政协召开
    // 座谈会 / 增进交流合作 提升履职实效; over another line it may be the kicker of a long title: 加强全面建设 着眼整体提高)
    if (couplet(b) && !couplet(a)) {
      why.push(`"${b}": a couplet under "${a}": the title, the line over it the kicker`);
      return { column: column.join(" ") || null, kicker: a, title: b, subtitle: null, why };
    }
    // (a label of two characters over a short head is the column's: 漫话 / 不明之水)
    if (printedWidth(a) <= LABEL_MAX && printedWidth(b) <= SUBTITLE_MIN_RATIO * printedWidth(a) && !lists(b)) {
      why.push(`"${a}" over "${b}": a two-character label over a short head: kicker`);
      return { column: column.join(" ") || null, kicker: a, title: b, subtitle: null, why };
    }
    // a 副题 explains, in clauses (、，) or in three phrases or more (X致辞 Y讲话 Z主持); a title rarely lists
    const phrases = (x: string) => x.split(/\s+/u).filter(Boolean).length;
    // (the 主题 is the shortest line of a stack: a line clearly longer than the one over it is its 副题)
    if (
      printedWidth(b) > SUBTITLE_MIN_RATIO * printedWidth(a) ||
      (printedWidth(b) > CLOSE_WIDTHS * printedWidth(a) && !KICKER_SHAPED.test(a)) ||
      (lists(b) && !lists(a)) ||
      (phrases(b) >= 2 && phrases(a) === 1) ||
      LEADERS_LINE.test(b)
    ) {
      why.push(`"${b}": longer than the line above it, or explaining it: subtitle`);
      return { column: column.join(" ") || null, kicker: null, title: a, subtitle: b, why };
    }
    why.push(`"${a}" over "${b}": the line nearer the story is the title`);
    return { column: column.join(" ") || null, kicker: a, title: b, subtitle: null, why };
  }
  // a meeting's head: two lines, then who spoke or attended; the shorter of the two is the title, the longer its
  // kicker over it or its 副题 under it (全市“重点工作攻坚年”推进大会举行 / 统一思想振奋精神… / 孙立成讲话 孙述涛主持)
  // (on a text page: a printed page's type tells the title better than the lengths do)
  const textPage = sizes.every((x) => x === null);
  if (
    textPage &&
    items.length === 3 &&
    LEADERS_LINE.test(items[2]!) &&
    !items.some((x) => leadsIn(x) || followsOn(x))
  ) {
    const [a, b, leaders] = items as [string, string, string];
    why.push(`"${leaders}": who spoke or attended, under the head: subtitle`);
    return printedWidth(a) <= printedWidth(b)
      ? { column: column.join(" ") || null, kicker: null, title: a, subtitle: `${b} ${leaders}`, why }
      : { column: column.join(" ") || null, kicker: a, title: b, subtitle: leaders, why };
  }
  // three lines with nothing to mark them: kicker, title, subtitle, as a head's stack is set
  if (items.length === 3 && !items.some((x) => leadsIn(x) || followsOn(x))) {
    why.push(`"${items[1]}": the middle of three head lines: title`);
    return {
      column: column.join(" ") || null,
      kicker: items[0]!,
      title: items[1]!,
      subtitle: items[2]!,
      why,
    };
  }
  // a ——副题 closing the stack: the line over it is the title, what stands above that its kicker
  if (items.length >= 3 && followsOn(items.at(-1)!) && !items.slice(0, -1).some((x) => leadsIn(x) || followsOn(x))) {
    why.push(`"${items.at(-2)}": right over the ——subtitle: title`);
    return {
      column: column.join(" ") || null,
      kicker: items.slice(0, -2).join(" "),
      title: items.at(-2)!,
      subtitle: items.at(-1)!,
      why,
    };
  }
  let t = -1;
  items.forEach((x, i) => {
    if (leadsIn(x) || followsOn(x)) return;
    if (t < 0 || printedWidth(x) < printedWidth(items[t]!)) t = i;
  });
  if (t < 0) t = items.length - 1;
  // lengths that do not tell: the line nearer the story is the title, the one above it the kicker
  const below = items[t + 1];
  if (
    below !== undefined &&
    printedWidth(below) <= CLOSE_WIDTHS * printedWidth(items[t]!) &&
    !followsOn(below) &&
    !leadsIn(below)
  )
    t++;
  why.push(`"${items[t]}": shortest line of the group: title`);
  return {
    column: column.join(" ") || null,
    kicker: items.slice(0, t).join(" ") || null,
    title: items[t]!,
    subtitle: items.slice(t + 1).join(" ") || null,
    why,
  };
}

/** Sizes within this share of each other are one size (a title broken over two blocks, a kicker in parts). */
const SAME_SIZE = 0.04;
/** The title's type must stand out from the rest of the group by this much to be told by size. */
const TITLE_STANDS_OUT = 1.1;

/**
 * A printed page's headline group read by its type, as a reader sees it: the title is the line set largest,
 * what stands above it is the kicker and what stands below it the subtitle; lines of one size next to each other
 * are one field. Null when the page was read as text or no line stands out.
 */
function bySize(lines: readonly string[], sizes: readonly (number | null)[]): HeadlineFields | null {
  const items = lines.map((t, i) => ({ text: t.trim(), size: sizes[i] ?? null })).filter((x) => x.text);
  if (items.length < 2 || items.some((x) => x.size === null)) return null;
  // lines of one size next to each other are one field
  const merged: { text: string; size: number }[] = [];
  for (const x of items as { text: string; size: number }[]) {
    const prev = merged.at(-1);
    if (prev && Math.abs(prev.size - x.size) <= SAME_SIZE * prev.size) prev.text = joinWrapped([prev.text, x.text]);
    else merged.push({ ...x });
  }
  if (merged.length === 1) return { column: null, kicker: null, title: merged[0]!.text, subtitle: null, why: [] };
  const t = merged.reduce((best, x, i) => (x.size > merged[best]!.size ? i : best), 0);
  const largest = merged[t]!.size;
  if (merged.some((x, i) => i !== t && x.size * TITLE_STANDS_OUT > largest)) return null;
  const field = (xs: { text: string }[]) => xs.map((x) => x.text).join(" ") || null;
  return {
    column: null,
    kicker: field(merged.slice(0, t)),
    title: merged[t]!.text,
    subtitle: field(merged.slice(t + 1)),
    why: [`"${merged[t]!.text}": set in the largest type of its group (${largest.toFixed(1)} times the body): title`],
  };
}
