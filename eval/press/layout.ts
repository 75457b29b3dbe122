import type { PressPaper, PressStory } from "./stories.ts";

/**
 * A page laid out as a newspaper sets one, in a house style drawn from the seed (style.ts-like choices here:
 * page size, grid, type sizes, header and footer): a header (a front page's nameplate with its date, issue
 * number, weather and 导读, or a section page's folio and 版名), rows of story modules across the grid — a
 * story over one to all columns (kicker, headline over its columns or set vertically beside them, subtitle,
 * author line, picture with caption, body flowed down its columns with a dateline, subheads and a closing
 * byline), several short stories stacked in a narrow group, boxed ■ briefs, picture stories (a frame and its
 * caption, with or without a title) — rules between stories, series banners, jump lines, and credits at the
 * foot. Pure: the same stories and seed give the same page.
 */

export type Role = "furniture" | "kicker" | "title" | "subtitle" | "byline" | "text" | "caption" | "subhead";
export type Face = "song" | "hei" | "kai";

/** A piece of a line set in one face (a dateline in 黑 before text in 宋). */
export interface Segment {
  text: string;
  face: Face;
}

/** One printed line: where its baseline starts (from the page's top-left), its type, and what it is. */
export interface SetLine {
  text: string;
  x: number;
  y: number;
  size: number;
  face: Face;
  /** Pieces in other faces, when the line mixes them (their texts make `text`). */
  segments?: Segment[];
  /** Extra space after each character (letter-spaced headlines). */
  spacing: number;
  /** Justified to this width: the renderer spaces the characters out to fill it (body lines but a paragraph's last). */
  justify?: number;
  /** Drawn twice a hair apart (fake bold, as some papers' PDFs do). */
  doubled: boolean;
  /** Filled and stroked (text rendering mode 2), another way PDFs embolden type. */
  stroked: boolean;
  /** Set top to bottom, one character under the other (竖排). */
  vertical: boolean;
  /** White type on a dark bar (a banner). */
  white: boolean;
  role: Role;
  /** Index of the story in PagePlan.stories, or null for the page's furniture. */
  story: number | null;
}

export interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
  kind: "picture" | "box" | "rule" | "bar";
}

export interface PlacedStory {
  story: PressStory;
  /** A boxed brief (■ title): its title printed after the mark. */
  brief: boolean;
  /** Paragraphs as printed (a story too long for its place is cut at a paragraph's end). */
  paragraphs: string[];
  /** Captions as printed (with their credits), and whether the title was printed. */
  captions: string[];
  titlePrinted: boolean;
  kickerPrinted: boolean;
  subtitlePrinted: boolean;
  dateline: string | null;
  /** Names the printed page credits (byline, dateline or closing byline). */
  authors: string[];
}

export interface PagePlan {
  width: number;
  height: number;
  paper: PressPaper;
  date: string;
  folio: number;
  pageName: string;
  lines: SetLine[];
  frames: Frame[];
  stories: PlacedStory[];
  furniture: string[];
}

/** A small seeded generator (mulberry32): pages are made again the same. */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
    chance: (p: number) => next() < p,
    between: (lo: number, hi: number) => lo + next() * (hi - lo),
  };
}
type Rnd = ReturnType<typeof random>;

/** Text wrapped at `perLine` characters, the first line indented `indent` characters (papers indent two). */
export function wrap(text: string, perLine: number, indent = 2): string[] {
  const chars = [...text];
  const out: string[] = [];
  let i = 0;
  let first = true;
  while (i < chars.length) {
    let room = Math.max(1, first ? perLine - indent : perLine);
    // no line opens with a closing mark (避头): it stays at the end of the line before, squeezed in
    while (i + room < chars.length && NO_LINE_START.has(chars[i + room]!)) room++;
    out.push(chars.slice(i, i + room).join(""));
    i += room;
    first = false;
  }
  return out;
}

/** Marks a line never opens with. */
const NO_LINE_START = new Set([..."，。、；：？！”’）》」』…—%"]);

