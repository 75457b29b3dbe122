import { BOX_LABEL, followsOn, HEADLINE_MAX_WIDTH, headlineLike, LEADERS_LINE } from "../patterns/heading.ts";
import { CONTINUATION_START, ENDS_CLAUSE, endsSentence, finished, SOURCE_ALONE } from "../text/marks.ts";
import { printedWidth } from "../text/width.ts";
import { letterSpaced } from "../lines/letter-spacing.ts";
import {
  AUTHOR_NOTE,
  AUTHOR_NOTE_MAX_LINES,
  CLOSING_AT_END,
  closingLineForm,
  creditRunIn,
  endsOnByline,
  HAS_ROLE,
  wrappedClosingLines,
} from "../patterns/byline.ts";
import { bylineWithSource, furnitureOf } from "../patterns/lines.ts";
import { LEADING_JUMP } from "../patterns/furniture.ts";
import { BLANK_GAPS_MIN } from "../lines/blank-gaps.ts";
import { isByline, isDateline } from "./facts.ts";
import { couldBeName, mayBeName, nameAlone, readsAsNames } from "../patterns/names.ts";
import { endsOnCredit, CREDIT_TAIL, isCreditOnly, PHOTO_CREDIT_END, PICTURE_CREDIT_END } from "../patterns/caption.ts";
import { LEAD_OPENING, PICTURE_LEAD } from "../patterns/lead.ts";
import { blocksOf } from "./blocks.ts";
import { cutCaptionBlocks, cutMidSentence, picturesApart } from "./picture-blocks.ts";
import { joinWrapped } from "../text/join.ts";
import { wordAcross } from "../text/words.ts";
import type { Line, LineLabel, LineReading, PaperProfile, ReadPage } from "../types.ts";

/** A label over pictures alone on its line (图片新闻, 图片报道), not a picture's credit (图片：张三). */
const PICTURE_LABEL_ALONE = /^图片(新闻|报道|故事)$/u;

/** A line with the readings of the non-blank lines around it, and whether blank lines stand between. */
interface Around {
  r: LineReading;
  /** The page gives a paragraph a line, each opened by an indent: a line without one is no paragraph's. */
  indentedParagraphs: boolean;
  /** The page opens its paragraphs with an indent (wrapped or not): a line at the margin opens none. */
  indentedOpenings: boolean;
  /** The line after a paragraph's short last line is indented on this page: its paragraphs open indented, blank lines or not. */
  indentedAfterFinished: boolean;
  profile: PaperProfile | null;
  /** The column width the text wraps at around it (em), where the page's text is wrapped in columns. */
  wrap: number | null;
  /** The page's text is wrapped in columns (not a paragraph a line). */
  wrapped: boolean;
  /**
   * The page holds (almost) no blank line, and no indent opens its paragraphs: nothing but what its lines say parts
   * its stories.
   */
  tight: boolean;
  prev: LineReading | undefined;
  next: LineReading | undefined;
  /** The line above and below it are its neighbours in print, no blank line between. */
  prevAdjacent: boolean;
  nextAdjacent: boolean;
  /** The line after next, where it stands right under the next line. */
  afterNext: LineReading | undefined;
  /** The page's lines joined with no break between them: the words a column's breaks cut stand whole in it. */
  pageText: string;
}

/** A line read as a caption that opens with the indent the page's paragraphs open with: a paragraph's first line. */
const openedAsParagraph = (r: LineReading, indentedOpenings: boolean): boolean =>
  r.label === "caption" && indentedOpenings && r.line.indent >= 1;

/** Widest a head and its subtitle set on one line run to (em). */
const ONE_LINE_HEAD_MAX_WIDTH = 60;
/** Fewest lines (openings, or text lines) for a page's habit of indenting them to be read. */
const INDENTED_OPENINGS_MIN = 3;
/** Least share of a page's text lines opened by an indent for its paragraphs to be told by it. */
const INDENTED_SHARE = 0.6;
/** A line this far short of its column's width stops before the column's edge. */
const SHORT_OF_COLUMN = 0.85;
/** The line, its indent counted, stops short of the column it wraps at (a paragraph's or a caption's last line). */
const shortOfColumn = (l: Line, wrap: number) => printedWidth(l.text) + l.indent < SHORT_OF_COLUMN * wrap;
/** A closing mark ending a line, which a typesetter may hang past the column's edge. */
const HANGING_MARK = /[”’」』）》，。、；：！？]$/u;
/** The line, its indent counted, runs to the column's edge (within half an em). */
const toColumnEdge = (l: Line, wrap: number) => {
  const w = printedWidth(l.text) + l.indent;
  // (an export may write a gap as half-width spaces, •   4月14日，…: each may stand for a full-width one)
  const spaces = l.text.split(" ").length - 1;
  return (
    Math.abs(w - wrap) <= 0.5 ||
    (w < wrap && w + spaces * 0.5 >= wrap - 0.5) ||
    // (a closing mark may hang past the edge, as typesetters keep it off the next line's start: …访一线”)
    (HANGING_MARK.test(l.text) && Math.abs(w - 1 - wrap) <= 0.5)
  );
};
/** The line, its indent counted, reaches the column's edge (within half an em) or runs past it. */
const reachesColumnEdge = (l: Line, wrap: number) => printedWidth(l.text) + l.indent >= wrap - 0.5;
/** What a line holds after the jump from another page it opens with ((上接第一版)…), or null when it opens with none. */
const afterJump = (t: string): string | null => (LEADING_JUMP.test(t) ? t.replace(LEADING_JUMP, "").trim() : null);
/** A line whose sentence runs on into the text line right under it: a mark inside it, or a word cut across the two. */
const runsIntoText = (r: LineReading, below: LineReading | undefined): boolean =>
  below?.label === "text" &&
  // (a dateline opens its own paragraph: the line over it is a head, 志愿填报，这些要点要记牢 / 本报讯 …)
  !isDateline(below.line) &&
  !finished(r.line.text) &&
  (!standsAsHead(r.line) || wordAcross(r.line.text.trim(), below.line.text.trim()));
/**
 * As wide as a paragraph's first line in a column: to its edge (a closing mark may hang past it), or short of it by
 * the indent an export dropped.
 */
const asWideAsAFirstLine = (l: Line, wrap: number): boolean =>
  // (its indent counted or not: the column's width is read off lines with and without one)
  [printedWidth(l.text), printedWidth(l.text) + l.indent].some(
    (w) => w >= wrap - DROPPED_INDENT - 0.5 && w <= wrap + 1,
  );
/** A line going on with a picture's credit the line above broke: 摄 or a name's last character and 摄 (孙连 / 生摄（传真照片）). */
const creditGoesOn = (t: string): boolean => /^\p{Script=Han}{0,2}摄/u.test(t.trim());
/** A short label ending on a colon, a place or a topic (白甸镇：, 探访：): a kicker over a head. */
const KICKER_LABEL = /^\p{Script=Han}{2,8}[：:]$/u;
/** Whether the words across a break (two characters either side) stand on the page twice: there and elsewhere. */
const printedAgain = (pageText: string, across: string): boolean => {
  if ([...across].length < 4 || !/^\p{Script=Han}+$/u.test(across)) return false;
  const at = pageText.indexOf(across);
  return at >= 0 && pageText.indexOf(across, at + 1) >= 0;
};
/** A lead's time and the comma after it, as a story's first sentence opens (近日，, 3月5日，, 今年以来，). */
const LEAD_TIME = new RegExp(`^(?:${LEAD_OPENING.source.slice(1)})(?:(?<=[，,])|[^，,]{0,2}[，,])`, "u");
/** The page's first lines (blank ones counted), where a folio stands under the masthead. */
const FOLIO_TOP_LINES = 10;
/** A dash ending a kicker, leading into the head under it (市长信箱收到珠海市民来信——). */
const KICKER_DASH = /\s*——$/u;
/** A picture's credit with a note on it in brackets: …新华社记者 孙连生摄（传真照片）. */
const CREDIT_WITH_NOTE = /摄(影)?(报道)?\s*[（(][^（）()]{1,8}[)）]$/u;
/** A line that leaves nothing to run on: finished text, a story's closing byline or credit, a byline, furniture. */
const finishesText = (r: LineReading): boolean => {
  if (r.label === "furniture" || r.label === "byline") return true;
  const t = r.line.text.trim();
  return (
    r.label === "text" &&
    (finished(t) || endsOnByline(t) || CLOSING_AT_END.test(t) || PICTURE_CREDIT_END.test(t) || CREDIT_WITH_NOTE.test(t))
  );
};
/** Phrases parted by spaces, two or more of them names: a list of names (一等奖 张三丰 李四海), no head. */
const namesListed = (t: string): boolean =>
  t
    .trim()
    .split(/\s+/u)
    .filter((p) => readsAsNames(p)).length >= 2;
/**
 * On a page that parts nothing by blank lines or indents, a line at the margin set right under finished text (and
 * right over another line): where such a page's heads stand.
 */
const tightAfterFinished = ({ r, prev, prevAdjacent, nextAdjacent, tight }: Around): boolean =>
  tight && r.line.indent === 0 && prevAdjacent && nextAdjacent && prev !== undefined && finishesText(prev);
/**
 * A line no head reads as: one ending a sentence or a clause, a note in brackets or a bracket's rest (（项目团队：本报记者
 * 李晓…）, 协商今年合作方案）), a byline, a list of names (一等奖 张三丰 李四海).
 */
