/**
 * One page of real stories laid out as a text export gives it, with gold by construction (the format of
 * ../shared/gold) and a label for every line (what the line model is fitted on).
 */
import { splitNumbers, width, wrap } from "../typeset.ts";
import type { Habits } from "./forms.ts";
import type { BodyPart, RealStory } from "./harvest.ts";

export type LineLabel = "text" | "headline" | "byline" | "furniture" | "caption" | "";

/** A story as the gold holds it. */
export interface GoldArticle {
  kicker?: string;
  title?: string;
  subtitle?: string;
  authors: string[];
  anchors: string[];
  districts: string[];
}

export interface PageGold {
  articles: GoldArticle[];
  furniture: string[];
  reflow: string[];
}

/** What a page holds, in print order. */
export type Item =
  /** a story, its head printed (unless it has none or `headless`) */
  | { kind: "story"; story: RealStory; headless?: boolean }
  /** picture stories under a 图片新闻 label, or standing alone */
  | { kind: "pictures"; label: string | null; stories: RealStory[] }
  /** the rest of a story whose head and start stand on another page: （上接第一版）… */
  | { kind: "continuation"; story: RealStory; runIn: boolean }
  /** page furniture between stories: a slogan, a promotion */
  | { kind: "furniture"; text: string };

export interface PagePlan {
  header: string[];
  items: Item[];
  footer: string[];
  /**
   * A picture story set between two lines of a sentence of the story at this item (wrapped forms only): the
   * column's photo cut the sentence. The picture stands on the page nowhere else.
   */
  inSentence: { host: number; picture: RealStory } | null;
}

const ink = (s: string) => s.replace(/\s+/gu, "");

/** The lines and labels of a page as it is written. */
class Sheet {
  lines: string[] = [];
  labels: LineLabel[] = [];
  private readonly numbersApart: boolean;
  constructor(numbersApart: boolean) {
    this.numbersApart = numbersApart;
  }
  emit(text: string, label: LineLabel): number {
    // (a byline the paper printed on two lines, 记者 X / 通讯员 Y, is two lines of that label)
    for (const line of text.split("\n")) {
      this.lines.push(this.numbersApart && label !== "furniture" ? splitNumbers(line) : line);
      this.labels.push(line.trim() ? label : "");
    }
    return this.lines.length - 1;
  }
  blank(): void {
    if (this.lines.length && this.lines.at(-1) !== "") {
      this.lines.push("");
      this.labels.push("");
    }
  }
}

/** A dateline and the bracket byline right after it, as the first paragraph prints them: not body text for anchors. */
const LEAD = /^(【[^】]+】|\S{0,16}?(讯|电))\s*([（(][^）)]{0,40}[）)])?\s*/u;
/** What may stand between a dateline and the text: the reporters' line of an older paper (记者X、Y报道：). */
const REPORTER =
  /^((?=[^：:]{0,16}(记者|通讯员))[\p{Script=Han}·、\s]{2,20}?报道[：:]|(本报)?记者\s*[\p{Script=Han}·]{2,6}\s+)/u;
/** What a story's last paragraph may end with that is not its text: names in brackets, a picture's credit. */
const TAIL =
  /([（(][^（）()]{1,40}[）)]|(?<=[。！？”])[^。！？”]{0,40}(摄|摄影|摄影报道|供图|文\/图|(记者|通讯员)[^。！？”]{0,20}))\s*$/u;

/** A first paragraph's text after its dateline and byline. */
const withoutLead = (t: string) => t.replace(LEAD, "").replace(REPORTER, "");
/** A last paragraph's text before a closing byline or credit. */
const withoutTail = (t: string) => t.replace(TAIL, "");

/** The lines a paragraph prints as, wrapped at the form's width and indented. */
const paragraphLines = (text: string, h: Habits): string[] => wrap(`${h.form.indent}${text}`, h.form.wrap);

/** Where in a paragraph's lines a picture can cut it: after a line that does not end a sentence, mid-paragraph. */
function cutIn(lines: string[]): number {
  if (lines.length < 3) return -1;
  for (let c = Math.floor(lines.length / 2); c < lines.length - 1; c++)
    if (!/[。！？”]$/u.test(lines[c - 1]!)) return c;
  return -1;
}

/** A head's lines as printed: kicker, the title (over the lines the page broke it into), the subtitle. */
function headLines(s: RealStory, h: Habits, byline: string | null): { lines: string[]; bylineOnHead: boolean } {
  const lines: string[] = [];
  // type of other sizes comes out of a PDF as a block of its own
  const apart = () => {
    if (h.form.headBlocks && lines.length) lines.push("");
  };
  if (s.kicker) lines.push(...s.kicker.split("\n"));
  apart();
  const title = s.title!;
  const subtitle = s.subtitle?.split("\n") ?? [];
  if (h.form.headOneLine) {
    // 新区老干部情况通报会召开 孙永红出席并讲话   □记者 X 报道
    lines.push([`${[title, ...subtitle].join(" ")}`, byline].filter(Boolean).join("   "));
    return { lines, bylineOnHead: byline !== null };
  }
  if (s.titleLines.length > 1) lines.push(...s.titleLines);
  else if (h.form.wrap !== null && width(title) > h.form.wrap * 1.6 && !/\s/u.test(title)) {
    // a head wider than the column is set over two lines
    const half = Math.ceil([...title].length / 2);
    lines.push([...title].slice(0, half).join(""), [...title].slice(half).join(""));
  } else lines.push(title);
  if (subtitle.length) apart();
  lines.push(...subtitle);
  return { lines, bylineOnHead: false };
}