/** A house style: the grid and type of one paper's page. */
interface Style {
  width: number;
  height: number;
  margin: number;
  cols: number;
  gutter: number;
  body: number;
  leading: number;
  front: boolean;
  /** How often stories are parted by rules, columns by column rules; how often headlines are centred. */
  rules: number;
  columnRules: number;
  centred: number;
  /** Dateline forms and byline forms the paper uses. */
  dateline: (names: string) => string;
  byline: (names: string) => string;
  /** The faces captions and bylines are set in (楷 mostly; some papers use 黑 or 宋). */
  captionFace: Face;
  bylineFace: Face;
}

const PAGE_SIZES = [
  [1000, 1420],
  [842, 1191],
  [1017, 1438],
  [900, 1300],
] as const;

const DATELINES: readonly ((names: string) => string)[] = [
  (n) => (n ? `本报讯（记者 ${n}）` : "本报讯 "),
  (n) => (n ? `本报讯（记者${n}）` : "本报讯　"),
  (n) => (n ? `本报讯 记者${n} 报道　` : "本报讯　"),
  (n) => (n ? `本报讯（全媒体记者 ${n}）` : "本报讯 "),
];
const BYLINES: readonly ((names: string) => string)[] = [
  (n) => `□本报记者 ${n}`,
  (n) => `本报记者 ${n}`,
  (n) => `■记者 ${n}`,
  (n) => `文/图 记者 ${n}`,
  (n) => `记者 ${n}`,
  // an essay's or a commentary's author: the name alone, a two-character name spaced wide
  (n) => n.replace(/^([\p{Script=Han}])([\p{Script=Han}])$/u, "$1　$2"),
];

function styleOf(rnd: Rnd, folio: number): Style {
  const [width, height] = rnd.pick(PAGE_SIZES);
  const body = rnd.pick([8.5, 9, 9, 9.5, 10]);
  return {
    width,
    height,
    margin: rnd.pick([24, 30, 36]),
    cols: rnd.pick([5, 6, 6, 7, 8]),
    gutter: rnd.pick([8, 10, 12, 14]),
    body,
    leading: body * rnd.pick([1.35, 1.45, 1.55]),
    front: folio === 1 && rnd.chance(0.8),
    rules: rnd.pick([0.2, 0.6, 0.9]),
    columnRules: rnd.pick([0, 0.4, 0.8]),
    centred: rnd.pick([0.2, 0.6, 0.9]),
    dateline: rnd.pick(DATELINES),
    byline: rnd.pick(BYLINES),
    captionFace: rnd.pick(["kai", "kai", "kai", "hei", "song"] as const),
    bylineFace: rnd.pick(["kai", "kai", "hei", "song"] as const),
  };
}

interface Ctx {
  s: Style;
  lines: SetLine[];
  frames: Frame[];
  rnd: Rnd;
  furniture: string[];
  colW: number;
}

const setLine = (l: Partial<SetLine> & Pick<SetLine, "text" | "x" | "y" | "size" | "face" | "role">): SetLine => ({
  spacing: 0,
  doubled: false,
  stroked: false,
  vertical: false,
  white: false,
  story: null,
  ...l,
});

const widthOf = (c: Ctx, span: number) => span * c.colW + (span - 1) * c.s.gutter;
const chars = (t: string) => [...t].length;

/** Furniture: printed, and listed for the gold (it must stand in no story). */
function furnish(c: Ctx, text: string, x: number, y: number, size: number, face: Face, extra: Partial<SetLine> = {}) {
  c.lines.push(setLine({ text, x, y, size, face, role: "furniture", ...extra }));
  c.furniture.push(text);
}

