import { COLUMN_LABEL, followsOn, LEADERS_LINE, leadsIn, ORDINAL } from "../patterns/heading.ts";
import { CONTINUATION_START, ENDS_CLAUSE, finished, firstSentence } from "../text/marks.ts";
import type { Heading, Paragraph, Unit } from "../types.ts";
import type { StoryHabits } from "./habits.ts";
import { subtitleUnder } from "./headline-fields.ts";
import { LEAD_OPENING } from "../patterns/lead.ts";
import { PHOTO_CREDIT_END } from "../patterns/caption.ts";
import { bulletClass } from "../text/bullets.ts";
import { sharesHanRun } from "../text/han.ts";
import { printedWidth } from "../text/width.ts";

/** Widths within this ratio, and as many phrases: two headings set alike. */
const ALIKE_WIDTH = 1.35;
const phrases = (t: string) => t.split(/\s+/u).filter(Boolean).length;
/** A label marked like a list item, too short to be a brief's headline: ◆投递邮箱. */
const ITEM_LABEL = new RegExp(`^${bulletClass("item")}\\s*[^\\s：:]{1,7}[：:]?$`, "u");

/** Widest a subhead's head usually is (em), or each of its phrases. */
const SHORT_HEAD = 8;
const SHORT_PHRASE = 4;
const short = (t: string) =>
  printedWidth(t) <= SHORT_HEAD || t.split(/\s+/u).every((p) => printedWidth(p) <= SHORT_PHRASE);

/** Fewest Han characters in a row two headings must share to be about one thing. */
const SHARED_RUN = 4;
/** Whether a shares a run of SHARED_RUN Han characters with b. */
const sharesRun = (a: string, b: string) => sharesHanRun(a, b, SHARED_RUN);

/** The headings stand right under the story's last paragraph, no blank line between. */
const setTight = ({ headings, before }: HeadingsInStory) =>
  before !== undefined && headings[0]!.lines[0] === before.lines.at(-1)! + 1;

/** A headline that counts the story's parts: a number, a measure word, what the parts are (六大关键词, 十组数据, 5个看点). */
const COUNTED_PARTS =
  /(?<n>[二三四五六七八九十]|[2-9]|1[0-9])(大|组|个|条|项|件)(关键词|看点|亮点|数据|变化|举措|特点|方面|细节|镜头|瞬间|话题|任务|成就|故事)/u;
const HAN_COUNT = "一二三四五六七八九十";
/** Widest a counted part's head is (em): a phrase, not a story's full headline over its own subtitle. */
const PART_HEAD_MAX = 16;
/** How many parts a headline counts, or null (十 = 10; 2-19 in digits). */
function partsCounted(headline: string): number | null {
  const n = COUNTED_PARTS.exec(headline)?.groups?.n;
  if (n === undefined) return null;
  return /\d/u.test(n) ? Number(n) : HAN_COUNT.indexOf(n) + 1;
}

/** The paper's commentator opening a commentary's text, the role its byline (本报评论员, 本报特约评论员). */
const COMMENTATOR_OPENING = /^本报(特约)?评论员/u;

/** Two headings set alike: as many phrases, widths close. */
function alike(a: string, b: string): boolean {
  const [wa, wb] = [printedWidth(a), printedWidth(b)];
  return phrases(a) === phrases(b) && Math.max(wa, wb) <= ALIKE_WIDTH * Math.min(wa, wb);
}

/** What stands around headings met inside an open story, before text that opens no story by itself. */
export interface HeadingsInStory {
  headings: readonly Heading[];
  /**
   * Subheads the open story has so far, and lines of its text set like one (short, alone, no sentence end); apart:
   * a blank line stands above it.
   */
  subheads: readonly { text: string; apart: boolean }[];
  /** The headline material that opened the story, when it stood above it. */
  headline: readonly Heading[];
  /** The story's last paragraph before them, the story's last unit, and the paragraph after them. */
  before: Paragraph | undefined;
  last: Unit | undefined;
  /** The open story's lead: its first paragraph that is not an editor's note. */
  storyLead: string;
  /** The open story named its writers as it opened: a byline over its text, or one after its dateline. */
  credited: boolean;
  after: Paragraph;
  /** The paragraph after them shares none of the open story's words (its last paragraphs'): the topic shifts. */
  shifts: boolean;
  habits: StoryHabits;
}

/** A section's label: a word or two before a colon (探访：, 记者手记：), or a phrase in brackets (【现场】). */
const SECTION_LABEL = /^[\p{Script=Han}]{1,5}[：:]$|^[【[〖].+[】\]〗]$/u;

/** The open story's last paragraph ends a sentence. */
const finishedBefore = ({ before }: HeadingsInStory) => before !== undefined && finished(before.text);
/** The open story's own words: its head's and its lead's. */
const storyWords = ({ headline, storyLead }: HeadingsInStory) => headline.map((x) => x.text).join("") + storyLead;

/**
 * Where blank lines part stories, the head stands apart after finished text and the text after it shares no words
 * with the open story's head or lead: a story opens there, dateline or not.
 */
