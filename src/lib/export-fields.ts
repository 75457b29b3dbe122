// The data page's account of the export: every field of every file, its type read from the export's own schema
// (archive/export.ts), and what it holds in Chinese. The tables are typed against the schemas' keys, so a field
// added to the export without a word here (or a word for a field the export lacks) does not compile.
import type { z } from "astro/zod";
import {
  exportArticleSchema,
  exportIndexSchema,
  exportIssueSchema,
  exportPageSchema,
  exportPlacesSchema,
} from "../../archive/export.ts";

type Keys<S extends z.ZodObject> = keyof S["shape"];
type Words<S extends z.ZodObject> = Record<Keys<S>, string>;

/** A field of an export file as the data page lists it (in `meaning`, a field's or a value's name is in backticks). */
export interface FieldRow {
  name: string;
  type: string;
  meaning: string;
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  element?: z.ZodType;
  entries?: Record<string, string>;
  values?: unknown[];
  items?: z.ZodType[];
  options?: z.ZodType[];
  in?: z.ZodType;
}
const defOf = (s: z.ZodType) => (s as unknown as { def: Def }).def;

/** A schema's type as a line of TypeScript-like text: string | null, number[], "day" | "month"… */
export function typeText(s: z.ZodType): string {
  const d = defOf(s);
  switch (d.type) {
    case "nullable":
      return `${typeText(d.innerType!)} | null`;
    case "optional":
    case "default":
      return typeText(d.innerType!);
    case "array": {
      const inner = typeText(d.element!);
      return inner.includes("|") ? `(${inner})[]` : `${inner}[]`;
    }
    case "enum":
      return Object.values(d.entries!)
        .map((v) => JSON.stringify(v))
        .join(" | ");
    case "literal":
      return d.values!.map((v) => JSON.stringify(v)).join(" | ");
    case "tuple":
      return `[${d.items!.map(typeText).join(", ")}]`;
    case "pipe":
      return typeText(d.in!);
    case "union":
    case "record":
      return "object";
    default:
      return d.type;
  }
}

const rows = <S extends z.ZodObject>(schema: S, words: Words<S>): FieldRow[] =>
  Object.entries(schema.shape).map(([name, s]) => ({
    name,
    type: typeText(s as z.ZodType),
    meaning: words[name as Keys<S>],
  }));

const indexShape = exportIndexSchema.shape.issues.element;
const indexPage = indexShape.shape.pages.element;

/** data/index.json */
export const INDEX_FIELDS = {
  top: rows(exportIndexSchema, {
    schema: "导出格式的版本。同一版本内只会增加字段，不会删改已有字段。",
    issues: "全部各期，新期在前。",
  }),
  issue: rows(indexShape, {
    id: "期的编号：报纸编号加日期（日期不详的期另有编号）。",
    url: "本期数据文件的站内路径。",
    publication: "报纸编号，见各期文件中的 `publication`。",
    date: "出版日期，ISO 8601，精确到所知的程度（见下文“日期”）；不详为 `null`。",
    pages: "本期各版。",
  }),
  page: rows(indexPage, {
    id: "版的编号（取自原始文件的路径）。",
    source: "原始文件在本站仓库中的路径。",
    pageNumber: "版次；未注明为 `null`。",
    articles: "本版报道的编号，按版面上的先后。",
  }),
};

/** data/issues/<期编号>.json */
export const ISSUE_FIELDS = rows(exportIssueSchema, {
  id: "期的编号。",
  publication: "报纸：`id`（编号）、`name`（报名）、`nameKnown`（版面上是否印有报名；为 `false` 时报名系编者所拟）。",
  date: "出版日期，ISO 8601，精确到所知的程度；不详为 `null`。",
  dateInfo:
    "日期的完整说明：`precision`（精度）、`year`、`month`、`day`、`inferred`（是否由报道内容推断）、`evidence`（依据）。",
  number: "总第几期（版面印有时）。",
  yearNumber: "当年第几期（版面印有时）。",
  pages: "本期各版，按版次。",
  articles: "本期全部报道。",
});

