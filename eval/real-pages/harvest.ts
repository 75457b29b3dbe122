/**
 * Real stories, as a harvest of stored public e-paper pages gives them (one JSON file a paper, kept outside
 * the repository: LUBAO_REAL_STORIES, by default /work/scratch/real-stories), read into what a page prints of
 * each: its head, its byline, and its body as printed (paragraphs, captions, credit lines), in order.
 *
 * The store the harvest was copied from folds full-width punctuation to ASCII (，（）：；！？ → ,():;!?) and
 * cuts pages at about 1,500 characters: the punctuation is set back to full width where Chinese text stands
 * beside it, and a story the cut left unfinished ends at its last finished sentence.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Where the harvest is read from. */
export const HARVEST_DIR = process.env["LUBAO_REAL_STORIES"] ?? "/work/scratch/real-stories";

/** One element of a story's body as printed, in order. */
export interface BodyPart {
  kind: "text" | "caption" | "credit" | "jump" | "furniture";
  text: string;
}

/** A real story as a page prints it. */
export interface RealStory {
  /** The harvest's paper id, and the page the story was read from. */
  paper: string;
  url: string;
  date: string | null;
  /** The 版 the story was printed on, as the page shows it (A03, 02), when it does. */
  page: string | null;
  kicker: string | null;
  /** The printed title, or null where the stored page shows none (the story is printed without a head). */
  title: string | null;
  /** The title as printed over several lines, where the page broke it. */
  titleLines: string[];
  subtitle: string | null;
  /** The byline printed apart from the body (on a line of its own), or null when the body carries it. */
  byline: string | null;
  /** Its authors' names, as the harvest gives them. */
  authors: string[];
  dateline: string | null;
  body: BodyPart[];
  /** A picture story: captions and their credits, no report. */
  picture: boolean;
  /** A column of numbered briefs (1.… 2.…) under one head. */
  numbered: boolean;
}

const HAN = /\p{Script=Han}/u;
/** Characters beside which a folded mark was a full-width one. */
const CJK_SIDE = /[\p{Script=Han}“”‘’《》、。…—）（]/u;

/** Set the marks the store folded back to full width where Chinese text stands beside them. */
export function fullWidth(text: string): string {
  const chars = [...text];
  const out: string[] = [];
  // brackets: full width when what they hold has Chinese in it
  const closeFor = new Map<number, number>();
  const stack: number[] = [];
  chars.forEach((c, i) => {
    if (c === "(") stack.push(i);
    else if (c === ")" && stack.length) closeFor.set(stack.pop()!, i);
  });
  const wideBracket = new Set<number>();
  for (const [open, close] of closeFor)
    if (HAN.test(chars.slice(open + 1, close).join(""))) wideBracket.add(open).add(close);
  chars.forEach((c, i) => {
    const before = chars[i - 1] ?? "";
    const after = chars[i + 1] ?? "";
    const cjkBeside = CJK_SIDE.test(before) || CJK_SIDE.test(after);
    const digitsAround = /\d/u.test(before) && /\d/u.test(after);
    if (c === "(" || c === ")") out.push(wideBracket.has(i) ? (c === "(" ? "（" : "）") : c);
    else if (c === "," && !digitsAround) out.push(cjkBeside || /\d/u.test(before) ? "，" : c);
    else if (c === ":" && !digitsAround) out.push(cjkBeside ? "：" : c);
    else if (c === ";") out.push(cjkBeside ? "；" : c);
    else if (c === "!") out.push(cjkBeside ? "！" : c);
    else if (c === "?") out.push(cjkBeside ? "？" : c);
    else out.push(c);
  });
  // a space the store left after a full-width mark is none
  return out
    .join("")
    .replace(/([，。：；！？、）（“”])\s+(?=\S)/gu, (m, mark: string) => (mark === "）" ? m : mark))
    .trim();
}

/** Lines of the stored page that are the site's, not the paper's. */
const SITE_NOISE = /处理标记|上一篇|下一篇|PDF版|enpproperty|<br\/>|品论天涯|新媒体出品|^(审核|终审)[|｜]|^[◥●■]*详见/u;
/** A credit printed on a line of its own: a photographer's, a reporter's, a source's. */
const CREDIT_LINE =
  /^([□■◎]\s*\S.{0,30}|(文\/图|图\/文|文|图)\s*[/／]?\s*记者.{2,20}|.{1,30}(摄|摄影|文\/图|图\/文|报道|供图)|据(新华社|央视|新闻联播).{0,6}|新华社发|(记者|编辑)[|｜].{2,20})$/u;