const unlikeHead = (l: Line): boolean =>
  endsSentence(l.text) ||
  ENDS_CLAUSE.test(l.text) ||
  /^[（(]|^[^（(]*[）)]/u.test(l.text) ||
  isByline(l) ||
  namesListed(l.text);
/** Widest a head and its subtitle set on one line run to (em): two heads' width. */
const HEAD_PHRASES_MAX_WIDTH = 2 * HEADLINE_MAX_WIDTH;
/**
 * A head and its subtitle set on one line, phrases parted by spaces, each shaped as a head (中共中央政治局常务委员会召开会议
 * 听取全国人大常委会、国务院…工作汇报 中共中央总书记习近平主持会议): wider than one head, no sentence in it.
 */
const headPhrases = (t: string): boolean => {
  const phrases = t.trim().split(/\s+/u);
  return (
    phrases.length >= 2 &&
    printedWidth(t) <= HEAD_PHRASES_MAX_WIDTH &&
    !/[。；;！？]/u.test(t) &&
    !namesListed(t) &&
    phrases.every((p) => headlineLike(p))
  );
};
/** A line read as text between two lines of text, no blank line on either side: those two lines, else null. */
const betweenText = ({ r, prev, next, prevAdjacent, nextAdjacent }: Around) =>
  r.label === "text" && prevAdjacent && nextAdjacent && prev?.label === "text" && next?.label === "text"
    ? { above: prev.line, below: next.line }
    : null;
/** A line ending on a reporter's role, its name on the next line (…又重演。晚报记者, …通讯员 王). */
const ROLE_AT_END = /[。！？!?”）)]\s*[\p{Script=Han}]{0,6}(记者|通讯员|摄影)\s*[\p{Script=Han}·]{0,2}$/u;
/** A line of text ending on a picture's credit but its 摄: a role and names after a finished sentence (。晚报记者 朱海龙). */
const CREDIT_BUT_SHOT =
  /[。！？!?”）)]\s*[\p{Script=Han}]{0,6}(记者|通讯员)\s*[\p{Script=Han}·]{2,4}(\s+[\p{Script=Han}·]{2,4}){0,3}\s*$/u;
/** A reporter's role alone on a line, its name on the next (全媒体记者, 本报记者). */
const ROLE_ALONE = /^[\p{Script=Han}]{0,8}(记者|通讯员|摄影)$/u;
/** The rest of a credit: a name or its end, more names, 摄 (朱海龙 摄, 龙 摄, 郭 郡 摄). */
const CREDIT_REST =
  /^([\p{Script=Han}·]{1,4}|\p{Script=Han}\s\p{Script=Han})(\s+[\p{Script=Han}·]{2,4}){0,3}\s*摄影?$/u;
/** The rest of a byline in brackets the column broke: names, then the closing bracket (…（通讯员 李明 张 / 华）). */
const BYLINE_BRACKET_REST = /^[\p{Script=Han}·\s]{1,12}[)）]$/u;
/** Narrowest a banner is (em): a shorter line the paper repeats is a column's label (现场特写, 图片新闻). */
const BANNER_MIN_WIDTH = 10;
/** One Han character alone on a line. */
const ONE_CHARACTER = /^\p{Script=Han}$/u;
/** Widest the rest of a byline the column cut runs to (em): a role's end and a few names. */
const NAMES_LINE_MAX = 14;
/** A paragraph's indent (em): two full-width spaces, which pdftotext drops. */
const DROPPED_INDENT = 2;
/** A line at least this share of the size of the line above is set alike (a printed page's type sizes). */
const SET_ALIKE = 0.9;
/** Narrowest a paragraph set on a line of its own prints (em): wider than any column. */
const PARAGRAPH_LINE_MIN = 40;
/** How many times a head's width the paragraph under it prints, on a page of a paragraph a line. */
const HEAD_OVER_PARAGRAPH = 2;
/** A name alone: two or three Han characters (four-character lines are as often a head's phrase). */
const NAME_ALONE = /^([\p{Script=Han}·]{2,3}|\p{Script=Han}[ \u3000]{1,2}\p{Script=Han})$/u;

/**
 * A writer's name alone over a story at the page's top, under its furniture or nothing: three characters under a
 * rarer surname too (阮子旭). Further down such a line is as often a short head (蒲公英, 毕业季, 纪念日), and two
 * characters (颜色) may be a word anywhere.
 */
const writerAlone = (text: string, prev: LineReading | undefined): boolean =>
  nameAlone(text) ||
  ((prev === undefined || prev.label === "furniture") &&
    /^\p{Script=Han}{3}$/u.test(text.trim()) &&
    mayBeName(text.trim()));

/** Narrowest head read under a closing byline (em): a shorter line there is as likely the byline's last name. */
const HEAD_UNDER_BYLINE_MIN = 5;

/** Three Han characters that open with no surname: no name, though as short as one (夜行记). */
const threeNoName = (text: string): boolean => /^\p{Script=Han}{3}$/u.test(text.trim()) && !couldBeName(text.trim());

/**
 * A line a head could be: head-shaped, no sentence end, no clause mark or comma, and no dateline, byline or
 * continuation opening it.
 */
const standsAsHead = (l: Line): boolean =>
  !isDateline(l) &&
  !isByline(l) &&
  !CONTINUATION_START.test(l.text) &&
  !endsSentence(l.text) &&
  !ENDS_CLAUSE.test(l.text) &&
  !/[，,]/u.test(l.text) &&
  headlineLike(l.text);

/**
 * Labels the line model's reading of a line cannot have, given its neighbours' labels: each row a rule of the
 * trade, with an example. The first rule that applies relabels the line; the editor's labels are never changed.
 */
