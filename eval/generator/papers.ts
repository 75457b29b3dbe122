/**
 * House styles of invented papers, one row each: how each prints its stories, bylines, furniture and
 * what its text extraction does to them. Every row is a convention seen in Chinese local papers or in
 * pdftotext/OCR output of them; no row copies a page of the seeds or of the real corpus pages.
 */
export interface PaperStyle {
  id: string;
  name: string;
  /** English nameplate printed under the Chinese name, or null. */
  english: string | null;
  city: string;
  /** Column width in em the text wraps at; null: one line per paragraph (text exported from a layout program). */
  wrap: number | null;
  /** A blank line between paragraphs. */
  blankBetweenParagraphs: boolean;
  /** Paragraphs open with two full-width spaces. */
  indent: boolean;
  headline: "above" | "below";
  /** How bylines are printed. */
  byline: "opening-line" | "dateline-bracket" | "closing-bracket" | "credit-closing" | "slash-closing" | "org-opening";
  /** The dateline form, {city} and {paper} filled in; null: stories open without one. */
  dateline: string | null;
  /** Org prefix for org-opening bylines (全媒体记者 …). */
  orgPrefix: string;
  /** Share of wrapped lines set letter-spaced, as justified type extracts. */
  letterSpacing: number;
  /** Numbers and Latin split from Han by spaces, as pdftotext prints them. */
  splitNumbers: boolean;
  /** Furniture printed on the page. */
  masthead: boolean;
  credits: "editor-line" | "review-line" | "duty-line";
  pageLabel: boolean;
  pageIndex: boolean;
  weather: boolean;
  hotline: boolean;
  promo: boolean;
  /** Captions: dropped into a cut sentence with blank lines around, or glued to the text lines. */
  captions: "separate" | "glued" | "none";
  /** A column of ■ briefs each with its own short headline. */
  briefs: boolean;
  /** Numbered briefs with no headline. */
  numberedBriefs: boolean;
  /** Headlines an extraction moved away from their story (share of stories). */
  displaced: number;
  /** Headline longer than the column wraps over two lines. */
  wrapHeadlines: boolean;
  /** Kicker and subtitle printed. */
  stacks: boolean;
  /** In-story subheads numbered 一、二、. */
  ordinalSubheads: boolean;
  /** Share of headlines printed on one line with the next story's headline (headlines set side by side). */
  sharedLines: number;
  /** A form feed ends the page. */
  formFeed: boolean;
  /** OCR slips: a share of characters swapped for look-alikes. */
  ocr: number;
}

const base: Omit<PaperStyle, "id" | "name" | "english" | "city"> = {
  wrap: 16,
  blankBetweenParagraphs: false,
  indent: false,
  headline: "above",
  byline: "dateline-bracket",
  dateline: "本报讯",
  orgPrefix: "",
  letterSpacing: 0,
  splitNumbers: false,
  masthead: false,
  credits: "editor-line",
  pageLabel: false,
  pageIndex: false,
  weather: false,
  hotline: false,
  promo: false,
  captions: "separate",
  briefs: false,
  numberedBriefs: false,
  displaced: 0,
  wrapHeadlines: false,
  stacks: true,
  ordinalSubheads: false,
  sharedLines: 0,
  formFeed: false,
  ocr: 0,
};