/** A byline set on a line of its own inside the body: 晚报首席记者 周旷达, 全媒体记者 (its name on the next line). */
const BYLINE_LINE = /^(\S{0,12}(记者|通讯员|实习生)(\s+[\p{Script=Han}·]{2,4}){0,3}|[\p{Script=Han}·]{2,4}\s*摄)$/u;
/** Furniture the paper prints inside a story's space: a QR code's call. */
const FURNITURE_LINE = /^(扫扫二维码|扫码.{0,10}|听听现场同期声)$/u;
/** A jump to another page on a line of its own: （下转第三版）. */
const JUMP_LINE = /^[（(]\s*(下转|转|接|上接)\s*第?[\d一二三四五六七八九十A-Z]+版\s*[)）]$/u;
/** The harvest's placeholder for a head the stored page did not show. */
const PLACEHOLDER = /^[（(].*(未显示|无标题).*[)）]$/u;

/** Where a story's text stops at a finished sentence. */
function finished(text: string): string | null {
  const m = /^.*[。！？…”』）](?=[^。！？…”』）]*$)/su.exec(text);
  if (!m) return null;
  // a closing bracket or quote counts only after a sentence mark
  const t = m[0];
  return /[。！？…][”』）]*$/u.test(t) ? t : finished(t.slice(0, -1));
}

interface RawStory {
  url: string;
  date: string | null;
  page: string | number | null;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  byline: string | null;
  authors: string[];
  dateline: string | null;
  paragraphs: string[];
  captions: string[];
  complete: boolean;
  titleShown: boolean;
}

const ink = (s: string) => s.replace(/\s+/gu, "");

/** One harvested story read into what its page prints, or null when nothing printable is left. */
export function storyOf(raw: RawStory, paper: string): RealStory | null {
  const captions = new Set(raw.captions.map((c) => ink(fullWidth(c.split(" / ")[0]!))));
  const byline = raw.byline ? fullWidth(raw.byline) : null;
  let body: BodyPart[] = [];
  for (const p of raw.paragraphs) {
    const text = fullWidth(p);
    if (!text || SITE_NOISE.test(text)) continue;
    const kind: BodyPart["kind"] = JUMP_LINE.test(text)
      ? "jump"
      : FURNITURE_LINE.test(text)
        ? "furniture"
        : captions.has(ink(text))
          ? "caption"
          : (byline && ink(text) === ink(byline)) ||
              (text.length <= 34 && (CREDIT_LINE.test(text) || BYLINE_LINE.test(text)) && !/[。，]/u.test(text))
            ? "credit"
            : "text";
    body.push({ kind, text });
  }
  if (!raw.complete) {
    // the store cut the page: end at the last finished sentence, dropping an unfinished last paragraph
    const lastText = body.findLastIndex((b) => b.kind === "text");
    if (lastText >= 0) {
      const cut = finished(body[lastText]!.text);
      body = cut ? [...body.slice(0, lastText), { kind: "text", text: cut }] : body.slice(0, lastText);
    }
  }
  if (!body.some((b) => b.kind !== "credit")) return null;
  const title = raw.titleShown && !PLACEHOLDER.test(raw.title) ? fullWidth(raw.title.replace(/\n/gu, "")) : null;
  const printedInBody = byline !== null && body.some((b) => ink(b.text).includes(ink(byline)));
  const picture =
    /图片新闻/u.test(`${raw.kicker ?? ""}${raw.title}`) ||
    (byline !== null && /摄$|摄影$|文\/图$/u.test(byline) && body.filter((b) => b.kind === "text").length <= 2);
  return {
    paper,
    url: raw.url,
    date: raw.date,
    page: raw.page === null ? null : String(raw.page),
    kicker: raw.kicker ? fullWidth(raw.kicker) : null,
    title,
    titleLines: raw.titleShown && raw.title.includes("\n") ? raw.title.split("\n").map(fullWidth) : [],
    subtitle: raw.subtitle ? fullWidth(raw.subtitle) : null,
    byline: printedInBody ? null : byline,
    authors: raw.authors,
    dateline: raw.dateline,
    body,
    picture,
    numbered: body.filter((b) => /^\d{1,2}[.．、]/u.test(b.text)).length >= 2,
  };
}

/** A harvested paper: its id and name, and its stories. */
export interface HarvestPaper {
  id: string;
  name: string;
  province: string;
  stories: RealStory[];
}

/** Every paper of the harvest with the stories that have something printable, in file order. */
export function readHarvest(dir = HARVEST_DIR): HarvestPaper[] {
  if (!existsSync(dir)) throw new Error(`no harvest of real stories at ${dir} (LUBAO_REAL_STORIES)`);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const doc = JSON.parse(readFileSync(join(dir, f), "utf8")) as {
        paper: { id: string; name: string; province: string };
        stories: RawStory[];
      };
      return {
        id: doc.paper.id,
        name: doc.paper.name,
        province: doc.paper.province,
        // a story whose address the store did not show cannot be named in SOURCES.tsv: it is left out
        stories: doc.stories.filter((s) => /^https?:\/\//u.test(s.url)).flatMap((s) => storyOf(s, doc.paper.id) ?? []),
      };
    });
}