export const RELABEL_RULES: readonly { why: string; applies: (a: Around) => boolean; label: LineLabel }[] = [
  {
    // …常态化。 / (blank) / 近日，博山区一所 / 小学迎来几位特殊的“ — a lead's time and its comma open a paragraph, not a head
    why: "opening on a lead's time and a comma (近日，, 3月5日，) and running on into the text under it: a paragraph's first line",
    // (it must run on: as wide as a paragraph's first line in its column (an indent the export dropped or not), or a
    // word across into the next line; a head may open on a time too, 今年以来，我市新增城镇就业1.2万人)
    applies: ({ r, next, nextAdjacent, wrap }) =>
      r.label === "headline" &&
      nextAdjacent &&
      next?.label === "text" &&
      LEAD_TIME.test(r.line.text.trim()) &&
      !endsSentence(r.line.text) &&
      ((wrap !== null && (reachesColumnEdge(r.line, wrap) || asWideAsAFirstLine(r.line, wrap))) ||
        wordAcross(r.line.text.trim(), next.line.text.trim())),
    label: "text",
  },
  {
    // ■临淄区残疾 / 人就业帮扶基 / 地揭牌成立 / 近日，临淄区… — a head a narrow column broke mid-word, set right over
    // its story's text: the lines a cut word carries on, no mark in them, are the head's (the word is the
    // dictionary's, or stands whole elsewhere on the page: a lead repeats its head's words)
    why: "right under a head line that a word runs across into it, no mark in it: the head's next line",
    applies: ({ r, prev, prevAdjacent, pageText }) =>
      r.label === "text" &&
      prevAdjacent &&
      prev?.label === "headline" &&
      !/[，,。；;、：:！？!?]/u.test(r.line.text) &&
      !isDateline(r.line) &&
      !isByline(r.line) &&
      printedWidth(r.line.text) <= printedWidth(prev.line.text) + 1 &&
      (wordAcross(prev.line.text.trim(), r.line.text.trim()) ||
        printedAgain(pageText, prev.line.text.trim().slice(-2) + r.line.text.trim().slice(0, 2))),
    label: "headline",
  },
  {
    // 鲁中日报 / (blank) / 1 / (blank) / 守好“钱袋子” 防范非法集资宣传进社区 — a page's number alone on its line, as
    // pdftotext prints a folio set apart from the date and the page's name
    why: "a number alone on its line, no head's words: the page's folio",
    // (set apart at the page's top, beside the masthead's furniture, or at its foot: a number among a story's lines
    // is its own)
    applies: ({ r, prev, next, prevAdjacent, nextAdjacent }) =>
      r.label === "headline" &&
      /^\s*\d{1,3}\s*$/u.test(r.line.text) &&
      !prevAdjacent &&
      !nextAdjacent &&
      (prev === undefined ||
        next === undefined ||
        prev.label === "furniture" ||
        next.label === "furniture" ||
        r.line.n <= FOLIO_TOP_LINES),
    label: "furniture",
  },
  {
    // 坚定不移推进新 / 时代中国特色社会主 / 义发展 — a printed head's last line, as short as a name
    why: "on a printed page, set in the same block and type as the head line right above it: that head's last line",
    applies: ({ r, prev, prevAdjacent }) =>
      r.label !== "headline" &&
      r.label !== "text" &&
      prevAdjacent &&
      prev?.label === "headline" &&
      r.line.layout !== undefined &&
      prev.line.layout !== undefined &&
      r.line.layout.block === prev.line.layout.block &&
      r.line.layout.relSize >= SET_ALIKE * prev.line.layout.relSize,
    label: "headline",
  },
  {
    // 扫码关注某某微信公众号 — an app's or an account's promotion is never a story's head
    why: "read as a head, but a promotion of the paper's app or account: furniture",
    applies: ({ r }) => r.label === "headline" && furnitureOf(r.line.text)?.kind === "promo",
    label: "furniture",
  },
  {
    // 认真学习宣传贯彻党的十九大精神 — a series' banner the paper prints over stories on page after page
    why: "read as a head, but a slogan the paper prints on three pages or more, or its editor names: the series' banner",
    applies: ({ r, profile }) =>
      r.label === "headline" &&
      !r.line.layout &&
      (profile?.often.has(r.line.text) === true || profile?.furniture.has(r.line.text) === true) &&
      printedWidth(r.line.text) >= BANNER_MIN_WIDTH,
    label: "furniture",
  },
  {
    // 加快新旧动能转换、打造产业新高地…… at a page's top — read as furniture by its place alone
    why: "read as furniture by its place alone, but no furniture rule names it, no promotion stands beside it and the paper does not repeat it: a head",
    // (a name alone over the text is its story's byline: the rule after next)
    applies: ({ r, profile, prev, next }) =>
      r.label === "furniture" &&
      !(writerAlone(r.line.text, prev) && next?.label === "text") &&
      !promoBeside(prev) &&
      !promoBeside(next) &&
      // (between two lines of the masthead's furniture it is the masthead's: 16日 星期三 / 《在文艺工作座谈会上的讲话》 /
      // 中国海洋石油集团有限公司主管主办)
      !(prev?.label === "furniture" && next?.label === "furniture") &&
      furnitureOf(r.line.text) === null &&
      !profile?.repeated.has(r.line.text) &&
      headlineLike(r.line.text, true),
    label: "headline",
  },
  {
    // …占道经营现象又重演。晚报记者 / 朱海龙 摄 — a caption's credit the column's edge broke: the rest of it
    why: "a name and 摄 right under a line of text ending on a reporter's role: the rest of that line's credit",
    applies: ({ r, prev, prevAdjacent }) =>
      r.label !== "text" &&
      prevAdjacent &&
      prev?.label === "text" &&
      ROLE_AT_END.test(prev.line.text) &&
      CREDIT_REST.test(r.line.text),
    label: "text",
  },
  {
    // …有随时“回来”的可能。晚报记者 朱海龙 / 摄 — a credit the column broke before its 摄
    why: "摄 alone right under a line of text ending on a reporter's role and name: the rest of that line's credit",
    applies: ({ r, prev, prevAdjacent }) =>
      r.label !== "text" &&
      prevAdjacent &&
      prev?.label === "text" &&
      /^摄影?(报道)?$/u.test(r.line.text.trim()) &&
      CREDIT_BUT_SHOT.test(prev.line.text),
    label: "text",
  },
  {
    // …打响了落叶清扫“攻坚战”。 / 全媒体记者 / 崔圣驰 摄 — a credit the column broke after its role
    why: "a reporter's role alone on a line, a name and 摄 right under it: a picture's credit",
    applies: ({ r, next, nextAdjacent }) =>
      r.label !== "caption" &&
      nextAdjacent &&
      ROLE_ALONE.test(r.line.text.trim()) &&
      CREDIT_REST.test(next!.line.text.trim()),
    label: "caption",
  },
  {
    // 全媒体记者 / 崔圣驰 摄 — the name and 摄 under a role alone: the credit's rest
    why: "a name and 摄 right under a reporter's role alone on a line: the rest of that credit",
    applies: ({ r, prev, prevAdjacent }) =>
      r.label !== "caption" &&
      prevAdjacent &&
      prev !== undefined &&
      ROLE_ALONE.test(prev.line.text.trim()) &&
      CREDIT_REST.test(r.line.text.trim()),
    label: "caption",
  },
  {
    // …并以此 / 本报记者 董旭明 / 拍友 包响亮 摄 / 　　为助力港口…（a picture set into the sentence） — a writer's
    // credit over a photographer's, the column's text cut above them: the picture's credit, not a story's byline
    why: "a reporter's role and name right over a photographer's credit, under a line of text the column cut: the picture's credit",
    applies: ({ r, prev, next, prevAdjacent, nextAdjacent }) =>
      r.label === "byline" &&
      prevAdjacent &&
      prev?.label === "text" &&
      cutMidSentence(prev.line) &&
      nextAdjacent &&
      next !== undefined &&
      HAS_ROLE.test(r.line.text) &&
      !/摄/u.test(r.line.text) &&
      isCreditOnly(next.line.text.trim()) &&
      /摄影?$/u.test(next.line.text.trim()),
    label: "caption",
  },
  {
    // (blank) / 自种地瓜回味甜 / 蔡华先 / 秋天，一个收获的季节。… — a head over its author's name, read as text
    why: "a head-shaped line after a blank line, over a name alone and the text under it: the story's head",
    applies: ({ r, next, afterNext, prevAdjacent, nextAdjacent }) =>
      r.label === "text" &&
      !prevAdjacent &&
      standsAsHead(r.line) &&
      nextAdjacent &&
      next !== undefined &&
      (next.label === "text" || next.label === "byline") &&
      mayBeName(next.line.text.trim()) &&
      afterNext?.label === "text",
    label: "headline",
  },
  {
    // 助行“夜经济” / 夜行记 / 最近，本报接到不少读者来电，… — three characters under no surname are no name
    why: "three characters opening with no surname, right under a head line and over the text: the head's last line",
    applies: ({ r, prev, next, prevAdjacent }) =>
      r.label === "byline" &&
      threeNoName(r.line.text) &&
      prevAdjacent &&
      prev?.label === "headline" &&
      next?.label === "text" &&
      !r.line.layout,
    label: "headline",
  },
  {
    // 寻幽古驿道 / 戴发利 / 前几天从外地返回蓬莱，… — the author's name set under the head
    why: "a name alone between a head and the text: the author's byline",
    // (on a printed page the name is set smaller than the head: a head's own last line, 新时代, is set alike)
    applies: ({ r, prev, next, indentedOpenings }) =>
      (r.label === "headline" || r.label === "text") &&
      NAME_ALONE.test(r.line.text) &&
      // (three characters under no surname, 助行“夜经济” / 夜行记, are the head's own last words; two may be a pen name,
      // 本通; a printed page's type tells)
      (r.line.layout !== undefined || !threeNoName(r.line.text)) &&
      prev?.label === "headline" &&
      // (over a first line read as a caption, a name by its surname: 图片 over a picture's caption is a head)
      (next?.label === "text" ||
        (next !== undefined && openedAsParagraph(next, indentedOpenings) && nameAlone(r.line.text))) &&
      !(r.line.layout && prev.line.layout && r.line.layout.relSize >= SET_ALIKE * prev.line.layout.relSize),
    label: "byline",
  },
  {
    // …保护农民生产、生活的合法权益。 / (blank) / 王明起 / 永定河在两山之间滚滚地流着。… — a story with no head
    // (at the page's top, under its furniture, the model may read the name as furniture by its place; a commentary
    // page may set a blank line under the name, 王立新 / (blank) / 乡村振兴离不开人才支撑。…)
    why: "a name alone after a blank line, over the text, where no head stands above it: an untitled story's byline",
    applies: ({ r, prev, next, prevAdjacent, nextAdjacent, afterNext }) =>
      (r.label === "headline" || r.label === "furniture") &&
      writerAlone(r.line.text, prev) &&
      !prevAdjacent &&
      (prev === undefined ||
        prev.label === "furniture" ||
        ((prev.label === "text" || prev.label === "caption") && endsSentence(prev.line.text)) ||
        // (under the note that closes the essay above: …（作者为省委党校教授） / (blank) / 李红梅)
        (prev.label === "byline" && /[）)]$/u.test(prev.line.text.trim()))) &&
      // (over a paragraph whose first line the model read as a caption: 杨培新 / 最近几年来，在农业和副业生产 / 础上，…)
      (next?.label === "text" ||
        (next?.label === "caption" && nextAdjacent && afterNext?.label === "text") ||
        // (over a paragraph's first line read as a head by the blank line above it, its sentence run on into the
        // text below: 钱乘旦 / (blank) / 中国特色社会主义发展是阶段性和连 / 续性的统一。…)
        (next?.label === "headline" && runsIntoText(next, afterNext))) &&
      !r.line.layout,
    label: "byline",
  },
  {
    // 运用辩证思维推动高质量发展 / 吴 / 新时代… — a name set upright, one character under the other: pdftotext
    // prints its first under the head, the rest elsewhere
    // (a head's own last character, 新时 / 代, completes a word with it, or ends the head over a blank line, 守护绿水
    // 青山的 / 家; a head set upright, 坚 / 守 / 初 / 心, has a character a line)
    why: "one character alone right under a head, right over the text: the first of the author's name set upright",
    applies: ({ r, prev, next, prevAdjacent, nextAdjacent }) =>
      ONE_CHARACTER.test(r.line.text) &&
      r.label !== "byline" &&
      prevAdjacent &&
      prev?.label === "headline" &&
      !ONE_CHARACTER.test(prev.line.text) &&
      nextAdjacent &&
      next?.label === "text" &&
      !ONE_CHARACTER.test(next.line.text) &&
      !wordAcross(prev.line.text.trim(), r.line.text.trim()),
    label: "byline",
  },
  {
    // …和积极就业 / (blank) / 荣 / 政策。这是… — the rest of that name, printed where the column broke
    // (right under a line, a character alone is that line's last: …读者 王丽 / 娟; over a blank line or a dateline, a
    // short head: 春 / (blank) / 本报讯 …)
    why: "one character alone after a blank line, right over text going on with a sentence: a stray of a name set upright",
    applies: ({ r, prev, next, prevAdjacent, nextAdjacent }) =>
      ONE_CHARACTER.test(r.line.text) &&
      (r.label === "headline" || r.label === "byline") &&
      !prevAdjacent &&
      nextAdjacent &&
      next?.label === "text" &&
      !isDateline(next.line) &&
      ((prev !== undefined && prev.label === "text" && !finished(prev.line.text)) ||
        CONTINUATION_START.test(next.line.text)),
    label: "caption",
  },
  {
    // □晚报记者 张丽丽 / 通讯 / 员 孙贵锋 — the column cut a role word: the lines read together are a byline
    why: "right under a byline line, the two read together a byline the column cut mid-word: the byline's rest",
    applies: ({ r, prev, prevAdjacent }) =>
      r.label !== "byline" &&
      prevAdjacent &&
      prev?.label === "byline" &&
      !isByline(r.line) &&
      printedWidth(r.line.text) <= NAMES_LINE_MAX &&
      !endsSentence(r.line.text) &&
      !isByline(prev.line) &&
      isByline({ ...r.line, text: `${prev.line.text}${r.line.text}` }),
    label: "byline",
  },
  {
    // …的决心。 / 《赞 比 亚 时 报》副 主 编 杰 克 / 逊·米 瓦 说 ，… — pdftotext spaces a justified line's characters
    // to the column's edge: set tight between lines of text, it is one of them
    why: "read as a head, but spaced out to the column's edge (justified) between two lines of text: a line of the text",
    applies: ({ r, prev, next, prevAdjacent, nextAdjacent }) =>
      r.label === "headline" &&
      !r.line.layout &&
      letterSpaced(r.line.raw) &&
      prevAdjacent &&
      nextAdjacent &&
      // (or under the start of its printed line, cut off at a quotation mark: 事实证明， / “一 国 两 制 ”是 解 决)
      (prev?.label === "text" ||
        (prev !== undefined && (ENDS_CLAUSE.test(prev.line.text) || finished(prev.line.text)))) &&
      next?.label === "text" &&
      !finished(r.line.text),
    label: "text",
  },
  {
    // …孙明摄影报道 / (blank) / 王大爷：看着本报一路成长 / (blank) / “二十年来，我是看着这份报纸 — a head
    // set apart by blank lines, the text under it opening a sentence of its own
    why: "a head-shaped line alone between blank lines after finished text, over text that cuts no word of it: a head",
    applies: ({ r, prev, next, prevAdjacent, nextAdjacent }) =>
      r.label === "text" &&
      !prevAdjacent &&
      !nextAdjacent &&
      next?.label === "text" &&
      (prev === undefined ||
        prev.label !== "text" ||
        finished(prev.line.text) ||
        PICTURE_CREDIT_END.test(prev.line.text.trim())) &&
      !wordAcross(r.line.text.trim(), next.line.text.trim()) &&
      standsAsHead(r.line),
    label: "headline",
  },
  {
    // 王立新会见来访客商一行 / 刘强参加 — who attended, set under the title: its 副题, not a byline
    why: "names with what they did (参加, 出席, 讲话) right under a head line: the head's subtitle",
    applies: ({ r, prev, prevAdjacent }) =>
      r.label === "byline" && prevAdjacent && prev?.label === "headline" && LEADERS_LINE.test(r.line.text.trim()),
    label: "headline",
  },
  {
    // …又有老味道。 / (blank) / 好政策别卡在最后一公里 / 一些惠民政策出台时反响热烈，落到基层却走了样。… —
    // on a page that gives a paragraph a line, at the margin like its paragraphs
    why: "a head-shaped line after a blank line or a head, right over a paragraph far wider than it: a head over a paragraph a line",
    // (its writer's name may stand between: 好政策别卡在最后一公里 / 王建 / 一些惠民政策…)
    applies: ({ r, prev, next, afterNext, prevAdjacent, nextAdjacent }) =>
      r.label === "text" &&
      nextAdjacent &&
      (!prevAdjacent || prev?.label === "headline" || prev?.label === "furniture") &&
      (prev === undefined || prev.label !== "text" || finished(prev.line.text)) &&
      [NAME_ALONE.test(next!.line.text) ? afterNext : next].some(
        (p) =>
          p?.label === "text" &&
          printedWidth(p.line.text) >= PARAGRAPH_LINE_MIN &&
          printedWidth(p.line.text) >= HEAD_OVER_PARAGRAPH * printedWidth(r.line.text),
      ) &&
      !/[：:]/u.test(r.line.text) &&
      standsAsHead(r.line),
    label: "headline",
  },
  {
    // …有效增加了当地群众的收入。本报记者 乔利峰 摄 / 寻找《中国青年报》金牌读者 / 这是一次… — a head set tight
    // under a picture story whose credit ends it
    // (or over a head: 实行资本运营盘活国有资产 / (blank) / 本溪市属企业走出困境 — the next story's kicker)
    why: "a head-shaped line right under a line ending on a picture's credit run on after its sentence, over text or a head: the next story's head",
    applies: ({ r, prev, next, prevAdjacent, nextAdjacent }) =>
      r.label === "text" &&
      prevAdjacent &&
      (prev?.label === "text" || prev?.label === "caption") &&
      endsOnCredit(prev.line.text) &&
      ((nextAdjacent && next?.label === "text") || next?.label === "headline") &&
      printedWidth(r.line.text) <= HEADLINE_MAX_WIDTH &&
      standsAsHead(r.line),
    label: "headline",
  },
  {
    // 河道抓紧生态治理 / 图片新闻 / 湖光秋色两相宜，… — a column's label over pictures, read as a byline by its shape
    why: "read as a byline, but a label over pictures (图片新闻), no name in it: a head",
    applies: ({ r }) => r.label === "byline" && PICTURE_LABEL_ALONE.test(r.line.text.trim()),
    label: "headline",
  },
  {
    // …终点就不能按时到达。 / 新闻简报 / 我国绵羊改良成绩显著 — on a page that parts nothing by blank lines or indents, a
    // short label right after finished text, no name, role or credit in it: a column's label or a head
    why: "read as a byline right after finished text, but no name, role or credit in it, where nothing but what lines say parts stories: a head",
    // (not under a byline, whose rest it may be: □晚报记者 张丽丽 / 通讯 / 员 孙贵锋)
    applies: ({ r, prev, prevAdjacent, tight }) =>
      r.label === "byline" &&
      tight &&
      prevAdjacent &&
      prev !== undefined &&
      prev.label !== "byline" &&
      finishesText(prev) &&
      printedWidth(r.line.text) >= 3 &&
      !isByline(r.line) &&
      !HAS_ROLE.test(r.line.text) &&
      !holdsAName(r.line.text) &&
      closingLineForm(r.line.text) === null &&
      !SOURCE_ALONE.test(r.line.text.trim()) &&
      !AUTHOR_NOTE.test(r.line.text.trim()) &&
      headlineLike(r.line.text),
    label: "headline",
  },
  {
    // 02:52 / 出摊 / 老于的大褂已经全部湿透，… — a short label read as a byline, but no name, role or credit in it
    why: "read as a byline right under a line of text, but no name, role or credit in it: a short line of the text",
    // (apart from the text, 本地新闻, it may be a column's label: the model's other readings are left to the stories)
    applies: ({ r, prev, prevAdjacent }) =>
      r.label === "byline" &&
      prevAdjacent &&
      prev?.label === "text" &&
      !isByline(r.line) &&
      !HAS_ROLE.test(r.line.text) &&
      !holdsAName(r.line.text) &&
      closingLineForm(r.line.text) === null &&
      !SOURCE_ALONE.test(r.line.text.trim()) &&
      !AUTHOR_NOTE.test(r.line.text.trim()),
    label: "text",
  },
  {
    // …确保安全度汛。 / 中小学生暑假安全提示 / 本报讯 暑假来临，… — a head set tight over the dateline its story opens with
    why: "a head-shaped line right over a dateline, after finished text or the page's furniture: the story's head",
    applies: ({ r, prev, next, prevAdjacent, nextAdjacent }) =>
      r.label === "text" &&
      nextAdjacent &&
      next?.label === "text" &&
      isDateline(next.line) &&
      (prev === undefined ||
        !prevAdjacent ||
        prev.label === "furniture" ||
        prev.label === "byline" ||
        (prev.label === "text" && finished(prev.line.text))) &&
      !endsSentence(r.line.text) &&
      !ENDS_CLAUSE.test(r.line.text) &&
      printedWidth(r.line.text) <= HEADLINE_MAX_WIDTH &&
      headlineLike(r.line.text),
    label: "headline",
  },
  {
    // 执行和平解放西藏办法协议 / 人民解放军进抵拉萨 / 各族人民…列队欢迎 — a head's middle line; 国际奥委会决定 /
    // 北京奥运会举办日期推迟两周 / 本报讯 国际奥委会执委会… — a head's last line, over the dateline
    why: "a head-shaped line between a head line and another, or the dateline that opens the story: the same head",
    applies: ({ r, prev, next, prevAdjacent, nextAdjacent }) =>
      r.label === "text" &&
      prevAdjacent &&
      nextAdjacent &&
      prev?.label === "headline" &&
      (next?.label === "headline" ||
        (next?.label === "text" && isDateline(next.line) && !ENDS_CLAUSE.test(r.line.text))) &&
      !endsSentence(r.line.text) &&
      headlineLike(r.line.text),
    label: "headline",
  },
  {
    // （上接第一版）街道还为每个小区配备了 / 专职网格员，… — the rest of a story from another page
    why: "it opens with the jump from another page (（上接第一版）): the text of a story continued here",
    applies: ({ r }) => r.label === "headline" && Boolean(afterJump(r.line.text)),
    label: "text",
  },
  {
    // （上接第一版） / 立春过后，“开冰梭”…开始上市。 — under the jump line, the story's text goes on, however near
    // the page's top it stands
    why: "right under the jump from another page (（上接第一版）), a line of sentences read as furniture by its place: the story's text",
    applies: ({ r, prev, prevAdjacent }) =>
      r.label === "furniture" &&
      prevAdjacent &&
      prev !== undefined &&
      afterJump(prev.line.text) === "" &&
      /[，,]/u.test(r.line.text) &&
      furnitureOf(r.line.text) === null,
    label: "text",
  },
  {
    // 效益可观，有效增加了当地群众 / 的收入。本报记者 乔利峰 摄 — a picture story's last line, its credit run on
    why: "the end of the unfinished text line right above, its credit run on after the sentence: that text's last line",
    applies: ({ r, prev, prevAdjacent }) =>
      r.label === "caption" &&
      prevAdjacent &&
      prev?.label === "text" &&
      !endsSentence(prev.line.text) &&
      /[。！？”]\s*\S/u.test(r.line.text) &&
      PICTURE_CREDIT_END.test(r.line.text.trim()),
    label: "text",
  },
  {
    // …本报通讯员 冯树健 摄 / 影报道 — the end of 摄影报道, wrapped to a line of its own
    why: "the end of a credit (摄影报道) the column wrapped under the line ending on 摄: the credit's rest",
    applies: ({ r, prev, prevAdjacent }) =>
      r.label !== "caption" &&
      prevAdjacent &&
      CREDIT_TAIL.test(r.line.text.trim()) &&
      /摄$/u.test(prev!.line.text.trim()),
    label: "caption",
  },
  {
    // …送上节日的祝福。 / 本报记者 周明 摄 — a picture's credit, not a byline opening a story
    // (or, read as a head by its bullet, ■摄影记者 王明)
    why: "a photographer's credit (…摄, ■摄影记者 X) on a line of its own right under text: the picture's credit",
    applies: ({ r, prev, prevAdjacent }) =>
      (r.label === "byline" || (r.label === "headline" && /^■/u.test(r.line.text.trim()))) &&
      prevAdjacent &&
      (prev?.label === "text" || prev?.label === "caption") &&
      (PHOTO_CREDIT_END.test(r.line.text.trim()) || PICTURE_CREDIT_END.test(r.line.text.trim())) &&
      isCreditOnly(r.line.text.trim()),
    label: "caption",
  },
  {
    // …应把创新创业教育贯穿人才培养全过程。 / （作者为山东大学校长） — the note that closes a commentary
    why: "the note on who the author is, in brackets, after the text: the story's closing",
    applies: ({ r, prev }) =>
      r.label !== "byline" &&
      (prev?.label === "text" || prev?.label === "caption") &&
      AUTHOR_NOTE.test(r.line.text.trim()),
    label: "byline",
  },
  {
    // …有效巩固经济发展和社会稳定的基本面。 / 据新华社 — the source a reprinted story credits after its text
    why: "the source credited on a line of its own right under finished text: the story's closing credit",
    // (in brackets, （新华社）, it may stand apart by a blank line)
    applies: ({ r, prev, prevAdjacent }) =>
      r.label !== "byline" &&
      (prevAdjacent || /^[（(]/u.test(r.line.text.trim())) &&
      (prev?.label === "text" || prev?.label === "caption") &&
      endsSentence(prev.line.text) &&
      SOURCE_ALONE.test(r.line.text.trim()),
    label: "byline",
  },
  {
    // …目前已建成示范区九处。 / 姜涛 曲晓东/文 — the names that close the story above
    why: "names with their credit or in brackets right after the text: the closing byline",
    applies: ({ r, prev }) =>
      r.label !== "byline" &&
      (prev?.label === "text" || prev?.label === "caption") &&
      closingLineForm(r.line.text) !== null,
    label: "byline",
  },
  {
    // …等在视频分会场参会。 / 宗何 / (blank) / 我国海上首个多层稠油热采项目陆地完工 — a name alone right under the
    // finished text, nothing under it but a blank line: the writer's name that closes the story
    why: "a name alone right under finished text, a blank line under it: the closing byline",
    applies: ({ r, prev, prevAdjacent, nextAdjacent }) =>
      r.label === "headline" &&
      prevAdjacent &&
      !nextAdjacent &&
      prev?.label === "text" &&
      endsSentence(prev.line.text) &&
      NAME_ALONE.test(r.line.text) &&
      nameAlone(r.line.text) &&
      !r.line.layout,
    label: "byline",
  },
  {
    // …高高兴兴地过一天。 / 新华社记者毛某某储某某（据新华社X县10月1日电） — the reporters and the source, closing
    why: "the reporters' byline and, in brackets, the source the story was taken from, right under finished text: the closing byline",
    applies: ({ r, prev, prevAdjacent }) =>
      r.label !== "byline" &&
      prevAdjacent &&
      (prev?.label === "text" || prev?.label === "caption") &&
      finished(prev.line.text) &&
      bylineWithSource(r.line.text),
    label: "byline",
  },
  {
    // (blank) / 记者 胡肖飞 文/摄 2月27日，婺城区长湖出 / 口段河道… — a reporter's credit run into the text opens a
    // paragraph, as a dateline does: no head holds one
    why: "read as a head, but it opens with a reporter's credit run into the text: the paragraph's first line",
    applies: ({ r, next, nextAdjacent }) =>
      r.label === "headline" && nextAdjacent && next?.label === "text" && creditRunIn(r.line.text) !== null,
    label: "text",
  },
  {
    // 1.记者近日从市交通运输部 / 门了解到，… — a paragraph's first line, running to the column's edge
    why: "a line running to the column's edge into the text right below it: the paragraph's first line",
    applies: ({ r, next, nextAdjacent, wrap }) =>
      r.label === "headline" &&
      nextAdjacent &&
      next?.label === "text" &&
      wrap !== null &&
      toColumnEdge(r.line, wrap) &&
      !endsSentence(r.line.text) &&
      // (a dateline opens its paragraph: the line over it is no paragraph's first)
      !isDateline(next.line),
    label: "text",
  },
  {
    // 中国人民银行正在研究丰 / 富政策工具箱，… — a paragraph's first line, its indent dropped (pdftotext prints
    // none), cutting a word the line below completes: no head cuts a word into the text under it
    why: "a line stopping an indent short of the column's edge, its last word cut and completed by the text right below it: the paragraph's first line",
    applies: ({ r, next, nextAdjacent, wrap }) =>
      r.label === "headline" &&
      nextAdjacent &&
      next?.label === "text" &&
      wrap !== null &&
      r.line.indent === 0 &&
      printedWidth(r.line.text) >= wrap - DROPPED_INDENT - 0.5 &&
      printedWidth(r.line.text) <= wrap + 0.5 &&
      !endsSentence(r.line.text) &&
      wordAcross(r.line.text.trim(), next.line.text.trim()),
    label: "text",
  },
  {
    // 今年以来，城北街道利用边角空地新 / 建口袋公园三座。 — a caption's line never cuts a word into the text under it
    why: "read as a caption, but running to the column's edge and cutting a word the text right below completes: that text's line",
    applies: ({ r, next, nextAdjacent, wrap }) =>
      r.label === "caption" &&
      nextAdjacent &&
      next?.label === "text" &&
      wrap !== null &&
      printedWidth(r.line.text) + r.line.indent >= wrap - DROPPED_INDENT - 0.5 &&
      printedWidth(r.line.text) + r.line.indent <= wrap + 0.5 &&
      !endsSentence(r.line.text) &&
      wordAcross(r.line.text.trim(), next.line.text.trim()),
    label: "text",
  },
  {
    // 现场特写 / 习近平：见到大家很亲切 / 山东代表…审议。大众日报记者房贤刚摄 — a head line over the picture its story
    // opens with, read as the picture's caption
    why: "read as a caption, but shaped as a head, no clause or sentence in it, right under a head line: the head's line",
    applies: ({ r, prev, prevAdjacent }) =>
      r.label === "caption" &&
      prevAdjacent &&
      prev?.label === "headline" &&
      headlineLike(r.line.text) &&
      !/[，,。；;！？]/u.test(r.line.text) &&
      !PICTURE_CREDIT_END.test(r.line.text.trim()) &&
      !HAS_ROLE.test(r.line.text),
    label: "headline",
  },
  {
    // …希望有关部门能尽快协调解 / 决此事。 / 记者 邓少华 — a paragraph's last line, though a byline follows it as a
    // credit follows a caption: it completes the word the column cut
    why: "read as a caption, but completing the word cut at the end of the text line right above, which runs to the column's edge: that paragraph's last line",
    applies: ({ r, prev, prevAdjacent, wrap }) =>
      r.label === "caption" &&
      prevAdjacent &&
      prev?.label === "text" &&
      wrap !== null &&
      reachesColumnEdge(prev.line, wrap) &&
      !finished(prev.line.text) &&
      // (…数十倍。本报 / 记者 孙莉 … 摄 / 影报道: a credit the column broke, and its rest, are the credit's)
      !PICTURE_CREDIT_END.test(prev.line.text.trim()) &&
      !PICTURE_CREDIT_END.test(r.line.text.trim()) &&
      !HAS_ROLE.test(r.line.text) &&
      wordAcross(prev.line.text.trim(), r.line.text.trim()),
    label: "text",
  },
  {
    // 　　…层林尽染。 / 　　景在城里，人在景中，…享受秋日美景。 王忠虎 摄 — a paragraph its credit ends, indented as the
    // page's paragraphs are: whether it is a picture's own story is the stories' to tell (bodies.ts), by its opening
    why: "read as a caption, but opened by the indent the page's paragraphs open with, right under finished text: a paragraph",
    applies: ({ r, prev, prevAdjacent, indentedOpenings }) =>
      r.label === "caption" &&
      indentedOpenings &&
      r.line.indent >= 1 &&
      prevAdjacent &&
      prev?.label === "text" &&
      finished(prev.line.text),
    label: "text",
  },
  {
    // 我的第一篇稿子 / 李明 / 　　今年是本报创刊七十周年。 / 作为老读者，… — the story's first line, under its byline
    why: "read as a caption, but opened by the indent the page's paragraphs open with, right under a head or byline and over text: the story's first line",
    // (or over one more line the column cuts mid-sentence, a picture set in the column after it: 　　近日，在莆田市…附 /
    // 近海域，渔民们驾驶着各类养殖船在 / [a picture's story] / 海域养殖渔排间…)
    applies: ({ r, prev, next, nextAdjacent, afterNext, indentedOpenings }) =>
      openedAsParagraph(r, indentedOpenings) &&
      (prev?.label === "headline" || prev?.label === "byline") &&
      nextAdjacent &&
      (next?.label === "text" || (next?.label === "caption" && afterNext === undefined && cutMidSentence(next.line))),
    label: "text",
  },
  {
    // 　　近日，在莆田市秀屿区南日镇附 / 近海域，渔民们驾驶着各类养殖船在 / (blank) / [a picture] — the lead's second line
    why: "read as a caption, but the last line of a paragraph's opening the column cuts mid-sentence, a blank line after it: text",
    applies: ({ r, prev, prevAdjacent, next, nextAdjacent }) =>
      r.label === "caption" &&
      prevAdjacent &&
      prev?.label === "text" &&
      !finished(prev.line.text) &&
      !(nextAdjacent && next !== undefined) &&
      cutMidSentence(r.line),
    label: "text",
  },
  {
    // 一到 / 汛期就提心吊胆， / 群众领到新房钥匙。 / 现在终于住上了… — a caption glued into the column mid-sentence
    why: "a finished short line after a line cut short on a clause mark, the text going on after it: a caption set into the column",
    applies: (a) => {
      const around = betweenText(a);
      return (
        around !== null &&
        a.wrap !== null &&
        ENDS_CLAUSE.test(around.above.text) &&
        shortOfColumn(around.above, a.wrap) &&
        printedWidth(a.r.line.text) < SHORT_OF_COLUMN * a.wrap &&
        endsSentence(a.r.line.text) &&
        !/[。！？]./u.test(a.r.line.text)
      );
    },
    label: "caption",
  },
  {
    // 本报特派记者 郭静 张洪波3月7日发自北京 / 3月7日上午，… — the model's path ran through it as text (a byline
    // seldom follows a caption in what it was fitted on), though the line holds only roles, names and where from
    why: "read as text, but only roles and names (and where they filed from), no sentence end, over the text: a byline",
    // (not under text: inside a sentence, …授予人民日报社记者吕岩松，新华社记 / 者杨成明… lists reporters as it
    // goes on, and after a finished one, 去处。 / 潍坊日报社全媒体记者 李国栋, it closes the story above)
    applies: ({ r, prev, prevAdjacent, next, nextAdjacent }) =>
      r.label === "text" &&
      nextAdjacent &&
      next?.label === "text" &&
      !(prevAdjacent && prev?.label === "text") &&
      !endsSentence(r.line.text) &&
      isByline(r.line),
    label: "byline",
  },
  {
    // 去处。 / 潍坊日报社全媒体记者 李国栋 / 10条新措施支持潍坊国家农综区发展 / (blank) / 本报讯… — the line under the
    // byline that closes a story, set apart from the text below, is the next story's head
    why: "head-shaped, right under a byline that closes the story above and apart from the text below (or over its dateline): the next story's head",
    applies: ({ r, prev, prevAdjacent, next, nextAdjacent }) =>
      r.label === "text" &&
      prevAdjacent &&
      prev !== undefined &&
      prev.label === "text" &&
      isByline(prev.line) &&
      !endsSentence(prev.line.text) &&
      standsAsHead(r.line) &&
      // (not the byline's last name the column broke off: 潍坊日报社全媒体记者 窦浩智 / 吴晓强)
      printedWidth(r.line.text) >= HEAD_UNDER_BYLINE_MIN &&
      next !== undefined &&
      (!nextAdjacent || isDateline(next.line)) &&
      !r.line.layout,
    label: "headline",
  },
  {
    // 张店区房镇镇曹营村垃圾桶被装得满满当当。 / 淄博经济开发区马庄生活区大面积土地裸露。 — no head ends on a full stop
    why: "read as a head, but ending on a full stop (。): a line of text",
    applies: ({ r }) => r.label === "headline" && r.line.text.trimEnd().endsWith("。"),
    label: "text",
  },
  {
    // 链接： / 我市现有特色街区12条，… — a side box's label on a line of its own opens the box as its head
    why: "a side box's label (链接：, 背景：) alone on its line, over text: the box's head",
    applies: ({ r, next, nextAdjacent }) =>
      r.label === "text" &&
      nextAdjacent &&
      next?.label === "text" &&
      BOX_LABEL.test(r.line.text.trim()) &&
      r.line.text.trim().replace(BOX_LABEL, "") === "",
    label: "headline",
  },
  {
    // …健身器材和儿 / 口袋公园一角 / 童游乐设施，… — the column's word runs on past the short line between
    why: "a short line with no sentence end between a full line of text and the text that completes its last word: a caption set into the sentence",
    applies: (a) => {
      const around = betweenText(a);
      return (
        around !== null &&
        a.wrap !== null &&
        toColumnEdge(around.above, a.wrap) &&
        !endsSentence(around.above.text) &&
        shortOfColumn(a.r.line, a.wrap) &&
        !endsSentence(a.r.line.text) &&
        wordAcross(around.above.text.trim(), around.below.text.trim()) &&
        !wordAcross(around.above.text.trim(), a.r.line.text.trim())
      );
    },
    label: "caption",
  },
  {
    // 将把非遗 / 课程纳入课后服 / （下转第2版） — the sentence above runs on into it; so it does into a paragraph's
    // last line ending a sentence (…”，一 / 位老人回忆起从前的艰难……), and a line above shaped like a head's first
    // line is no head line when it runs to the column's edge
    why: "the unfinished text line right above runs on into it: the same paragraph",
    // (a line ending on a picture's credit, its byline in brackets or its source is finished: 的收入。本报记者 王立峰
    // 摄, …外地游客。（记者 王 军）, …用电安全。（通讯员 李明 张 / 华）, …一千二百余万人次。据新华社)
    applies: ({ r, prev, prevAdjacent, wrap }) =>
      r.label === "headline" &&
      prevAdjacent &&
      prev?.label === "text" &&
      !finished(prev.line.text) &&
      !PICTURE_CREDIT_END.test(prev.line.text.trim()) &&
      !CLOSING_AT_END.test(prev.line.text.trim()) &&
      !BYLINE_BRACKET_REST.test(prev.line.text.trim()) &&
      // (nor one ending on the reporter's role and names run on after the last sentence, …文化。本报记者 刘蒙亮, unless
      // the line goes on with the credit: …新华社记者 孙连生 / 摄（传真照片）)
      !(endsOnByline(prev.line.text.trim()) && !creditGoesOn(r.line.text)) &&
      (!headlineLike(prev.line.text) || (wrap !== null && reachesColumnEdge(prev.line, wrap))),
    label: "text",
  },
  {
    // 　　近日，… / 城区新建两处停车场 / 　　近日，… — a paragraph a line, each indented: the line without is a head
    why: "no indent, no sentence end, on a page whose every paragraph is a line opened by an indent: a head",
    applies: ({ r, indentedParagraphs }) =>
      r.label === "text" &&
      indentedParagraphs &&
      r.line.indent === 0 &&
      !endsSentence(r.line.text) &&
      (headlineLike(r.line.text) || headPhrases(r.line.text)),
    label: "headline",
  },
  {
    // 国防部举行盛大招待会庆祝建军节 / 杨尚昆…等出席，张爱萍主持招待会并致 / 　　据新华社北京1月1日电… — a head's
    // last line: at the margin where paragraphs open indented, under a head line, no paragraph's start or rest
    why: "at the margin under a head line, where the page opens its paragraphs indented and no sentence ends on it: the head's last line",
    applies: ({ r, prev, next, prevAdjacent, nextAdjacent, indentedOpenings }) =>
      r.label === "text" &&
      indentedOpenings &&
      r.line.indent === 0 &&
      prevAdjacent &&
      prev?.label === "headline" &&
      !endsSentence(r.line.text) &&
      (next === undefined ||
        !nextAdjacent ||
        next.label === "furniture" ||
        (next.label === "text" && next.line.indent >= 1)),
    label: "headline",
  },
  {
    // …成为入围项 / 目。 / 姜洪佩：看着《寿光日报》成长 / 　　“15年来，… — a head set tight between two stories of a column
    why: "at the margin between a paragraph's short last line and an indented opening, no sentence ending it, where the page opens its paragraphs indented: a head",
    applies: ({ r, prev, next, prevAdjacent, nextAdjacent, indentedAfterFinished, wrap }) =>
      r.label === "text" &&
      indentedAfterFinished &&
      wrap !== null &&
      r.line.indent === 0 &&
      prevAdjacent &&
      nextAdjacent &&
      prev?.label === "text" &&
      finished(prev.line.text) &&
      shortOfColumn(prev.line, wrap) &&
      next?.label === "text" &&
      next.line.indent >= 1 &&
      // (a letter's date or its writer's name stands there too: 2024年7月10日, 读者 王建国)
      !/^\d/u.test(r.line.text) &&
      !isByline(r.line) &&
      !holdsAName(r.line.text) &&
      !endsSentence(r.line.text) &&
      !ENDS_CLAUSE.test(r.line.text) &&
      printedWidth(r.line.text) <= HEADLINE_MAX_WIDTH &&
      headlineLike(r.line.text),
    label: "headline",
  },
  {
    // …感受这份回家的幸福。 / 春运首日发送旅客6.22万人次 / 春运首日，交通运输部… — no blank line around it: a line after
    // finished text that ends no sentence opens no paragraph where a paragraph's first line runs to the column's edge
    // (or, a paragraph a line, ends a sentence)
    why: "right after finished text, stopping short of the column (or on a page of a paragraph a line) and ending no sentence: no paragraph's line, a head",
    // (only where neither blank lines nor indents part anything: a line set tight on a page that parts its stories by
    // blank lines is as often a story's subhead, 绿色奇迹：实现由黄变绿的历史性转变, and where paragraphs open indented
    // the rules above read a line at the margin)
    applies: (a) =>
      a.r.label === "text" &&
      tightAfterFinished(a) &&
      (a.wrapped ? a.wrap !== null && !asWideAsAFirstLine(a.r.line, a.wrap) : true) &&
      !unlikeHead(a.r.line) &&
      // (a letter's date, its writer's name, a picture's credit, a numbered item stand there too; a speaker's label
      // introduces what follows: 读者“蓝天白云”：)
      !/^\d/u.test(a.r.line.text) &&
      !nameAlone(a.r.line.text.trim()) &&
      !isCreditOnly(a.r.line.text.trim()) &&
      !/[：:]$/u.test(a.r.line.text) &&
      !creditGoesOn(a.r.line.text) &&
      !CONTINUATION_START.test(a.r.line.text) &&
      (headlineLike(a.r.line.text) || headPhrases(a.r.line.text)) &&
      a.next !== undefined &&
      a.next.label !== "caption",
    label: "headline",
  },
  {
    // …迎接新年。 / 街道志愿者争当“城市美容师” / □晚报记者 张丽丽 / 昨日，… — on a page that parts nothing by blank lines
    // or indents, a line right over a byline after finished text is the byline's story's head, whatever its width
    // (not over a picture's credit, 记者 刘凯 摄: the line over it is the picture's caption)
    why: "right over a byline, after finished text, where nothing but what lines say parts stories: the story's head",
    applies: (a) =>
      a.r.label === "text" &&
      tightAfterFinished(a) &&
      a.next?.label === "byline" &&
      isByline(a.next.line) &&
      !PICTURE_CREDIT_END.test(a.next.line.text.trim()) &&
      !unlikeHead(a.r.line) &&
      headlineLike(a.r.line.text),
    label: "headline",
  },
  {
    // …双城经济圈建设座 / (blank) / 本报记者 李震宇 / 通讯员 王飞超 摄 / 4月20日，在杭州馒头山社区，… — a byline right
    // over a picture's credit, after a sentence the column left cut: the first half of that credit, set over the
    // picture story the layout put into the sentence (a story's own byline never follows an unfinished sentence)
    why: "read as a byline, right over a picture's credit and after a sentence left cut: the credit's first half",
    // (with text under the credit: a caption line there would run on with the credit into one caption)
    applies: ({ r, prev, next, nextAdjacent, afterNext }) =>
      r.label === "byline" &&
      nextAdjacent &&
      next !== undefined &&
      afterNext?.label === "text" &&
      isCreditOnly(next.line.text.trim()) &&
      PHOTO_CREDIT_END.test(next.line.text.trim()) &&
      !PHOTO_CREDIT_END.test(r.line.text.trim()) &&
      HAS_ROLE.test(r.line.text) &&
      prev?.label === "text" &&
      cutMidSentence(prev.line),
    label: "caption",
  },
  {
    // …发现问题及时处置到位。 / 白甸镇： / 全天候巡查 “双禁”工作 — on a page that parts nothing by blank lines or
    // indents, a short label ending on a colon right over a head line, after finished text: the head's kicker (a
    // speaker's label over the text, 读者“蓝天白云”：, is left to the text)
    why: "a short label ending on a colon, right after finished text and right over a head line, where nothing but what lines say parts stories: the head's kicker",
    applies: ({ r, prev, next, prevAdjacent, nextAdjacent, tight }) =>
      r.label === "text" &&
      tight &&
      prevAdjacent &&
      nextAdjacent &&
      prev !== undefined &&
      finishesText(prev) &&
      next?.label === "headline" &&
      KICKER_LABEL.test(r.line.text.trim()),
    label: "headline",
  },
  {
    // …投入较多的精力”。 / 成绩赢来赞许 事实扭转偏见 / 王军霞严词正视听 马俊仁畅谈新打算 — a line shaped as a head,
    // right after finished text (or a blank line) and right over a head: that head's kicker (or its first line)
    why: "shaped as a head, right after finished text and right over a head line: the head's kicker",
    applies: ({ r, prev, next, prevAdjacent, nextAdjacent }) => {
      // (a kicker may end on a dash that leads into the head: 北碚区政协与巴中市政协——)
      const l = { ...r.line, text: r.line.text.replace(KICKER_DASH, "") };
      return (
        r.label === "text" &&
        r.line.indent === 0 &&
        nextAdjacent &&
        next?.label === "headline" &&
        // (or a caption its picture's credit ends: 记者 王传国摄)
        (!prevAdjacent ||
          prev === undefined ||
          finishesText(prev) ||
          (prev.label === "caption" && PICTURE_CREDIT_END.test(prev.line.text.trim()))) &&
        standsAsHead(l) &&
        !unlikeHead(l) &&
        !nameAlone(l.text.trim()) &&
        !isCreditOnly(l.text.trim()) &&
        // (a speaker's label introduces what follows, 读者“蓝天白云”：; a label over a head is the rule above's)
        !/[：:]$/u.test(l.text) &&
        printedWidth(r.line.text) <= HEADLINE_MAX_WIDTH
      );
    },
    label: "headline",
  },
  {
    // …带来雨雪和大风。 / (blank) / 暂别晴暖天气，山东多地迎小雨雪 明日最高温… / (blank) — an index page's head and
    // subtitle on one line, between blank lines, at the margin where every paragraph opens indented
    why: "a line standing alone at the margin, no sentence ending it, where the page opens its paragraphs indented: a head",
    applies: ({ r, prevAdjacent, nextAdjacent, indentedOpenings }) =>
      r.label === "text" &&
      indentedOpenings &&
      r.line.indent === 0 &&
      !prevAdjacent &&
      !nextAdjacent &&
      !endsSentence(r.line.text) &&
      !ENDS_CLAUSE.test(r.line.text) &&
      printedWidth(r.line.text) <= ONE_LINE_HEAD_MAX_WIDTH,
    label: "headline",
  },
  {
    // 本报合肥18日电 在辽阔的淮北平原上，…。 — no head is a whole paragraph long
    why: "wider than any head and holding a finished sentence: running text",
    applies: ({ r }) =>
      r.label === "headline" && printedWidth(r.line.text) > HEADLINE_MAX_WIDTH && /[。！？]/u.test(r.line.text),
    label: "text",
  },
];