export const PAPERS: readonly PaperStyle[] = [
  // pdftotext of a city daily: narrow columns, split numbers, 本报讯（记者 X）, editor credits, version line
  {
    ...base,
    id: "yihe-daily",
    name: "沂河日报",
    english: "YIHE DAILY",
    city: "临沂",
    wrap: 14,
    splitNumbers: true,
    masthead: true,
    pageLabel: true,
    credits: "editor-line",
    formFeed: true,
    wrapHeadlines: true,
    briefs: true,
  },
  // a legal paper set justified: every character letter-spaced, org-prefixed bylines on their own line
  {
    ...base,
    id: "fazhi-news",
    name: "鲁西法治报",
    english: null,
    city: "聊城",
    wrap: 18,
    letterSpacing: 0.9,
    splitNumbers: true,
    byline: "org-opening",
    orgPrefix: "鲁西法治报记者",
    dateline: null,
    credits: "review-line",
    pageLabel: true,
    captions: "glued",
  },
  // county paper exported from its layout program: one line per paragraph, headlines below the story
  {
    ...base,
    id: "qihe-county",
    name: "齐河新闻",
    english: null,
    city: "齐河",
    wrap: null,
    blankBetweenParagraphs: true,
    headline: "below",
    byline: "opening-line",
    dateline: null,
    weather: true,
    credits: "editor-line",
    sharedLines: 0.3,
  },
  // evening paper: closing bracket bylines, app promo and hotline, ■ briefs
  {
    ...base,
    id: "haibin-evening",
    name: "海滨晚报",
    english: "HAIBIN EVENING NEWS",
    city: "威海",
    wrap: 20,
    byline: "closing-bracket",
    dateline: "本报讯",
    promo: true,
    hotline: true,
    briefs: true,
    credits: "editor-line",
  },
  // 融媒 dateline with bracket byline, page index on the front page, kicker/subtitle stacks
  {
    ...base,
    id: "shouguang-rongmei",
    name: "弥河时报",
    english: null,
    city: "寿光",
    wrap: 15,
    dateline: "{city}融媒讯",
    masthead: true,
    pageIndex: true,
    splitNumbers: true,
    credits: "duty-line",
    stacks: true,
  },
  // OCR of a scanned page: look-alike slips, no blank lines between paragraphs, indented paragraphs
  {
    ...base,
    id: "taishan-ocr",
    name: "岱下报",
    english: null,
    city: "泰安",
    wrap: 17,
    indent: true,
    byline: "closing-bracket",
    dateline: null,
    ocr: 0.01,
    credits: "editor-line",
    captions: "separate",
    promo: true,
    ordinalSubheads: true,
  },
  // district paper: dateline with the paper's own office, numbered briefs, slash credits at the end
  {
    ...base,
    id: "weicheng-district",
    name: "潍城区报",
    english: null,
    city: "潍坊",
    wrap: 22,
    dateline: "{paper}社{city}融媒讯",
    byline: "slash-closing",
    numberedBriefs: true,
    credits: "editor-line",
  },
  // wide columns, credit-closing bylines, displaced headlines from a complex layout
  {
    ...base,
    id: "jinan-metro",
    name: "泉城都市报",
    english: "QUANCHENG METRO",
    city: "济南",
    wrap: 24,
    byline: "credit-closing",
    dateline: "本报{city}讯",
    displaced: 0.25,
    masthead: true,
    credits: "duty-line",
    hotline: true,
    promo: true,
    sharedLines: 0.3,
    ordinalSubheads: true,
  },
  // narrow tabloid columns with blank lines between blocks and glued captions
  {
    ...base,
    id: "rizhao-coast",
    name: "日照海岸报",
    english: null,
    city: "日照",
    wrap: 12,
    blankBetweenParagraphs: true,
    byline: "opening-line",
    dateline: "本报讯",
    captions: "glued",
    pageLabel: true,
    credits: "review-line",
    wrapHeadlines: true,
    numberedBriefs: true,
  },
  // agricultural weekly: one paragraph per line, headline above, org bylines, weather box
  {
    ...base,
    id: "nongmin-weekly",
    name: "鲁北农民报",
    english: null,
    city: "德州",
    wrap: null,
    indent: true,
    byline: "org-opening",
    orgPrefix: "全媒体记者",
    dateline: null,
    weather: true,
    promo: true,
    credits: "editor-line",
    ordinalSubheads: true,
  },
  // a city paper with letter-spaced datelines and headlines only, page index and masthead
  {
    ...base,
    id: "zibo-daily",
    name: "淄川日报",
    english: "ZICHUAN DAILY",
    city: "淄博",
    wrap: 16,
    letterSpacing: 0.15,
    splitNumbers: true,
    masthead: true,
    pageIndex: true,
    dateline: "本报讯",
    credits: "editor-line",
    briefs: true,
  },
  // headlines below, closing brackets, OCR slips and indents
  {
    ...base,
    id: "heze-ocr",
    name: "曹州晚报",
    english: null,
    city: "菏泽",
    wrap: 19,
    indent: true,
    headline: "below",
    byline: "closing-bracket",
    dateline: "本报讯",
    ocr: 0.008,
    credits: "editor-line",
    ordinalSubheads: true,
  },
  // 融媒 dateline, opening bylines, hotline and review credits, wrapped headlines
  {
    ...base,
    id: "jining-rongmei",
    name: "运河融媒",
    english: null,
    city: "济宁",
    wrap: 13,
    dateline: "{city}融媒讯",
    byline: "opening-line",
    hotline: true,
    promo: true,
    credits: "review-line",
    wrapHeadlines: true,
    splitNumbers: true,
    displaced: 0.15,
  },
  // one line per paragraph, blank lines, bracket byline after 本报X讯, page label and credits
  {
    ...base,
    id: "binzhou-news",
    name: "黄河三角洲报",
    english: null,
    city: "滨州",
    wrap: null,
    blankBetweenParagraphs: true,
    dateline: "本报{city}讯",
    byline: "dateline-bracket",
    pageLabel: true,
    credits: "duty-line",
    numberedBriefs: true,
  },
];

/** Papers held out from fitting and tuning: a third, chosen once by id, never looked at while building. */
export const HELD_OUT = new Set(["haibin-evening", "weicheng-district", "zibo-daily", "heze-ocr", "binzhou-news"]);