/** Headline lines over a width: centred or set left, letter-spaced when short, wrapped when long. */
function headline(
  c: Ctx,
  text: string,
  x: number,
  y: number,
  w: number,
  size: number,
  role: Role,
  story: number,
  face: Face,
  bold: boolean,
): number {
  const perLine = Math.max(3, Math.floor(w / size));
  const parts = chars(text) <= perLine ? [text] : wrap(text, perLine, 0);
  const spaced = role === "title" && parts.length === 1 && chars(text) * size * 1.6 < w && c.rnd.chance(0.3);
  const doubled = bold && c.rnd.chance(0.3);
  const centred = c.rnd.chance(c.s.centred);
  let yy = y;
  for (const p of parts) {
    const spacing = spaced ? Math.min(size * 0.8, (w - chars(p) * size) / Math.max(1, chars(p))) : 0;
    const printedW = chars(p) * (size + spacing) - spacing;
    yy += size * 1.12;
    c.lines.push(
      setLine({
        text: p,
        x: centred ? x + (w - printedW) / 2 : x,
        y: yy,
        size,
        face,
        spacing,
        doubled,
        stroked: bold && !doubled,
        role,
        story,
      }),
    );
  }
  return yy + size * 0.3;
}

/** A picture frame and its caption lines under it; returns where the caption ends. */
function picture(c: Ctx, x: number, y: number, w: number, h: number, caption: string | null, story: number): number {
  c.frames.push({ x, y, w, h, kind: "picture" });
  let yy = y + h + 3;
  if (!caption) return yy;
  const size = c.s.body * c.rnd.pick([0.9, 1]);
  for (const p of wrap(caption, Math.floor(w / size), 0)) {
    yy += size * 1.35;
    c.lines.push(setLine({ text: p, x, y: yy, size, face: c.s.captionFace, role: "caption", story }));
  }
  return yy + 4;
}

/** A caption with its photographer's credit, as papers print them. */
function credited(c: Ctx, caption: string, authors: string[]): string {
  // a caption that carries its credit already keeps it
  if (/摄[）)]?$|供图[）)]?$/u.test(caption)) return caption;
  const who = authors[0] ?? c.rnd.pick(["王磊", "李静", "张帆", "刘洋"]);
  return c.rnd.pick([`${caption} 本报记者 ${who} 摄`, `${caption}（本报记者 ${who} 摄）`, `${caption} ${who} 摄`]);
}

/** Body lines of a story: paragraphs wrapped to a column, subheads on lines of their own. */
interface BodyLine {
  text: string;
  indent: number;
  subhead: boolean;
  /** The last line of its paragraph (set ragged; the others are justified to the column). */
  last: boolean;
  /** The dateline's characters at the line's start (set in 黑). */
  dateline: number;
}

function bodyLines(placed: PlacedStory, perLine: number): BodyLine[][] {
  const s = placed.story;
  return placed.paragraphs.map((p, k) => {
    const out: BodyLine[] = [];
    const sub = s.subheads[k];
    if (sub) out.push({ text: sub, indent: 0, subhead: true, last: true, dateline: 0 });
    const lead = k === 0 && placed.dateline ? placed.dateline : "";
    const wrapped = wrap(lead + p, perLine);
    for (const [i, t] of wrapped.entries())
      out.push({
        text: t,
        indent: i === 0 ? 2 : 0,
        subhead: false,
        last: i === wrapped.length - 1,
        dateline: i === 0 ? chars(lead) : 0,
      });
    return out;
  });
}

/**
 * A story set in `span` columns from (x, y), down to at most `bottom`, `inset` in from each side (a story in a
 * box); returns where it ends. Its headline stands over its columns (or, now and then, vertically at their right).
 */