/** Some word of the line may be a name, alone or in a run of names (陈宝生, 亓晓晨, 张倩 冯树健, 孟西安祁鸿斌). */
function holdsAName(text: string): boolean {
  return text
    .trim()
    .split(/\s+/u)
    .some((w) => mayBeName(w) || readsAsNames(w) || /^\p{Script=Han}+·\p{Script=Han}+$/u.test(w));
}

/** Furniture that comes with slogans: a promotion or a furniture line no rule names (扫码下载… / 找记者 上壹点). */
function promoBeside(r: LineReading | undefined): boolean {
  if (r?.label !== "furniture") return false;
  const kind = furnitureOf(r.line.text)?.kind;
  return kind === undefined || kind === "promo" || kind === "hotline";
}

/** Most lines, and widest in all (em), a head wrapped at a narrow column's width runs to. */
const WRAPPED_HEAD_MAX_LINES = 3;
const WRAPPED_HEAD_MAX_WIDTH = 30;

/**
 * A head wrapped at a narrow column's width, read as text because its lines run to the column's edge: a block of
 * its own (blank lines around it) of a few lines with no mark of a sentence or a clause in it, after finished text
 * or a head, before text that opens a paragraph (中国人民银行将创设新 / 的结构性货币政策工具).
 */
function wrappedHeadBlocks(order: readonly LineReading[], wrapped: boolean): Set<number> {
  const out = new Set<number>();
  if (!wrapped) return out;
  for (const { lines: block, before, after } of blocksOf(order)) {
    const text = block.map((r) => r.line.text).join("");
    if (
      block.length >= 2 &&
      block.length <= WRAPPED_HEAD_MAX_LINES &&
      block.every(
        (r) => (r.label === "text" || r.label === "headline") && r.byEditor !== true && r.line.indent === 0,
      ) &&
      block.some((r) => r.label === "text") &&
      printedWidth(text) <= WRAPPED_HEAD_MAX_WIDTH &&
      !/[，,、；;。！？：:]/u.test(text) &&
      headlineLike(text) &&
      (before === undefined || before.label !== "text" || finished(before.line.text)) &&
      after !== undefined &&
      !CONTINUATION_START.test(after.line.text)
    )
      for (const r of block) out.add(r.line.n);
  }
  return out;
}

