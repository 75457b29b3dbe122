#!/usr/bin/env node
/**
 * Lays the story pool out as pages of the invented papers in papers.ts, with gold in the scorer's format
 * and a label for every line (the training data of the line model).
 *
 *   node eval/generator/generate.ts [OUT_DIR]     (default eval/corpus/laid-out)
 *
 * Deterministic: the same pool and styles always give the same pages. The pages are development data,
 * not extractor output; SOURCES.md says which corpus pages are which.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom as rng } from "../seeded-random.ts";
import { letterSpace, seedOf, splitNumbers, width, wrap } from "../typeset.ts";
import { HELD_OUT, PAPERS, type PaperStyle } from "./papers.ts";

export type LineLabel = "furniture" | "headline" | "byline" | "caption" | "text" | "";

interface Story {
  kicker?: string;
  title: string;
  subtitle?: string;
  reporters: string[];
  correspondents: string[];
  place: string;
  paragraphs: string[];
  /** Label–value lines a notice ends with (联系人：X, 电话：…), each on a line of its own. */
  fields?: string[];
  /** 编者按：… printed before the story's first paragraph. */
  note?: string;
  subheads?: Record<string, string>;
  caption?: string;
}

interface GoldArticle {
  kicker?: string | null;
  title?: string;
  subtitle?: string | null;
  authors: string[];
  anchors: string[];
  districts: string[];
}

const here = import.meta.dirname;
const POOL: Story[] = (JSON.parse(readFileSync(join(here, "stories.json"), "utf8")) as { stories: Story[] }).stories;
const EDITORS = ["王晓梅", "李建国", "张丽", "刘洋", "陈静", "杨帆", "赵磊", "周敏", "吴昊", "孙倩"];

const LOOKALIKE: Record<string, string> = {
  己: "已",
  末: "未",
  士: "土",
  入: "人",
  曰: "日",
  太: "大",
  戊: "戌",
  "，": ",",
  "：": ":",
  "；": ";",
};
const LOOKALIKE_BACK: Record<string, string> = Object.fromEntries(Object.entries(LOOKALIKE).map(([a, b]) => [b, a]));

function ocrSlips(text: string, share: number, r: () => number): string {
  if (!share) return text;
  return [...text]
    .map((c) => (r() < share * 4 && (LOOKALIKE[c] ?? LOOKALIKE_BACK[c]) ? (LOOKALIKE[c] ?? LOOKALIKE_BACK[c])! : c))
    .join("");
}

const WEEKDAY = "日一二三四五六";

class Page {
  lines: string[] = [];
  labels: LineLabel[] = [];
  emit(text: string, label: LineLabel) {
    this.lines.push(text);
    this.labels.push(text.trim() ? label : "");
  }
  blank() {
    if (this.lines.length && this.lines.at(-1) !== "") this.emit("", "");
  }
}

function names(s: Story) {
  return [...s.reporters, ...s.correspondents];
}

/** The byline as the paper prints it, with where it goes. */
function bylineOf(
  p: PaperStyle,
  s: Story,
  r: () => number,
): { opening: string[]; bracket: string | null; closing: string | null } {
  const none = { opening: [], bracket: null, closing: null };
  if (!names(s).length) return none;
  const rep = s.reporters.length ? `记者 ${s.reporters.join(" ")}` : "";
  const cor = s.correspondents.length ? `通讯员 ${s.correspondents.join(" ")}` : "";
  switch (p.byline) {
    case "opening-line": {
      const lines = [];
      if (s.reporters.length) lines.push(`${r() < 0.5 ? "□ " : "□"}本报记者 ${s.reporters.join(" ")}`);
      if (s.correspondents.length)
        lines.push(`${s.reporters.length ? "" : "□ "}本报通讯员 ${s.correspondents.join(" ")}`);
      return { ...none, opening: lines };
    }
    case "org-opening":
      return {
        ...none,
        opening: [[s.reporters.length ? `${p.orgPrefix} ${s.reporters.join(" ")}` : "", cor].filter(Boolean).join(" ")],
      };
    case "dateline-bracket":
      return { ...none, bracket: `（${[rep, cor].filter(Boolean).join(" ")}）` };
    case "closing-bracket":
      return { ...none, closing: `（${names(s).join(" ")}）` };
    case "credit-closing":
      return {
        ...none,
        closing:
          s.correspondents.length && s.reporters.length
            ? `（文/${s.reporters.join(" ")} 图/${s.correspondents.join(" ")}）`
            : `（文/${names(s).join(" ")}）`,
      };
    case "slash-closing":
      return { ...none, closing: `${names(s).join(" ")}/文` };
  }
}

