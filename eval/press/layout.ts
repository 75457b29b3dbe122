import type { PressStory } from "./stories.ts";

/**
 * A page laid out as a newspaper sets one: a header (nameplate, date, 版次 and 版名) over a rule, rows of
 * stories across a six-column grid (a story spans one to six columns: kicker, headline over its columns,
 * subtitle, a picture frame with its caption, byline, body text flowed down its columns), boxed briefs, rules
 * between rows and stories, and credits at the foot. Pure: the same stories and seed give the same page.
 */

export type Role = "furniture" | "kicker" | "title" | "subtitle" | "byline" | "text" | "caption";
export type Face = "song" | "hei" | "kai";

/** One printed line: where its baseline starts (from the page's top-left), its type, and what it is. */
export interface SetLine {
  text: string;
  x: number;
  y: number;
  size: number;
  face: Face;
  /** Extra space after each character (letter-spaced headlines). */
  spacing: number;
  /** Drawn twice a hair apart (fake bold, as some papers' PDFs do). */
  doubled: boolean;
  role: Role;
  /** Index of the story in PagePlan.stories, or null for the page's furniture. */
  story: number | null;
}

export interface Frame {
  x: number;
  y: number;
  w: number;
  h: number;
  kind: "picture" | "box" | "rule";
}

export interface PlacedStory {
  story: PressStory;
  /** A boxed brief (■ title): its title printed after the mark. */
  brief: boolean;
  /** Paragraphs as printed (a story too long for its place is cut at a paragraph's end). */
  paragraphs: string[];
  dateline: string | null;
  bylinePrinted: boolean;
}

export interface PagePlan {
  width: number;
  height: number;
  paper: { id: string; name: string };
  date: string;
  folio: number;
  pageName: string;
  lines: SetLine[];
  frames: Frame[];
  stories: PlacedStory[];
  furniture: string[];
}

const W = 1000;
const H = 1420;
const MARGIN = 30;
const COLS = 6;
const GUTTER = 14;
const COL_W = (W - 2 * MARGIN - (COLS - 1) * GUTTER) / COLS;
const BODY = 9;
const LEADING = 13;

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
  };
}

/** Text wrapped at `perLine` characters, the first line indented two characters (as papers set paragraphs). */
export function wrap(text: string, perLine: number, indent = 2): string[] {
  const chars = [...text];
  const out: string[] = [];
  let i = 0;
  let first = true;
  while (i < chars.length) {
    const room = first ? perLine - indent : perLine;
    out.push(chars.slice(i, i + room).join(""));
    i += room;
    first = false;
  }
  return out;
}

const widthOf = (span: number) => span * COL_W + (span - 1) * GUTTER;
const ROWS: readonly (readonly number[])[] = [[6], [4, 2], [2, 4], [3, 3], [2, 2, 2], [3, 2, 1], [1, 3, 2], [2, 4]];
const WEEKDAYS = "日一二三四五六";

interface Ctx {
  lines: SetLine[];
  frames: Frame[];
  rnd: ReturnType<typeof random>;
}

/** A headline's lines, centred over its width (or set left), letter-spaced when short. */
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
) {
  const perLine = Math.max(4, Math.floor(w / size));
  const parts = [...text].length <= perLine ? [text] : wrap(text, perLine, 0);
  const spaced = role === "title" && parts.length === 1 && [...text].length * size * 1.5 < w && c.rnd.chance(0.35);
  const doubled = role === "title" && c.rnd.chance(0.2);
  let yy = y;
  for (const p of parts) {
    const spacing = spaced ? Math.min(size * 0.6, (w - [...p].length * size) / Math.max(1, [...p].length)) : 0;
    const printed = [...p].length * (size + spacing) - spacing;
    const left = c.rnd.chance(0.7) ? x + (w - printed) / 2 : x;
    yy += size * 1.15;
    c.lines.push({ text: p, x: left, y: yy, size, face, spacing, doubled, role, story });
  }
  return yy + size * 0.35;
}

/** A story set in `span` columns from (x, y) down to at most `bottom`; returns where it ends. */
function setStory(
  c: Ctx,
  placed: PlacedStory,
  index: number,
  x: number,
  y: number,
  span: number,
  bottom: number,
): number {
  const s = placed.story;
  const w = widthOf(span);
  let yy = y;
  if (placed.brief) {
    yy = headline(c, `■${s.title}`, x, yy, w, 11, "title", index, "hei");
  } else {
    if (s.kicker) yy = headline(c, s.kicker, x, yy, w, 14, "kicker", index, "hei");
    const size = span >= 4 ? c.rnd.pick([32, 36, 40]) : span >= 2 ? c.rnd.pick([22, 24, 28]) : 18;
    yy = headline(c, s.title, x, yy, w, size, "title", index, c.rnd.pick(["hei", "song"] as const));
    if (s.subtitle) yy = headline(c, s.subtitle, x, yy, w, 14, "subtitle", index, "hei");
    yy += 6;
    if (s.caption && span >= 2 && c.rnd.chance(0.7)) {
      const ph = c.rnd.pick([110, 140, 170]);
      c.frames.push({ x, y: yy, w, h: ph, kind: "picture" });
      yy += ph + 4;
      for (const p of wrap(s.caption, Math.floor(w / BODY), 0)) {
        yy += LEADING;
        c.lines.push({
          text: p,
          x,
          y: yy,
          size: BODY,
          face: "kai",
          spacing: 0,
          doubled: false,
          role: "caption",
          story: index,
        });
      }
      yy += 6;
    }
  }
  const perLine = Math.floor(COL_W / BODY);
  if (placed.bylinePrinted && s.byline) {
    yy += LEADING;
    c.lines.push({
      text: s.byline,
      x,
      y: yy,
      size: BODY,
      face: "kai",
      spacing: 0,
      doubled: false,
      role: "byline",
      story: index,
    });
  }
  // body lines, balanced down the story's columns; a paragraph that would not fit is left out
  const paragraphs: string[][] = [];
  const room = Math.floor((bottom - yy) / LEADING) * span;
  let used = 0;
  for (const [k, p] of placed.paragraphs.entries()) {
    const text = k === 0 && placed.dateline ? `${placed.dateline}${p}` : p;
    const lines = wrap(text, perLine);
    if (used + lines.length > room && paragraphs.length > 0) break;
    paragraphs.push(lines);
    used += lines.length;
  }
  placed.paragraphs = placed.paragraphs.slice(0, paragraphs.length);
  const all = paragraphs.flatMap((lines) => lines.map((t, i) => ({ t, indent: i === 0 ? 2 : 0 })));
  const perColumn = Math.ceil(all.length / span);
  let end = yy;
  for (let col = 0; col < span; col++) {
    const cx = x + col * (COL_W + GUTTER);
    for (const [k, l] of all.slice(col * perColumn, (col + 1) * perColumn).entries()) {
      const ly = yy + (k + 1) * LEADING;
      c.lines.push({
        text: l.t,
        x: cx + l.indent * BODY,
        y: ly,
        size: BODY,
        face: "song",
        spacing: 0,
        doubled: false,
        role: "text",
        story: index,
      });
      end = Math.max(end, ly);
    }
  }
  return end + 4;
}