/** How far past its column's width (em) a line runs to be no column's line. */
const PAST_COLUMN = 2;
/** The share of a page's text lines its column's lines are at most as wide as. */
const MOST_LINES = 0.9;

/**
 * Text lines wider than the column the page's text wraps at, no sentence ending them (…约会吧。 / 新冠病毒疫苗接种须知 /
 * 接种年龄为18至59岁，这些人群需注意 / 2020年12月31日，中国新 / …, the column 11 em wide): no column sets a line wider
 * than itself, so such a line is a head (or a subtitle) set across columns.
 */
function widerThanColumn(order: readonly LineReading[], page: ReadPage): Set<number> {
  const out = new Set<number>();
  // (a printed page's lines carry their own layout: a head is read off its type)
  if (!page.wrapped || order.some((r) => r.line.layout !== undefined)) return out;
  // (and wider than the page's text lines mostly are: a column's width read off short lines is no bound)
  const widths = order
    .filter((r) => r.label === "text")
    .map((r) => printedWidth(r.line.text.trim()) + r.line.indent)
    .sort((a, b) => a - b);
  const most = widths[Math.floor(widths.length * MOST_LINES)] ?? 0;
  for (const r of order) {
    const wrap = page.columnWidth.get(r.line.n);
    if (r.label !== "text" || r.byEditor || wrap == null) continue;
    const t = r.line.text.trim();
    if (
      printedWidth(t) + r.line.indent > Math.max(wrap, most) + PAST_COLUMN &&
      printedWidth(t) <= HEAD_PHRASES_MAX_WIDTH &&
      !endsSentence(t) &&
      !/[。！？；]/u.test(t) &&
      !ENDS_CLAUSE.test(t) &&
      !isDateline(r.line) &&
      !isByline(r.line) &&
      !CONTINUATION_START.test(t) &&
      // (two columns' lines pdftotext ran into one are as wide: a head holds a clause at most)
      (headlineLike(t, true) || headPhrases(t))
    )
      out.add(r.line.n);
  }
  return out;
}