function datelineOf(p: PaperStyle): string | null {
  return p.dateline ? p.dateline.replace("{city}", p.city).replace("{paper}", p.name.replace(/报$/u, "")) : null;
}

/** Anchors: the opening words, a phrase from the middle and the closing words of the printed body. */
function anchorsOf(paragraphs: string[]): string[] {
  const take = (s: string, from: number, n: number) => [...s].slice(from, from + n).join("");
  const first = paragraphs[0]!;
  const last = paragraphs.at(-1)!;
  const out = [take(first, 0, 14)];
  if (paragraphs.length > 2) {
    const mid = paragraphs[Math.floor(paragraphs.length / 2)]!;
    out.push(take(mid, Math.max(0, Math.floor([...mid].length / 2) - 6), 12));
  }
  if (paragraphs.length > 1 || [...first].length > 40) out.push(take(last, Math.max(0, [...last].length - 12), 12));
  return [...new Set(out)];
}

interface Layout {
  page: Page;
  gold: { articles: GoldArticle[]; furniture: string[]; reflow: string[] };
}

function emitFurniture(L: Layout, text: string) {
  L.page.emit(text, "furniture");
  L.gold.furniture.push(text);
}

function mastheadOf(p: PaperStyle, date: Date, pageNo: number, r: () => number, L: Layout) {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  if (p.masthead && pageNo === 1) {
    emitFurniture(L, r() < 0.5 ? letterSpace(p.name) : p.name);
    if (p.english) emitFurniture(L, p.english);
    L.page.blank();
    emitFurniture(L, `${y}年${m}月${d}日 星期${WEEKDAY[date.getUTCDay()]}`);
    emitFurniture(
      L,
      `农历${["甲辰", "乙巳"][y - 2024] ?? "甲辰"}年${["正", "二", "三", "四", "五", "六", "七", "八", "九", "十"][m - 1] ?? "冬"}月${["初三", "十二", "廿一"][d % 3]}`,
    );
    emitFurniture(
      L,
      `国内统一连续出版物号 CN37-00${10 + pageNo * 7} 总第${6000 + d * 3}期 今日${[4, 8, 12, 16][d % 4]}版`,
    );
    emitFurniture(L, `中共${p.city}市委主管主办`);
    L.page.blank();
  }
  if (p.pageIndex && pageNo === 1) {
    for (const [n, name] of [
      ["02", "要闻"],
      ["03", "综合新闻"],
      ["04", "民生"],
    ] as const)
      emitFurniture(L, `${n}版：${name}`);
    L.page.blank();
  }
  if (p.pageLabel && pageNo > 1) {
    emitFurniture(
      L,
      r() < 0.5
        ? `0${pageNo} ${["要闻", "综合", "民生", "社会"][pageNo % 4]}`
        : `第${pageNo}版 ${["要闻", "综合", "民生", "社会"][pageNo % 4]}`,
    );
    L.page.blank();
  }
  if (p.weather) {
    emitFurniture(L, `今天 ${["晴", "多云", "阴转小雨"][d % 3]} 南风3级`);
    emitFurniture(L, `温度 ${8 + (d % 10)}℃～${20 + (d % 8)}℃`);
    L.page.blank();
  }
}