export const PAGE_FIELDS = rows(exportPageSchema, {
  id: "版的编号。",
  source: "原始文件在本站仓库中的路径。",
  pageNumber: "版次；未注明为 `null`。",
  pageName: "版名（要闻、综合……）；未注明为 `null`。",
  furniture: "版面信息（报头、日期、天气、编辑等）：`kind`（种类，见下表）、`text`（文字）、`lines`（所在行号）。",
  unassigned: "未能归入任何报道的文字：`text`、`lines`、`reason`（原因）。",
  articles: "本版报道的编号，按版面上的先后。",
  rawLines: "原始文件的全部行，一字不改（第 n 行即 `rawLines[n − 1]`）。",
  printed:
    "版面来自 PDF 时：`file`（PDF 文件在仓库中的路径）、`index`（PDF 的第几页）、`width`、`height`（页面尺寸，单位为点）；文字版为 `null`。",
});

export const ARTICLE_FIELDS = rows(exportArticleSchema, {
  id: "报道编号：版的编号加报道开头文字的散列值，版面上别处改动时不变。",
  url: "报道页的站内路径。",
  source: "原始文件在本站仓库中的路径。",
  date: "出版日期，ISO 8601，精确到所知的程度；不详为 `null`。",
  dateInfo: "日期的完整说明，同期文件中的 `dateInfo`。",
  page: "所在版的编号。",
  pageNumber: "版次；未注明为 `null`。",
  order: "在本版中的先后，从 1 起。",
  mark: "简讯标题前的符号（■），没有为 `null`。",
  title: "主题（标题）。",
  titleInferred: "版面没有标题、标题取自正文开头时为 `true`。",
  kicker: "引题（主题上方的标题）。",
  subtitle: "副题（主题下方的标题）。",
  column: "栏目或专题名称。",
  authors: "作者姓名，按署名先后，各一次。",
  bylines: "署名行的原文（如“□ 本报记者 王小明”）。",
  dateline: "电头（本报讯、本报济南讯……）。",
  blocks: "正文，按先后分块：`type`（种类，见下表）、`text`（文字）。",
  markdown: "正文的 Markdown 文本，由同一结构生成，文字中的符号均已转义。",
  districts: "报道所关于的地方（任何一级）：`code`（代码）、`name`、`level`（级别）、`evidence`（依据的字句）。",
  mentions: "文中顺带提到的地方，字段同上。",
  lines: "报道在原始文件中的起止行号。",
  repeats: "版面上重复印出、只保留一次的文字（如引语重复），含所在行号。",
  edits: "编者对本篇读法的校正：`op`（操作）、`line`（行号）、`before`（校正前所读）、`note`（说明）。",
  areas: "报道在版面（PDF）上所占的区域：`x`、`y`、`w`、`h`，单位为点，从页面左上角量起；文字版为空数组。",
});

/** data/places.json */
export const PLACE_FIELDS = rows(exportPlacesSchema.element, {
  code: "地方代码：行政区划为 GB/T 2260 代码；功能区为统计用代码或本站编号（见 `codeSource`）。",
  name: "名称。",
  level: "级别：`province`（省）、`city`（地级市）、`district`（县级行政区）、`zone`（功能区）。",
  parent: "上级地方的代码；省为 `null`。",
  codeSource: "代码来源：`gb2260`（国家标准）、`stats`（统计用区划代码）、`local`（本站编号）。",
  slug: "地方页地址中的名称（拼音）。",
  pinyin: "名称的拼音，检索时可用。",
  url: "地方页的站内路径。",
  count: "以此地为主题的报道篇数（市包括其下各区县）。",
});

/** What the precisions of dateInfo mean, with how the date field writes each. */
export const DATE_PRECISIONS: readonly [string, string, string][] = [
  ["day", "2025-01-03", "确知的日"],
  ["month", "2024-07", "只知年月"],
  ["year", "2024", "只知年份"],
  ["not-before", "2023-12-29/..", "不早于某日（由报道提到的日期推断：报道总在所报之事以后刊出）"],
  ["unknown", "null", "日期不详"],
];