/** Most lines a head's stack runs to (column label, kicker, title over two lines, subtitle). */
const HEAD_STACK_MAX_LINES = 5;

/**
 * A head's stack over the story it opens: lines in a row after a blank line, none ending a sentence or a clause,
 * each shaped as a head, one of them read as one, right over the byline or the dateline that opens the story
 * (聚焦高质量发展 / 我市一季度经济运行开局良好 / ——规模以上工业增加值增长8.2% / 本报记者 李明 / 本报讯 …). Read all
 * as head lines: a story's text does not stand between its head and its opening.
 */
function headStacks(order: readonly LineReading[], fewBlanks: boolean): Set<number> {
  const out = new Set<number>();
  for (let k = 1; k < order.length; k++) {
    const opening = order[k]!;
    const opens = opening.label === "byline" || (opening.label === "text" && isDateline(opening.line));
    if (!opens) continue;
    let i = k - 1;
    while (
      i >= 0 &&
      k - i <= HEAD_STACK_MAX_LINES &&
      order[i]!.line.n === order[i + 1]!.line.n - 1 &&
      (order[i]!.label === "headline" ||
        order[i]!.label === "text" ||
        // (a head's line read as a caption by its width: 雨夜里等候一小时 / 好司机感动外地客 / 记者 刘洋)
        (order[i]!.label === "caption" && !PICTURE_CREDIT_END.test(order[i]!.line.text.trim()))) &&
      !order[i]!.byEditor &&
      // (a kicker may end on a dash leading into the head: 北碚区政协与巴中市政协——)
      (!endsSentence(order[i]!.line.text) || KICKER_DASH.test(order[i]!.line.text)) &&
      !ENDS_CLAUSE.test(order[i]!.line.text) &&
      printedWidth(order[i]!.line.text) <= HEADLINE_MAX_WIDTH &&
      (headlineLike(order[i]!.line.text) || followsOn(order[i]!.line.text)) &&
      // (a byline the column broke, 齐鲁晚报·齐鲁壹点 记者 于 / 民星, is no head line)
      !isByline(order[i]!.line)
    )
      i--;
    const stack = order.slice(i + 1, k);
    // (it stands apart: a blank line or the page's top above it)
    const apart = i < 0 || order[i]!.line.n < order[i + 1]!.line.n - 1;
    if (
      stack.length >= 2 &&
      apart &&
      stack.some((r) => r.label === "headline") &&
      stack.some((r) => r.label !== "headline")
    )
      for (const r of stack) out.add(r.line.n);
    // (on a page that parts nothing by blank lines, right under finished text: 今年合作内容展开了热烈讨论。 /
    // 沙坪坝区政协武侯区政协召开座谈会 / 增进交流合作 提升履职实效 / 本报北京电 …, whatever its lines' width: there
    // a line as wide as the column is as likely a head's as the text's; where paragraphs open indented too, as the
    // dateline's paragraph shows, the lines over it at the margin open none)
    // (over a dateline only: a byline set into the text is as often a picture's credit, 本报记者 李震宇 / 通讯员 王飞超 摄)
    else if (
      fewBlanks &&
      i >= 0 &&
      stack.length >= 2 &&
      opening.label === "text" &&
      finishesText(order[i]!) &&
      // (not the rest of a byline in brackets the column broke, 张 / 彦 王艳茹）, a date opening a sentence or a
      // dateline: a story's text)
      stack.every((r) => !/[）)]$|^\d/u.test(r.line.text) && !isDateline(r.line))
    )
      for (const r of stack) out.add(r.line.n);
  }
  return out;
}