function setStory(
  c: Ctx,
  placed: PlacedStory,
  index: number,
  x0: number,
  y: number,
  span: number,
  bottom: number,
  inset = 0,
): number | null {
  const s = placed.story;
  const { rnd } = c;
  const body = c.s.body;
  const x = x0 + inset;
  let w = widthOf(c, span) - 2 * inset;
  let yy = y;
  const bodyX = x;
  if (placed.brief) {
    if (s.title)
      yy = headline(c, `■${s.title}`, x, yy, w, body * rnd.pick([1.1, 1.2, 1.3]), "title", index, "hei", true);
    placed.titlePrinted = s.title !== null;
  } else {
    const big =
      span >= 4 ? rnd.pick([3.2, 3.8, 4.4, 5]) : span >= 2 ? rnd.pick([2.2, 2.6, 3]) : rnd.pick([1.6, 1.9, 2.2]);
    const size = Math.round(body * big);
    const face: Face = rnd.pick(["hei", "hei", "song"]);
    // a vertical title stands within the story's own height
    const vertical =
      s.title !== null && span >= 2 && chars(s.title) * size * 1.05 < 0.6 * (bottom - yy) && rnd.chance(0.1);
    if (s.kicker && rnd.chance(0.85)) {
      yy = headline(
        c,
        s.kicker,
        x,
        yy,
        w,
        Math.max(body * 1.2, Math.round(size * 0.45)),
        "kicker",
        index,
        "hei",
        false,
      );
      placed.kickerPrinted = true;
    }
    if (s.title && vertical) {
      // the title stands down the story's right edge, one character under the other, the story to its left
      const vx = x + w - size;
      for (const [i, ch] of [...s.title].entries())
        c.lines.push(
          setLine({
            text: ch,
            x: vx,
            y: yy + (i + 1) * size * 1.05,
            size,
            face,
            vertical: true,
            role: "title",
            story: index,
          }),
        );
      w -= size + c.s.gutter;
      placed.titlePrinted = true;
      const author = s.authors[0];
      if (author && rnd.chance(0.6)) {
        // the author's name set down beside the title, smaller, as essays print it
        const small = Math.max(body * 1.2, Math.round(size * 0.4));
        const ax = vx - small - 4;
        const ay = yy + [...s.title].length * size * 1.05 - [...author].length * small * 1.1;
        for (const [i, ch] of [...author].entries())
          c.lines.push(
            setLine({
              text: ch,
              x: ax,
              y: ay + (i + 1) * small * 1.1,
              size: small,
              face: c.s.bylineFace,
              vertical: true,
              role: "byline",
              story: index,
            }),
          );
        placed.authors = [author];
        w -= small + 4;
      }
    } else if (s.title) {
      yy = headline(c, s.title, x, yy, w, size, "title", index, face, rnd.chance(0.7));
      placed.titlePrinted = true;
    }
    if (s.subtitle && placed.titlePrinted && rnd.chance(0.85)) {
      const sub = rnd.chance(0.4) && !s.subtitle.startsWith("—") ? `——${s.subtitle}` : s.subtitle;
      yy = headline(c, sub, x, yy, w, Math.max(body * 1.2, Math.round(size * 0.5)), "subtitle", index, "hei", false);
      placed.subtitlePrinted = true;
    }
    yy += body * 0.6;
    const caption = s.captions[0];
    if (caption && span >= 2 && rnd.chance(0.6)) {
      const pw = rnd.chance(0.5) ? w : widthOf(c, Math.max(1, span - 1));
      const ph = Math.round(pw * rnd.pick([0.45, 0.6, 0.7]));
      if (yy + ph + 80 < bottom) {
        const text = credited(c, caption, s.authors);
        yy = picture(c, x, yy, pw, ph, text, index);
        placed.captions = [text];
      }
    }
  }
  const names = s.authors.slice(0, 2).join(" ");
  if (!placed.brief && names && !placed.dateline && placed.authors.length === 0 && rnd.chance(0.75)) {
    // the byline under the headline, on a line of its own
    const line = c.s.byline(names);
    yy += body * 1.5;
    const size = body * rnd.pick([1, 1.1]);
    c.lines.push(setLine({ text: line, x: bodyX, y: yy, size, face: c.s.bylineFace, role: "byline", story: index }));
    placed.authors = s.authors.slice(0, 2);
    yy += body * 0.4;
  }
  // body lines, balanced down the story's columns; a paragraph that would not fit is left out
  const cols = Math.max(1, Math.round((w + c.s.gutter) / (c.colW + c.s.gutter)));
  const colW = (w - (cols - 1) * c.s.gutter) / cols;
  const perLine = Math.floor(colW / body);
  const leading = c.s.leading;
  const rows = Math.floor((bottom - yy) / leading);
  const room = rows * cols;
  const paragraphs = bodyLines(placed, perLine);
  const kept: BodyLine[][] = [];
  let used = 0;
  for (const p of paragraphs) {
    if (used + p.length > room) break;
    kept.push(p);
    used += p.length;
  }
  if (kept.length === 0 && room > 0) {
    // not even the first paragraph fits: its first sentences that do are printed (the rest is left out)
    const sentences = placed.paragraphs[0]?.match(/[^。！？]+[。！？”]*/gu) ?? [];
    let cut = "";
    for (const t of sentences) {
      const trial = { ...placed, paragraphs: [cut + t] };
      if (bodyLines(trial, perLine)[0]!.length > room) break;
      cut += t;
    }
    if (cut) {
      placed.paragraphs = [cut];
      kept.push(bodyLines(placed, perLine)[0]!);
    }
  }
  // no paragraph fits: the story is not set here (the caller takes its lines back)
  if (kept.length === 0 && placed.captions.length === 0) return null;
  placed.paragraphs = placed.paragraphs.slice(0, kept.length);
  const closing =
    !placed.brief && placed.authors.length === 0 && !placed.dateline && names && rnd.chance(0.6)
      ? rnd.pick([`（${names}）`, `（记者 ${names}）`])
      : null;
  const all = kept.flat();
  if (closing && all.length > 0) {
    all.push({ text: closing, indent: -1, subhead: false, last: true, dateline: 0 });
    placed.authors = s.authors.slice(0, 2);
  }
  if (placed.dateline && names) placed.authors = s.authors.slice(0, 2);
  // some papers set a story's first paragraph (its lead, an editor's note) in 楷
  const leadInKai = !placed.brief && kept.length > 1 && rnd.chance(0.12);
  const leadLines = leadInKai ? kept[0]!.length : 0;
  const perColumn = Math.ceil(all.length / cols);
  let end = yy;
  for (let col = 0; col < cols; col++) {
    const cx = bodyX + col * (colW + c.s.gutter);
    for (const [k, l] of all.slice(col * perColumn, (col + 1) * perColumn).entries()) {
      const ly = yy + (k + 1) * leading;
      const inLead = col * perColumn + k < leadLines;
      const closingLine = l.indent < 0;
      const lx = closingLine ? cx + colW - chars(l.text) * body : cx + l.indent * body;
      if (l.subhead)
        c.lines.push(
          setLine({
            text: l.text,
            x: cx,
            y: ly,
            size: body * 1.1,
            face: "hei",
            stroked: true,
            role: "subhead",
            story: index,
          }),
        );
      else
        c.lines.push(
          setLine({
            text: l.text,
            x: lx,
            y: ly,
            size: body,
            face: inLead ? "kai" : "song",
            // justified to the column; a line holding a mark pulled up from the next (避头) is squeezed into it
            ...(l.last && chars(l.text) + l.indent <= perLine ? {} : { justify: perLine * body - l.indent * body }),
            ...(l.dateline > 0
              ? {
                  segments: [
                    { text: [...l.text].slice(0, l.dateline).join(""), face: "hei" as const },
                    { text: [...l.text].slice(l.dateline).join(""), face: "song" as const },
                  ],
                }
              : {}),
            role: closingLine ? "byline" : "text",
            story: index,
          }),
        );
      end = Math.max(end, ly);
    }
  }
  if (c.s.front && !placed.brief && all.length > 0 && rnd.chance(0.3)) {
    // a front-page story goes on inside: its jump line, the page's furniture
    const jump = rnd.pick(["（下转第2版）", "（下转第三版）", "下转A2版"]);
    end += leading;
    c.lines.push(
      setLine({ text: jump, x: x + w - chars(jump) * body, y: end, size: body, face: "hei", role: "furniture" }),
    );
    c.furniture.push(jump);
  }
  return end + body * 1.2;
}