/** Lay out one page from the stories given (it takes as many as fit, in order). */
export function layPage(
  stories: readonly PressStory[],
  seed: number,
  paper: { id: string; name: string },
  folio: number,
): PagePlan {
  const rnd = random(seed);
  const c: Ctx = { lines: [], frames: [], rnd };
  const month = 1 + Math.floor(rnd.next() * 12);
  const day = 1 + Math.floor(rnd.next() * 28);
  const date = `2024年${month}月${day}日 星期${WEEKDAYS[(month * 3 + day) % 7]}`;
  const pageName = rnd.pick(["要闻", "综合", "民生", "经济", "区县", "社会"]);
  const furniture: string[] = [];
  const furnish = (text: string, x: number, y: number, size: number, face: Face) => {
    c.lines.push({ text, x, y, size, face, spacing: 0, doubled: false, role: "furniture", story: null });
    furniture.push(text);
  };
  furnish(paper.name, MARGIN, MARGIN + 40, 40, "hei");
  furnish(date, W - MARGIN - 260, MARGIN + 18, 12, "hei");
  furnish(`第${String(folio).padStart(2, "0")}版 ${pageName}`, W - MARGIN - 260, MARGIN + 38, 12, "hei");
  furnish(
    `责任编辑：${rnd.pick(["王丽", "张强", "刘洋"])}　美术编辑：${rnd.pick(["陈晨", "赵敏"])}`,
    MARGIN,
    H - 22,
    9,
    "hei",
  );
  c.frames.push({ x: MARGIN, y: 96, w: W - 2 * MARGIN, h: 1, kind: "rule" });
  c.frames.push({ x: MARGIN, y: H - 40, w: W - 2 * MARGIN, h: 0.6, kind: "rule" });
  const placed: PlacedStory[] = [];
  let y = 110;
  let next = 0;
  const bottom = H - 50;
  while (next < stories.length && bottom - y > 160) {
    const row = rnd.pick(ROWS);
    let x = MARGIN;
    let rowEnd = y;
    // a row ends at the page's foot or after its tallest story, whichever comes first
    const rowBottom = Math.min(bottom, y + rnd.pick([360, 460, 560]));
    for (const [k, span] of row.entries()) {
      if (next >= stories.length) break;
      const briefs = span === 1 && rnd.chance(0.35) && next + 2 < stories.length;
      if (briefs) {
        // a box of two or three short briefs, each its ■ title and its first paragraph
        const top = y;
        let by = y + 6;
        for (let b = 0; b < rnd.pick([2, 3]) && next < stories.length; b++) {
          const story = stories[next++]!;
          const p: PlacedStory = {
            story,
            brief: true,
            paragraphs: story.paragraphs.slice(0, 1),
            dateline: null,
            bylinePrinted: false,
          };
          placed.push(p);
          by = setStory(c, p, placed.length - 1, x + 6, by, span, rowBottom - 8) + 6;
        }
        c.frames.push({ x: x - 2, y: top, w: widthOf(span) + 10, h: by - top, kind: "box" });
        rowEnd = Math.max(rowEnd, by);
      } else {
        const story = stories[next++]!;
        const withDateline = rnd.chance(0.5);
        const reporters = story.authors.slice(0, 2).join(" ");
        const p: PlacedStory = {
          story,
          brief: false,
          paragraphs: [...story.paragraphs],
          dateline: withDateline ? (reporters ? `本报讯（记者 ${reporters}）` : "本报讯 ") : null,
          bylinePrinted: !withDateline,
        };
        placed.push(p);
        rowEnd = Math.max(rowEnd, setStory(c, p, placed.length - 1, x, y, span, rowBottom));
      }
      if (k > 0 && rnd.chance(0.5)) c.frames.push({ x: x - GUTTER / 2, y, w: 0.6, h: rowBottom - y, kind: "rule" });
      x += widthOf(span) + GUTTER;
    }
    y = rowEnd + 14;
    if (rnd.chance(0.6)) c.frames.push({ x: MARGIN, y: y - 7, w: W - 2 * MARGIN, h: 0.6, kind: "rule" });
  }
  return {
    width: W,
    height: H,
    paper,
    date,
    folio,
    pageName,
    lines: c.lines,
    frames: c.frames,
    stories: placed,
    furniture,
  };
}