function creditsOf(p: PaperStyle, r: () => number, L: Layout) {
  const pick = () => EDITORS[Math.floor(r() * EDITORS.length)]!;
  L.page.blank();
  if (p.promo && r() < 0.5) promoOf(p, r, L);
  if (p.credits === "editor-line") emitFurniture(L, `责任编辑 ${pick()}  美术编辑 ${pick()}  校对 ${pick()}`);
  else if (p.credits === "review-line")
    emitFurniture(L, `一审：${pick()} 二审：${pick()} 政审：${pick()} 美编：${pick()}`);
  else emitFurniture(L, `本期值班副总编 / ${pick()} 责任编辑 / ${pick()} 责任校对 / ${pick()}`);
  if (p.hotline)
    emitFurniture(
      L,
      r() < 0.5
        ? `新闻热线：0${530 + Math.floor(r() * 9)}-${2000000 + Math.floor(r() * 7000000)}`
        : `投稿邮箱：news${Math.floor(r() * 90 + 10)}@163.com`,
    );
  if (p.promo && !L.gold.furniture.some((f) => f.startsWith("扫码"))) promoOf(p, r, L);
}

/** An app promotion, often with its slogan on a line of its own. */
function promoOf(p: PaperStyle, r: () => number, L: Layout) {
  const gap = r() < 0.5;
  emitFurniture(L, `扫码下载${p.name.replace(/报$/u, "")}客户端`);
  if (gap) L.page.blank();
  if (r() < 0.8)
    emitFurniture(L, ["看新闻 上客户端", "新闻早知道", "读懂家乡事", "找记者 有回音"][Math.floor(r() * 4)]!);
  if (gap) L.page.blank();
}

/** The paragraphs of a story as printed: OCR slips applied, the dateline and bracket byline left out. */
function printedParagraphs(p: PaperStyle, s: Story, r: () => number): string[] {
  return s.paragraphs.map((t) => ocrSlips(t, p.ocr, r));
}

function emitLines(L: Layout, p: PaperStyle, text: string, label: LineLabel, r: () => number, first: boolean) {
  const lines = wrap((p.indent && first ? "　　" : "") + text, p.wrap);
  for (const raw of lines) {
    let line = raw;
    if (p.splitNumbers) line = splitNumbers(line);
    if (p.letterSpacing && r() < p.letterSpacing) line = letterSpace(line);
    L.page.emit(line, label);
  }
}

function emitHeadline(L: Layout, p: PaperStyle, s: Story, r: () => number) {
  const kicker = p.stacks ? s.kicker : undefined;
  const subtitle = p.stacks ? s.subtitle : undefined;
  if (kicker) L.page.emit(kicker, "headline");
  const title = s.title;
  if (p.wrapHeadlines && p.wrap !== null && width(title) > p.wrap * 0.9 && !/\s/u.test(title)) {
    const half = Math.ceil([...title].length / 2);
    L.page.emit([...title].slice(0, half).join(""), "headline");
    L.page.emit([...title].slice(half).join(""), "headline");
  } else L.page.emit(p.letterSpacing > 0.5 && r() < 0.5 ? letterSpace(title) : title, "headline");
  if (subtitle) L.page.emit(subtitle, "headline");
}

/** A headline set beside the next one: the next story's title, printed on this line after a space. */
let sharedNext: string | null = null;