/** A picture story: a frame, its caption with the credit, and a title over it or none. */
function setPictureStory(
  c: Ctx,
  placed: PlacedStory,
  index: number,
  x: number,
  y: number,
  span: number,
  bottom: number,
): number | null {
  const s = placed.story;
  const w = widthOf(c, span);
  let yy = y;
  if (s.title && c.rnd.chance(0.6)) {
    yy = headline(
      c,
      s.title,
      x,
      yy,
      w,
      Math.round(c.s.body * c.rnd.pick([1.5, 1.8, 2.2])),
      "title",
      index,
      "hei",
      true,
    );
    placed.titlePrinted = true;
  }
  const ph = Math.min(bottom - yy - 60, Math.round(w * c.rnd.pick([0.5, 0.65, 0.75])));
  if (ph < 40) return null;
  const caption = credited(c, pictureText(s)!, s.authors);
  const end = picture(c, x, yy + 4, w, ph, caption, index);
  placed.captions = [caption];
  placed.paragraphs = [];
  return end;
}

/** What a picture story's caption says: the story's own caption, or its one short paragraph; null when it has neither. */
function pictureText(s: PressStory): string | null {
  if (s.captions.length) return s.captions.join("");
  return s.paragraphs.length === 1 && chars(s.paragraphs[0]!) <= 140 ? s.paragraphs[0]! : null;
}