/** Names of a story's authors that its printed text shows (a name spaced out, 李 安, counts). */
const authorsShown = (s: RealStory, printed: string) => s.authors.filter((a) => ink(printed).includes(ink(a)));

/**
 * Anchors: the opening words (after a dateline and its byline), a phrase from the middle and the closing words
 * of the printed text, each found once on the page. `avoid` holds what must not be inside one (a cut the
 * reflow test puts a caption into).
 */
function anchorsOf(parts: string[], pageInk: string, avoid: string[] = []): string[] {
  const texts = parts.map((t) => withoutTail(withoutLead(t))).filter((t) => ink(t).length >= 6);
  if (!texts.length) return [];
  const out: string[] = [];
  const tryAt = (t: string, from: number) => {
    const chars = [...ink(t)];
    for (let len = 12; len <= 24; len += 4)
      for (const start of [from, from + 4, from - 4, from + 8]) {
        const s = Math.max(0, Math.min(start, chars.length - len));
        const a = chars.slice(s, s + len).join("");
        if (a.length < 6) continue;
        if (avoid.some((x) => a.includes(x))) continue;
        if (pageInk.split(a).length === 2 && !out.some((o) => o.includes(a) || a.includes(o))) {
          out.push(a);
          return;
        }
      }
  };
  const first = texts[0]!;
  const last = texts.at(-1)!;
  tryAt(first, 0);
  if (texts.length > 2) {
    const mid = texts[Math.floor(texts.length / 2)]!;
    tryAt(mid, Math.floor([...ink(mid)].length / 2) - 6);
  }
  if (texts.length > 1 || [...ink(first)].length > 40) tryAt(last, [...ink(last)].length - 12);
  return out;
}

/** What one story's printing left to gold: its text parts, with where its body lines are. */
interface Printed {
  gold: Omit<GoldArticle, "anchors">;
  texts: string[];
  /** Line indexes of its text paragraphs' lines. */
  textLines: number[][];
  /** What no anchor may hold: the two sides of a cut a picture was set into. */
  avoid: string[];
}