/** A line ending on a clause mark: the sentence goes on under it. */
const ENDS_ON_CLAUSE_MARK = /[，,、；;：:]$/u;

/**
 * Most text a picture's story set into a column runs to (em, its lines' widths summed): three hundred characters or
 * so, on however narrow a column (thirteen lines of 11 characters, …只有青年 / 近日，由解放区委宣传部、/ …).
 */
const PICTURE_IN_COLUMN_MAX_WIDTH = 300;

/**
 * A picture's story a layout set into a column with no blank line around it, between two lines of another story's
 * sentence: it opens as a lead does after a line the host leaves unfinished, a picture's credit ends it, and the host's
 * text goes on right under it (…白来一世。”我那时 / 2011年8月15日，这是一个应该载 / … / 实施，具有里程碑式的意义。本报 /
 * 记者 张晓科 摄 / 还不太懂事，…). Its lines, credit included, are read as the caption they are.
 */
function picturesInColumns(order: readonly LineReading[], wrapped: boolean): Set<number> {
  const out = new Set<number>();
  if (!wrapped) return out;
  const adjacent = (i: number) => order[i]!.line.n === order[i - 1]!.line.n + 1;
  for (let k = 2; k < order.length - 1; k++) {
    const credit = order[k]!;
    // (a credit alone on its line may be read as a head: 井某摄影报道)
    const creditAlone = credit.label === "headline" && isCreditOnly(credit.line.text.trim());
    if (credit.label !== "caption" && credit.label !== "text" && !creditAlone) continue;
    if (!adjacent(k) || !adjacent(k + 1) || order[k + 1]!.label !== "text") continue;
    const ends =
      PICTURE_CREDIT_END.test(credit.line.text.trim()) ||
      (credit.label === "caption" && PICTURE_CREDIT_END.test(joinWrapped([order[k - 1]!.line.text, credit.line.text])));
    if (!ends) continue;
    // (a lead after a line ending on a clause mark, …很长时间了， / 近期曾有…, may be the picture's own clause: a
    // lead after a line cut mid-phrase further up, …老师20年来 / 6月11日，…, opens it)
    let start = -1;
    let fallback = -1;
    let told = 0;
    for (let s = k - 1; s >= 1; s--) {
      const r = order[s]!;
      told += printedWidth(r.line.text);
      if (told > PICTURE_IN_COLUMN_MAX_WIDTH) break;
      // (the picture's own lines may be read as captions already: …有效增加了当地群众的收入。 / 本报记者 乔利峰 摄)
      if ((r.label !== "text" && r.label !== "caption") || r.byEditor || !adjacent(s)) break;
      const host = order[s - 1]!;
      if (!PICTURE_LEAD.test(r.line.text) || host.label !== "text" || endsSentence(host.line.text)) continue;
      if (ENDS_ON_CLAUSE_MARK.test(host.line.text)) {
        if (fallback < 0) fallback = s;
        continue;
      }
      start = s;
      break;
    }
    const from = start >= 0 ? start : fallback;
    if (from >= 0) for (let i = from; i <= k; i++) out.add(order[i]!.line.n);
  }
  return out;
}