const WEEKDAYS = "日一二三四五六";
const PAGE_NAMES = ["要闻", "综合", "民生", "经济", "区县", "社会", "城市", "文化", "时事", "本地新闻"];
const EDITORS = ["王丽", "张强", "刘洋", "陈晨", "赵敏", "孙伟", "周婷"];

/** The header: a front page's nameplate block, or a section page's folio and 版名; returns where the body starts. */
function header(c: Ctx, paper: PressPaper, date: string, folio: number, pageName: string, teasers: string[]): number {
  const { s, rnd } = c;
  const m = s.margin;
  const right = s.width - m;
  if (s.front) {
    const size = rnd.pick([44, 52, 60]);
    const nx = rnd.chance(0.5) ? m : (s.width - chars(paper.name) * size) / 2;
    furnish(c, paper.name, nx, m + size, size, "hei", { stroked: true });
    const info = [
      date,
      `农历${rnd.pick(["甲辰年", "乙巳年"])}${rnd.pick(["正月", "三月", "八月"])}${rnd.pick(["初六", "十二", "廿三"])}`,
      `第${10000 + Math.floor(rnd.next() * 9000)}期 今日${rnd.pick([8, 12, 16])}版`,
      `国内统一连续出版物号 CN37-00${10 + Math.floor(rnd.next() * 89)}`,
    ];
    let iy = m + 12;
    for (const t of info) {
      furnish(c, t, right - 230, iy, 10, "hei");
      iy += 15;
    }
    if (rnd.chance(0.5))
      furnish(
        c,
        `今日天气 晴 ${Math.floor(rnd.between(0, 15))}℃～${Math.floor(rnd.between(16, 30))}℃`,
        right - 230,
        iy,
        10,
        "hei",
      );
    let y = m + size + 26;
    c.frames.push({ x: m, y, w: s.width - 2 * m, h: 1.5, kind: "rule" });
    if (teasers.length && rnd.chance(0.7)) {
      // 导读: other pages' stories, each with its page
      y += 6;
      furnish(c, "导读", m, y + 14, 14, "hei", { stroked: true });
      let tx = m + 50;
      for (const [k, t] of teasers.slice(0, 3).entries()) {
        const text = `■${t} A${k + 2}`;
        if (tx + chars(text) * 10 > right) break;
        furnish(c, text, tx, y + 13, 10, "hei");
        tx += chars(text) * 10 + 20;
      }
      y += 22;
      c.frames.push({ x: m, y, w: s.width - 2 * m, h: 0.6, kind: "rule" });
    }
    return y + 10;
  }
  // a section page: the folio big at a top corner with its 版名, the paper's name and date small beside
  const big = rnd.pick([20, 24, 28]);
  const folioText = rnd.chance(0.5) ? `A${String(folio).padStart(2, "0")}` : String(folio);
  const left = rnd.chance(0.5);
  if (rnd.chance(0.5))
    furnish(c, `${folioText} ${pageName}`, left ? m : right - 140, m + big, big, "hei", { stroked: true });
  else {
    furnish(c, folioText, left ? m : right - 60, m + big, big, "hei", { stroked: true });
    furnish(c, pageName, left ? m + 70 : right - 140, m + big, big * 0.8, "hei");
  }
  const infoX = left ? m + 200 : m;
  furnish(c, date, infoX, m + 14, 10, "hei");
  if (rnd.chance(0.6)) furnish(c, paper.name, infoX, m + 30, 10, "hei");
  if (rnd.chance(0.5))
    furnish(
      c,
      `责任编辑：${rnd.pick(EDITORS)} 美编：${rnd.pick(EDITORS)} 校对：${rnd.pick(EDITORS)}`,
      infoX + 180,
      m + 14,
      9,
      "hei",
    );
  const y = m + big + 12;
  c.frames.push({ x: m, y, w: s.width - 2 * m, h: 1.2, kind: "rule" });
  return y + 10;
}