const apartFromStory = (h: HeadingsInStory) =>
  h.habits.blanksPartStories &&
  !setTight(h) &&
  finishedBefore(h) &&
  !sharesHanRun(firstSentence(h.after.text) ?? h.after.text, storyWords(h), 2);

/** After the story's finished text, the paragraph under the head shares none of the story's words (bodies.ts). */
const newTopic = (h: HeadingsInStory) => h.shifts && finishedBefore(h);

/**
 * Are these headings a new story's headline, or the open story's subheads? Each row a rule of the trade; the
 * first that applies decides. A page whose stories need no dateline, byline or closing byline tells its
 * stories apart by their headlines alone, so there a heading between finished paragraphs opens a story.
 */
export const HEADING_RULES: readonly {
  why: string;
  applies: (h: HeadingsInStory) => boolean;
  opens: boolean;
}[] = [
  {
    // 人民日报's essays: 以伟大自我革命引领伟大社会革命 set in bold at 1.5 times the body, under a title of 4
    // times it — a printed page's type says which heads are stories' (patterns/printed-headline.ts): one that
    // reaches here was not set as a story's headline, so it is the open story's subhead
    why: "on a printed page, set smaller than a story's headline",
    applies: ({ headings }) => headings.every((h) => h.printed !== undefined),
    opens: false,
  },
  {
    // 一、产业升级见成效 / （二） / 3.
    why: "numbered like a section of the story",
    applies: ({ headings }) => headings.length === 1 && ORDINAL.test(headings[0]!.text),
    opens: false,
  },
  {
    // 　　五星啤酒厂“路障”清除 — an export sets a story's subheads as it sets its paragraphs, its heads at the margin
    why: "indented as the page's paragraphs open, where its heads stand at the margin: a subhead",
    applies: ({ headings, habits }) => habits.headsAtMargin && headings.every((h) => h.indented),
    opens: false,
  },
  {
    // 探访：能在这儿摆摊的都有背景 — a labelled section
    why: "a section label (ends on a colon, or in brackets)",
    // (a speaker's name and role before the colon, 今晚报摄影记者尉迟健平：/ 跟着风筝一起放飞心情, heads a story)
    applies: ({ headings }) => headings.some((h) => SECTION_LABEL.test(h.text)),
    opens: false,
  },
  {
    // ◆投递邮箱 / ◆活动时间 — a short label marked like a list item
    why: "a short label marked like a list item",
    applies: ({ headings }) => headings.every((h) => ITEM_LABEL.test(h.text)),
    opens: false,
  },
  {
    // 农业生产提质增效、美不胜收。 / 章丘中医院 — a picture's label among the story's captions
    why: "it stands among the story's captions and boxes",
    applies: ({ last }) => (last?.kind === "caption" && !PHOTO_CREDIT_END.test(last.text)) || last?.kind === "box",
    opens: false,
  },
  {
    why: "the text after it opens mid-sentence: it goes on with the story",
    applies: ({ after }) => CONTINUATION_START.test(after.text),
    opens: false,
  },
  {
    // 据济阳区人社局公共就业服务室主任白振国介绍， — a sentence's first clause, not a head
    why: "it ends on a clause mark: the sentence goes on after it",
    applies: ({ headings }) => ENDS_CLAUSE.test(headings.at(-1)!.text),
    opens: false,
  },
  {
    why: "the story's last sentence is unfinished before it",
    applies: ({ before }) => before !== undefined && !finished(before.text),
    opens: false,
  },
  {
    // 运城盐湖六大关键词 … 盐湖诞生年代 / 盐湖烟云浩渺 / … — a head that counts its story's parts heads each part
    why: "the story's headline counts its parts (六大关键词, 十组数据): a part's head",
    // (set tight in the text: a head a blank line sets apart after the parts may open a story)
    applies: (h) => {
      const n = partsCounted(h.headline.map((x) => x.text).join(""));
      return (
        n !== null &&
        h.subheads.length < n &&
        setTight(h) &&
        h.headings.every((x) => printedWidth(x.text) <= PART_HEAD_MAX)
      );
    },
    opens: false,
  },
  {
    // 聚焦乡村振兴： / 某县人居环境整治见成效 / ——某街道老旧小区改造纪实 — a head's stack, or 图片新闻; 山东首批重点
    // 人群接种新冠疫苗 / 目前主要用于特殊人群紧急使用，预计二月上旬完成接种 — a title and its 副题
    why: "a headline's stack (kicker, subtitle) or a column's label",
    applies: ({ headings }) =>
      headings.length >= 3 ||
      (headings.length >= 2 && headings.some((h) => leadsIn(h.text) || followsOn(h.text))) ||
      // (a 副题 under the title: clauses under a head without, or who spoke or attended)
      (headings.length === 2 && subtitleUnder(headings[0]!.text, headings[1]!.text)) ||
      headings.some((h) => COLUMN_LABEL.test(h.text)),
    opens: true,
  },
  {
    // 培育“新”产业医药“植”新园 … 开拓“新”领域食饮发新“枝” — a feature's sections are headed alike
    why: "set like a subhead the story already has",
    // (and spaced alike: a heading a blank line sets apart is not like a subhead set tight)
    applies: (h) => {
      const apart = !setTight(h);
      return h.headings.length === 1 && h.subheads.some((s) => alike(s.text, h.headings[0]!.text) && s.apart === apart);
    },
    opens: false,
  },
  {
    // 助力乡村振兴 “福彩希望图书室”为乡村小学送上节日礼物 … 书香陪伴成长 / 3000册图书建成“福彩希望图书室”
    why: "it shares words with the story's own headline",
    // (not a line naming who spoke or attended: the same leaders stand under many heads of one page)
    applies: ({ headings, headline }) => {
      const own = headline.filter((x) => !LEADERS_LINE.test(x.text)).map((x) => x.text);
      return own.length > 0 && headings.some((h) => !LEADERS_LINE.test(h.text) && sharesRun(h.text, own.join("")));
    },
    opens: false,
  },
  {
    // …加力增进民生福祉。 / GDP增长5%左右 / “国内生产总值增长5%左右”… — no blank line on either side
    why: "set tight between the story's text, where the page's heads stand apart by a blank line",
    applies: (h) => h.habits.headsApart && setTight(h) && h.after.lines[0] === h.headings.at(-1)!.lines.at(-1)! + 1,
    opens: false,
  },
  {
    // 齐心协力扎实工作 / 本报评论员 中央提出，… — the paper's commentator opens a commentary, as a byline would
    why: "the text after it opens with the paper's commentator (本报评论员): a commentary's head",
    applies: ({ after }) => COMMENTATOR_OPENING.test(after.text),
    opens: true,
  },
  {
    // 网格连民心 / 龙头带动 农户增收 — a section's short head, where stories open with a byline or dateline
    why: "a short head with no dateline or byline after it, where the page's stories open with one",
    // (not where blank lines part stories, the head stands apart after finished text and the text after it shares
    // no words with the open story's head or lead: a story opens there)
    // (nor over text sharing none of the finished story's words: 当年那股西装热 / 潘云强 / … / 鹭翔村的烟火传奇 /
    // 在栖霞南乡的杨础，… is another essay)
    applies: (h) =>
      h.habits.someOpen && h.headings.length === 1 && short(h.headings[0]!.text) && !apartFromStory(h) && !newTopic(h),
    opens: false,
  },
  {
    // …北至回南北路。 / 五星啤酒厂“路障”清除 / “林萃路五星啤酒厂段能否打通… — no blank line on either side, where
    // blank lines part the page's stories (its heads, above or below, stand by one): the story's subhead
    why: "set tight between the story's text, where blank lines part the page's stories",
    applies: (h) =>
      h.habits.headsBelow &&
      h.habits.blanksPartStories &&
      setTight(h) &&
      h.after.lines[0] === h.headings.at(-1)!.lines.at(-1)! + 1,
    opens: false,
  },
  {
    // …感受这份回家的幸福。 / “最美的路，就是回家的路” / 本报讯 … — heads printed under their stories
    why: "a head after finished text, where the page's heads stand below their stories: it ends the story above",
    applies: (h) => h.habits.headsBelow && finishedBefore(h),
    opens: true,
  },
  {
    // 近日，… / 10月9日，… — the text after it opens as a story's lead does
    why: "the text after it opens as a lead does (a date, 近日…)",
    applies: ({ after }) => LEAD_OPENING.test(after.text),
    opens: true,
  },
  {
    // (a story that named its writers as it opened, 山西晚报讯（记者 孙轶琼）…, needs no closing byline)
    why: "the page's stories end with a closing byline, and this one has none yet",
    applies: ({ habits, credited }) => habits.closing && !credited,
    opens: false,
  },
  {
    // 本报讯 …老干部情况通报会… / 新区老干部情况通报会召开 — the story's words, where the head above it has none
    why: "its words are the open story's lead's, not the text after it's, and the head above that story shares none: the story's head, printed below it",
    applies: ({ headings, headline, storyLead, after }) => {
      const above = headline.map((x) => x.text).join("");
      return (
        headings.some((h) => sharesRun(h.text, storyLead) && !sharesRun(h.text, after.text)) &&
        !(above && sharesRun(above, storyLead))
      );
    },
    opens: true,
  },
  {
    why: "the page's stories open with a dateline or a byline, and no such line follows",
    // (not a head standing apart as a story's does, see apartFromStory, nor one over a new topic)
    applies: (h) => h.habits.opening && !apartFromStory(h) && !newTopic(h),
    opens: false,
  },
  {
    why: "a heading between finished paragraphs, on a page whose stories are told apart by their headlines",
    applies: () => true,
    opens: true,
  },
];

/** Whether headings inside an open story open a new one, and the rule that says so. */
export function headingsOpenStory(h: HeadingsInStory): { opens: boolean; why: string } {
  const rule = HEADING_RULES.find((r) => r.applies(h))!;
  return { opens: rule.opens, why: rule.why };
}