function emitStory(
  L: Layout,
  p: PaperStyle,
  s: Story,
  r: () => number,
  opts: { jump: boolean; next: Story | undefined },
) {
  const by = bylineOf(p, s, r);
  const dateline = datelineOf(p);
  let paragraphs = printedParagraphs(p, s, r);
  // a front-page story continued elsewhere: its last paragraph stops mid-sentence before the jump line
  if (opts.jump && paragraphs.length > 1) {
    const last = paragraphs.at(-1)!;
    paragraphs = [
      ...paragraphs.slice(0, -1),
      [...last].slice(0, Math.max(8, Math.floor([...last].length / 2))).join(""),
    ];
  }
  const displaced = r() < p.displaced;
  const headlineAbove = p.headline === "above" && !displaced;
  if (sharedNext === s.title) {
    // this story's title stood on the line before, beside the last story's: its body follows directly
    sharedNext = null;
  } else if (headlineAbove) {
    emitHeadline(L, p, s, r);
    if (r() < 0.7) L.page.blank();
  }
  for (const b of by.opening) L.page.emit(p.letterSpacing > 0.5 ? letterSpace(b) : b, "byline");
  if (by.opening.length && r() < 0.6) L.page.blank();
  if (s.note) {
    emitLines(L, p, ocrSlips(s.note, p.ocr, r), "text", r, true);
    if (p.blankBetweenParagraphs || r() < 0.5) L.page.blank();
  }
  const captionAt = s.caption && p.captions !== "none" ? Math.min(paragraphs.length - 1, 1) : -1;
  let closingOwnLine = false;
  paragraphs.forEach((para, i) => {
    const sub = s.subheads?.[String(i)];
    if (sub) {
      L.page.blank();
      const k = Object.keys(s.subheads!).indexOf(String(i));
      L.page.emit(p.ordinalSubheads ? `${"一二三四五六"[k]}、${sub}` : sub, "headline");
      L.page.blank();
    }
    const lead = i === 0 && dateline ? `${dateline}${by.bracket ?? " "}` : "";
    // a closing byline runs on at the paragraph's end, or stands on a line of its own (as slash credits always do)
    const ownLine = by.closing !== null && (p.byline === "slash-closing" || r() < 0.4);
    closingOwnLine = ownLine;
    const text = lead + para + (i === paragraphs.length - 1 && by.closing && !ownLine ? by.closing : "");
    if (i === captionAt) {
      // the caption stands where the photo cut the column: inside a sentence
      const cut = text.indexOf("，", Math.floor(text.length / 3));
      if (cut > 0) {
        emitLines(L, p, text.slice(0, cut + 1), "text", r, true);
        if (p.captions === "separate") L.page.blank();
        L.page.emit(s.caption!, "caption");
        if (p.captions === "separate") L.page.blank();
        emitLines(L, p, text.slice(cut + 1), "text", r, false);
        // the sentence must read unbroken across the cut (the dateline and bracket byline are not body text)
        L.gold.reflow.push(text.slice(Math.max(lead.length, cut - 8), cut + 9));
      } else emitLines(L, p, text, "text", r, true);
    } else emitLines(L, p, text, "text", r, true);
    if (p.blankBetweenParagraphs) L.page.blank();
  });
  for (const f of s.fields ?? []) L.page.emit(f, "text");
  if (by.closing && closingOwnLine) {
    if (r() < 0.4) L.page.blank();
    L.page.emit(by.closing, "byline");
  }
  if (opts.jump) emitFurniture(L, `（下转第${2 + Math.floor(r() * 3)}版）`);
  if (!headlineAbove) {
    L.page.blank();
    const next = opts.next;
    if (next && p.headline === "below" && r() < p.sharedLines && !next.kicker && !(p.stacks && s.subtitle)) {
      // two headlines side by side: this story's (below it) and the next one's (above it), on one line
      L.page.emit(`${s.title} ${next.title}`, "headline");
      sharedNext = next.title;
      L.page.blank();
    } else emitHeadline(L, p, s, r);
  }
  L.page.blank();
  L.gold.articles.push({
    ...(p.stacks && s.kicker ? { kicker: s.kicker } : {}),
    title: s.title,
    ...(p.stacks && s.subtitle ? { subtitle: s.subtitle } : {}),
    authors: names(s),
    anchors: anchorsOf(paragraphs),
    districts: [],
  });
  return displaced;
}