/** The foot: credits or the page number; returns where the body must end. */
function footer(c: Ctx, folio: number, pageName: string): number {
  const { s, rnd } = c;
  const y = s.height - s.margin;
  const kind = rnd.pick(["credits", "folio", "both", "none"] as const);
  if (kind === "none") return y;
  c.frames.push({ x: s.margin, y: y - 16, w: s.width - 2 * s.margin, h: 0.6, kind: "rule" });
  if (kind !== "folio")
    furnish(c, `责任编辑：${rnd.pick(EDITORS)}　美术编辑：${rnd.pick(EDITORS)}`, s.margin, y - 3, 9, "hei");
  if (kind !== "credits") furnish(c, `第${folio}版 ${pageName}`, s.width - s.margin - 90, y - 3, 9, "hei");
  return y - 22;
}

/** A series banner across the page: white type on a dark bar (furniture). */
const BANNERS = [
  "学习贯彻党的二十大精神",
  "奋进新征程 建功新时代",
  "深入学习贯彻习近平新时代中国特色社会主义思想",
  "喜迎国庆",
];

/** Column groups a row is cut into, for a grid of `cols` columns. */
function rowShape(rnd: Rnd, cols: number): number[] {
  const shapes: number[][] = [];
  for (let a = 1; a < cols; a++) shapes.push([a, cols - a]);
  for (let a = 1; a < cols - 1; a++) for (let b = 1; a + b < cols; b++) shapes.push([a, b, cols - a - b]);
  shapes.push([cols]);
  return rnd.pick(shapes);
}