/** Write a page: its lines, their labels and its gold. */
export function layPage(
  plan: PagePlan,
  h: Habits,
  r: () => number,
): { lines: string[]; labels: LineLabel[]; gold: PageGold } {
  const sheet = new Sheet(h.form.splitNumbers);
  const gold: PageGold = { articles: [], furniture: [], reflow: [] };
  const printed: Printed[] = [];
  const furniture = (text: string) => {
    sheet.emit(text, "furniture");
    gold.furniture.push(text);
  };
  const gap = (on: boolean) => {
    if (on) sheet.blank();
  };

  for (const f of plan.header) furniture(f);
  sheet.blank();

  /** Body parts of a story: text paragraphs, captions, credit lines, jumps and furniture; the text's line indexes. */
  const emitBody = (
    parts: BodyPart[],
    closing: string | null,
    asCaption: boolean,
    insert: (() => void) | null,
  ): { textLines: number[][]; cut: string | null } => {
    const textLines: number[][] = [];
    let cut: string | null = null;
    let pending = insert;
    const lastText = parts.findLastIndex((p) => p.kind === "text");
    parts.forEach((p, i) => {
      switch (p.kind) {
        case "text": {
          const label: LineLabel = asCaption ? "caption" : "text";
          const text = i === lastText && closing ? `${p.text}${closing}` : p.text;
          const lines = paragraphLines(text, h);
          const c = pending ? cutIn(lines) : -1;
          const at: number[] = [];
          lines.forEach((l, k) => {
            if (k === c && pending) {
              // the picture stands where it cut the column: inside the sentence
              const glued = r() < 0.4;
              if (!glued) sheet.blank();
              pending();
              pending = null;
              if (!glued) sheet.blank();
              cut = `${[...ink(lines[k - 1]!)].slice(-8).join("")}${[...ink(l)].slice(0, 8).join("")}`;
            }
            at.push(sheet.emit(l, label));
          });
          textLines.push(at);
          gap(h.form.paragraphGap);
          break;
        }
        case "caption":
          for (const l of wrap(p.text, h.form.wrap)) sheet.emit(l, "caption");
          gap(h.form.paragraphGap);
          break;
        case "credit":
          sheet.emit(p.text, /摄影?$|图$/u.test(p.text) ? "caption" : "byline");
          break;
        case "jump":
        case "furniture":
          furniture(p.text);
          break;
      }
    });
    return { textLines, cut };
  };

  const emitHead = (s: RealStory, byline: string | null): boolean => {
    const head = headLines(s, h, byline);
    for (const l of head.lines) sheet.emit(l, "headline");
    gap(h.form.headGap);
    return head.bylineOnHead;
  };

  const emitStory = (s: RealStory, headless: boolean, insert: (() => void) | null = null, inserted = false) => {
    const hasHead = s.title !== null && !headless;
    // a byline in brackets ends the last paragraph; any other stands on a line of its own above the text
    // (a picture's credit lines in its body stand for its byline: it is not printed twice)
    const byline = s.body.some((b) => b.kind === "credit") ? null : s.byline;
    const closing = byline && /^[（(]/u.test(byline) ? byline : null;
    const opening = byline && !closing ? byline : null;
    let bylineDone = false;
    const above = hasHead && h.headline === "above";
    if (above && !h.form.headOnBody) bylineDone = emitHead(s, opening);
    if (opening && !bylineDone && !(above && h.form.headOnBody)) {
      for (const l of wrap(opening, h.form.wrap)) sheet.emit(l, "byline");
      bylineDone = true;
    }
    let parts = s.body;
    if (above && h.form.headOnBody) {
      // the head, its byline and the lead on one line, three spaces apart
      const firstText = parts.findIndex((p) => p.kind === "text");
      const head = headLines(s, { ...h, form: { ...h.form, headOneLine: true } }, opening);
      for (const l of head.lines.slice(0, -1)) sheet.emit(l, "headline");
      if (firstText === 0) {
        sheet.emit(`${head.lines.at(-1)}   ${parts[0]!.text}`, "headline");
        parts = parts.slice(1);
      } else sheet.emit(head.lines.at(-1)!, "headline");
      bylineDone = true;
    }
    const { textLines, cut } = emitBody(parts, closing, s.picture, insert);
    if (cut) gold.reflow.push(cut);
    if (hasHead && !above) {
      gap(true);
      emitHead(s, null);
    }
    if (!inserted) gap(h.form.storyGap);
    // a story's text is its paragraphs; a picture story's, its captions
    const hasText = s.body.some((p) => p.kind === "text");
    const texts = s.body.filter((p) => p.kind === (hasText ? "text" : "caption")).map((p) => p.text);
    const all = [s.kicker, s.title, s.subtitle, s.byline, ...s.body.map((p) => p.text)].join("");
    printed.push({
      gold: {
        ...(hasHead && s.kicker ? { kicker: s.kicker.replace(/\n/gu, " ") } : {}),
        ...(hasHead && s.title !== "图片新闻" ? { title: s.title! } : {}),
        ...(hasHead && s.subtitle ? { subtitle: s.subtitle.replace(/\n/gu, " ") } : {}),
        authors: authorsShown(s, all),
        districts: [],
      },
      texts,
      textLines,
      avoid: cut ? [cut.slice(6, 10)] : [],
    });
  };

  plan.items.forEach((item, k) => {
    switch (item.kind) {
      case "story": {
        const pic = plan.inSentence?.host === k && h.form.wrap !== null ? plan.inSentence.picture : null;
        emitStory(item.story, item.headless ?? false, pic ? () => emitStory(pic, true, null, true) : null);
        break;
      }
      case "pictures": {
        if (item.label) {
          sheet.emit(item.label, "headline");
          gap(h.form.headGap);
        }
        for (const s of item.stories) emitStory(s, false);
        break;
      }
      case "continuation": {
        const texts = item.story.body.filter((p) => p.kind === "text").map((p) => p.text);
        const jump = "（上接第一版）";
        gold.furniture.push(jump);
        const lines: number[][] = [];
        texts.forEach((t, i) => {
          if (i === 0 && !item.runIn) sheet.emit(jump, "furniture");
          const text = i === 0 && item.runIn ? `${jump}${t}` : t;
          // a continuation opens mid-paragraph: its first line is not indented
          const ls = wrap(i === 0 ? text : `${h.form.indent}${text}`, h.form.wrap);
          lines.push(ls.map((l) => sheet.emit(l, "text")));
          gap(h.form.paragraphGap);
        });
        gap(h.form.storyGap || k === 0);
        printed.push({ gold: { authors: [], districts: [] }, texts, textLines: lines, avoid: [] });
        break;
      }
      case "furniture":
        gap(true);
        furniture(item.text);
        gap(true);
        break;
    }
  });
  sheet.blank();
  for (const f of plan.footer) furniture(f);

  const pageInk = ink(sheet.lines.join("\n"));
  for (const p of printed) {
    const anchors = anchorsOf(p.texts, pageInk, p.avoid);
    if (anchors.length) gold.articles.push({ ...p.gold, anchors });
  }
  return { lines: sheet.lines, labels: sheet.labels, gold };
}