/** A column of briefs: a short headline marked ■ over one paragraph each. */
function emitBriefs(L: Layout, p: PaperStyle, stories: Story[], r: () => number) {
  L.page.emit("简讯", "headline");
  L.page.blank();
  for (const s of stories) {
    const title = s.title.replace(/\s.*$/u, "");
    L.page.emit(`■${title}`, "headline");
    const para = ocrSlips(s.paragraphs[0]!, p.ocr, r);
    const closing = names(s).length ? `（${names(s).join(" ")}）` : "";
    emitLines(L, p, `${para}${closing}`, "text", r, true);
    L.page.blank();
    L.gold.articles.push({ title, authors: names(s), anchors: anchorsOf([para]), districts: [] });
  }
}

/** Numbered briefs with no headline: one column of briefs, read as one story. */
function emitNumbered(L: Layout, p: PaperStyle, stories: Story[], r: () => number) {
  const paras = stories.map((s, i) => {
    const para = ocrSlips(s.paragraphs[0]!, p.ocr, r);
    emitLines(L, p, `${i + 1}.${para}`, "text", r, true);
    L.page.blank();
    return para;
  });
  if (paras.length) L.gold.articles.push({ authors: [], anchors: anchorsOf(paras), districts: [] });
}

function layOut(p: PaperStyle, shuffled: Story[], pageNo: number, date: Date): Layout {
  const r = rng(seedOf(`${p.id}-${pageNo}`));
  const L: Layout = { page: new Page(), gold: { articles: [], furniture: [], reflow: [] } };
  mastheadOf(p, date, pageNo, r, L);
  const count = 3 + Math.floor(r() * 3);
  sharedNext = null;
  const told = shuffled.slice(0, count);
  for (const [i, s] of told.entries())
    emitStory(L, p, s, r, { jump: pageNo === 1 && i === 0 && p.masthead, next: told[i + 1] });
  if (p.briefs) emitBriefs(L, p, shuffled.slice(count, count + 3), r);
  if (p.numberedBriefs) emitNumbered(L, p, shuffled.slice(count + 3, count + 6), r);
  creditsOf(p, r, L);
  if (p.formFeed) L.page.emit("\f", "");
  return L;
}

function main() {
  const out = process.argv[2] ?? join(here, "../corpus/laid-out");
  rmSync(out, { recursive: true, force: true });
  // held-out papers draw on stories the development papers never print
  const devPool = POOL.slice(0, 30);
  const heldPool = POOL.slice(30);
  for (const p of PAPERS) {
    const dir = join(out, p.id);
    mkdirSync(dir, { recursive: true });
    // a paper prints each story once: its pages take turns through one shuffle of the pool
    const r = rng(seedOf(p.id));
    const pool = (HELD_OUT.has(p.id) ? heldPool : devPool)
      .map((s) => ({ s, k: r() }))
      .sort((a, b) => a.k - b.k)
      .map((x) => x.s);
    for (let pageNo = 1; pageNo <= 3; pageNo++) {
      const date = new Date(Date.UTC(2024, 2 + (seedOf(p.id) % 8), 4 + pageNo));
      const per = Math.floor(pool.length / 3);
      const L = layOut(p, pool.slice((pageNo - 1) * per, pageNo * per), pageNo, date);
      const iso = date.toISOString().slice(0, 10);
      const base = `${iso}-p0${pageNo}`;
      writeFileSync(join(dir, `${base}.txt`), `${L.page.lines.join("\n")}\n`);
      const gold = {
        file: `${base}.txt`,
        about: `${p.name} (${p.id}), page ${pageNo}, laid out by eval/generator from eval/generator/stories.json.`,
        ...L.gold,
        optional: [],
        lineLabels: L.page.labels,
      };
      writeFileSync(join(dir, `${base}.gold.json`), `${JSON.stringify(gold, null, 1)}\n`);
    }
  }
  console.log(`generated ${PAPERS.length * 3} pages of ${PAPERS.length} papers into ${out}`);
}

if (import.meta.filename === process.argv[1]) main();