/** Lay out one page from the stories given (it takes as many as fit, in order). */
export function layPage(
  stories: readonly PressStory[],
  seed: number,
  paper: PressPaper,
  folio: number,
  teasers: string[] = [],
): PagePlan {
  const rnd = random(seed);
  const s = styleOf(rnd, folio);
  const c: Ctx = {
    s,
    lines: [],
    frames: [],
    rnd,
    furniture: [],
    colW: (s.width - 2 * s.margin - (s.cols - 1) * s.gutter) / s.cols,
  };
  const month = 1 + Math.floor(rnd.next() * 12);
  const day = 1 + Math.floor(rnd.next() * 28);
  const date = `2024年${month}月${day}日 星期${WEEKDAYS[(month * 3 + day) % 7]}`;
  const pageName = rnd.pick(PAGE_NAMES);
  let y = header(c, paper, date, folio, pageName, teasers);
  const bottom = footer(c, folio, pageName);
  const placed: PlacedStory[] = [];
  let next = 0;
  const take = (brief = false): PlacedStory | null => {
    const story = stories[next];
    if (!story) return null;
    next++;
    const names = story.authors.slice(0, 2).join(" ");
    const withDateline = !brief && story.paragraphs.length > 0 && rnd.chance(0.45);
    const p: PlacedStory = {
      story,
      brief,
      paragraphs: [...story.paragraphs],
      captions: [],
      titlePrinted: false,
      kickerPrinted: false,
      subtitlePrinted: false,
      dateline: withDateline ? s.dateline(names) : null,
      authors: [],
    };
    placed.push(p);
    return p;
  };
  /** Set a story, or take back what it printed when it did not fit (it goes back to the pool's front). */
  const attempt = (p: PlacedStory, set: () => number | null): number | null => {
    const marks = [c.lines.length, c.frames.length];
    const end = set();
    if (end === null) {
      c.lines.length = marks[0]!;
      c.frames.length = marks[1]!;
      placed.pop();
      next--;
    }
    void p;
    return end;
  };
  let banner = rnd.chance(0.25);
  while (next < stories.length && bottom - y > 120) {
    if (banner && y > s.height * 0.4) {
      const text = rnd.pick(BANNERS);
      c.frames.push({ x: s.margin, y, w: s.width - 2 * s.margin, h: 24, kind: "bar" });
      furnish(c, text, s.margin + 20, y + 18, 16, "hei", { white: true });
      y += 34;
      banner = false;
    }
    const shape = rowShape(rnd, s.cols);
    let x = s.margin;
    let rowEnd = y;
    const rowBottom = Math.min(bottom, y + rnd.pick([260, 360, 460, 600]));
    for (const [k, span] of shape.entries()) {
      if (next >= stories.length) break;
      const w = widthOf(c, span);
      const kind = rnd.next();
      let end = y;
      if (span <= 2 && kind < 0.25 && next + 1 < stories.length) {
        // a box of two or three ■ briefs, each its title and first paragraph
        const top = y;
        let by = y + 6;
        for (let b = 0; b < rnd.pick([2, 3]) && by < rowBottom - 60; b++) {
          const p = take(true);
          if (!p) break;
          p.paragraphs = p.paragraphs.slice(0, 1);
          const set = attempt(p, () => setStory(c, p, placed.length - 1, x, by, span, rowBottom - 8, 6));
          if (set === null) break;
          by = set + 4;
        }
        c.frames.push({ x: x, y: top, w: w + 4, h: by - top, kind: "box" });
        end = by;
      } else if (kind < 0.35 && pictureText(stories[next]!) !== null) {
        const p = take();
        if (p) end = attempt(p, () => setPictureStory(c, p, placed.length - 1, x, y, span, rowBottom)) ?? y;
      } else if (span <= 3 && kind < 0.6) {
        // short stories stacked in a narrow group, rules between them
        let sy = y;
        for (let b = 0; b < 3 && sy < rowBottom - 90; b++) {
          const p = take();
          if (!p) break;
          const limit = b === 2 ? rowBottom : Math.min(rowBottom, sy + (rowBottom - y) / 2);
          const set = attempt(p, () => setStory(c, p, placed.length - 1, x, sy, span, limit));
          if (set === null) break;
          sy = set + 6;
          if (rnd.chance(s.rules)) c.frames.push({ x, y: sy - 4, w, h: 0.5, kind: "rule" });
        }
        end = sy;
      } else {
        const p = take();
        if (p) end = attempt(p, () => setStory(c, p, placed.length - 1, x, y, span, rowBottom)) ?? y;
      }
      rowEnd = Math.max(rowEnd, end);
      if (k > 0 && rnd.chance(s.columnRules))
        c.frames.push({ x: x - s.gutter / 2, y, w: 0.5, h: rowBottom - y, kind: "rule" });
      x += w + s.gutter;
    }
    y = rowEnd + 10;
    if (rnd.chance(s.rules)) c.frames.push({ x: s.margin, y: y - 5, w: s.width - 2 * s.margin, h: 0.6, kind: "rule" });
  }
  return {
    width: s.width,
    height: s.height,
    paper,
    date,
    folio,
    pageName,
    lines: c.lines,
    frames: c.frames,
    stories: placed,
    furniture: c.furniture,
  };
}