/**
 * An author's note or names in brackets the column wrapped over lines, right under the text they close (…兴旺起 /
 * 来。 / （作者单位： / 省农业科学院农村经济 / 研究所）, …敬意。 / （济宁日报全媒体记者 张彦彦 / 王艳茹）): their lines are
 * the story's closing byline, not a head over the next story.
 */
function wrappedClosings(order: readonly LineReading[]): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < order.length; i++) {
    const prev = order[i - 1]!;
    if ((prev.label !== "text" && prev.label !== "caption") || !/^\s*[（(]/u.test(order[i]!.line.text)) continue;
    const run = [order[i]!];
    while (
      run.length < AUTHOR_NOTE_MAX_LINES &&
      i + run.length < order.length &&
      order[i + run.length]!.line.n === run.at(-1)!.line.n + 1
    )
      run.push(order[i + run.length]!);
    if (run.some((r) => r.byEditor)) continue;
    const n = wrappedClosingLines(run.map((r) => r.line.text));
    if (n >= 2) for (const r of run.slice(0, n)) out.add(r.line.n);
  }
  return out;
}

/** Enough of these lines to tell (INDENTED_OPENINGS_MIN), and most of them (INDENTED_SHARE) indented. */
const mostlyIndented = (rs: readonly LineReading[]) =>
  rs.length >= INDENTED_OPENINGS_MIN && rs.filter((r) => r.line.indent >= 1).length >= INDENTED_SHARE * rs.length;

/** The page's readings with the rules of RELABEL_RULES applied, in one pass down the page. */
export function relabel(page: ReadPage, profile: PaperProfile | null = null): ReadPage {
  const order = page.lines.filter((l) => page.readings.has(l.n)).map((l) => page.readings.get(l.n)!);
  const heads = wrappedHeadBlocks(order, page.wrapped);
  const pictures = picturesInColumns(order, page.wrapped);

  const notes = wrappedClosings(order);
  const cutCaptions = cutCaptionBlocks(order);
  const apart = picturesApart(order);
  const texts = order.filter((r) => r.label === "text");
  // (read off the lines that end a sentence, a paragraph a line, where there are enough: the heads read as text end none)
  const whole = texts.filter((r) => endsSentence(r.line.text));
  const paragraphsIndented = mostlyIndented(whole.length >= INDENTED_OPENINGS_MIN ? whole : texts);
  const indentedParagraphs = !page.wrapped && paragraphsIndented;
  // the lines that open a paragraph if any does: text after a blank line or a head
  const openings = order.filter(
    (r, i) =>
      r.label === "text" && (i === 0 || order[i - 1]!.line.n < r.line.n - 1 || order[i - 1]!.label === "headline"),
  );
  const indentedOpenings = mostlyIndented(openings);
  // lines after a paragraph's last line: finished, and stopping short of its column
  const afterFinished = order.filter((r, i) => {
    const prev = order[i - 1];
    const wrap = prev && page.wrapped ? page.columnWidth.get(prev.line.n) : null;
    return (
      r.label === "text" &&
      prev !== undefined &&
      wrap != null &&
      prev.line.n === r.line.n - 1 &&
      prev.label === "text" &&
      finished(prev.line.text) &&
      shortOfColumn(prev.line, wrap)
    );
  });
  const indentedAfterFinished = mostlyIndented(afterFinished);
  const fewBlanks = order.filter((r, i) => i > 0 && order[i - 1]!.line.n < r.line.n - 1).length < BLANK_GAPS_MIN;
  const tight = fewBlanks && !indentedOpenings && !paragraphsIndented;
  const stacks = headStacks(order, fewBlanks);
  const wide = widerThanColumn(order, page);
  const pageText = order.map((r) => r.line.text.trim()).join("");
  const readings = new Map(page.readings);
  order.forEach((r, i) => {
    if (r.byEditor) return;
    const prev = i > 0 ? readings.get(order[i - 1]!.line.n) : undefined;
    // (a line wider than its column is read as the head it is before the lines above it are read)
    const below = order[i + 1];
    const next = below && wide.has(below.line.n) ? { ...below, label: "headline" as const } : below;
    const around: Around = {
      r,
      indentedParagraphs,
      indentedOpenings,
      indentedAfterFinished,
      profile,
      wrap: page.wrapped ? (page.columnWidth.get(r.line.n) ?? null) : null,
      wrapped: page.wrapped,
      tight,
      prev,
      next,
      prevAdjacent: prev !== undefined && prev.line.n === r.line.n - 1,
      nextAdjacent: next !== undefined && next.line.n === r.line.n + 1,
      afterNext: next && order[i + 2]?.line.n === next.line.n + 1 ? order[i + 2] : undefined,
      pageText,
    };
    if (heads.has(r.line.n) && r.label !== "headline") {
      readings.set(r.line.n, {
        ...r,
        label: "headline",
        relabelled:
          "a block of its own, a few lines with no sentence or clause mark in them: a head wrapped at the column's width",
      });
      return;
    }
    if (wide.has(r.line.n)) {
      readings.set(r.line.n, {
        ...r,
        label: "headline",
        relabelled: "wider than the column the page's text wraps at, no sentence ending it: no column's line, a head",
      });
      return;
    }
    if (stacks.has(r.line.n) && r.label !== "headline") {
      readings.set(r.line.n, {
        ...r,
        label: "headline",
        relabelled: "in a head's stack, right over the byline or dateline that opens the story: a head line",
      });
      return;
    }
    if (cutCaptions.has(r.line.n)) {
      readings.set(r.line.n, {
        ...r,
        label: "text",
        relabelled:
          "read as a caption under a head, but its block ends mid-sentence with no credit: the story's first lines, cut by a picture",
      });
      return;
    }
    if (notes.has(r.line.n)) {
      if (r.label !== "byline")
        readings.set(r.line.n, {
          ...r,
          label: "byline",
          relabelled:
            "an author's note or names in brackets the column wrapped over lines, right under the text: the closing byline",
        });
      return;
    }
    if (apart.has(r.line.n)) {
      readings.set(r.line.n, {
        ...r,
        label: "text",
        relabelled:
          "in a block that opens as a picture's story does and ends on its credit, set after a sentence it cuts: the picture story's text, one paragraph with its credit",
      });
      return;
    }
    if (pictures.has(r.line.n)) {
      if (r.label !== "caption")
        readings.set(r.line.n, {
          ...r,
          label: "caption",
          relabelled:
            "a picture's story set into the column between two lines of another story's sentence, its credit ending it: caption",
        });
      return;
    }
    const rule = RELABEL_RULES.find((x) => x.applies(around));
    if (rule) readings.set(r.line.n, { ...r, label: rule.label, relabelled: rule.why });
  });
  return { ...page, readings };
}
