import { unionOf } from "./glyphs.ts";
import type { Box, Direction, FontInfo, Glyph, GlyphRun, PdfLine, Rule } from "./types.ts";

/**
 * Runs to lines. Runs on one baseline (for vertical type, one centre line) are one row; a row is cut into
 * lines where a gutter or a rule stands between glyphs; within a line, a space is read only where the gap
 * is wide for that line, so letter-spaced type (`奏 响 新 思 想`, justified body lines) closes up and a gap
 * between two names in a byline stays. Single characters stacked in a column are vertical type.
 */

/** Two runs are on one baseline when their centres stand within this share of the smaller size, */
const SAME_BASELINE = 0.25;
/** and their sizes are within this ratio (a kicker beside a headline is another line). */
const SAME_SIZE = 1.1;
/** A gap wider than this many ems, and than GUTTER_SPREAD times the row's usual gap, is a gutter. */
const GUTTER_EM = 1.6;
const GUTTER_SPREAD = 3.5;
/**
 * A narrower gap is a gutter too where white space runs down through the rows around it: at least RIVER_ROWS
 * rows within RIVER_REACH ems above or below have a gap of RIVER_EM or more at its middle (narrow gutters
 * between justified columns; a byline's spaced names stand alone).
 */
const RIVER_EM = 0.6;
const RIVER_ROWS = 1;
const RIVER_REACH = 6;
/** A gap wider than this many ems, and than SPACE_SPREAD times the line's usual gap, is a space. */
const SPACE_EM = 0.5;
const SPACE_SPREAD = 1.8;
/** Between Latin letters and digits, a gap this many ems wider than the line's usual gap is a word space. */
const LATIN_SPACE_EM = 0.15;
/** A line is letter-spaced when its characters usually stand this many ems apart. */
const LETTER_SPACED_EM = 0.25;
/** Stacked single characters: at least this many, each within this many ems of the one above. */
const STACK_MIN = 3;
const STACK_PITCH_EM = 1.6;

interface Placed {
  g: Glyph;
  run: number;
  size: number;
  font: string;
  light: boolean;
}

const isLatin = (ch: string) => /^[A-Za-z0-9]$/u.test(ch);
const isHan = (ch: string) => /^\p{Script=Han}$/u.test(ch);

/** Along and across a line of the given direction: horizontal lines run along x, vertical ones along y. */
const axes = (dir: Direction) =>
  dir === "horizontal"
    ? { start: (b: Box) => b.x, end: (b: Box) => b.x + b.w, mid: (b: Box) => b.y + b.h / 2 }
    : { start: (b: Box) => b.y, end: (b: Box) => b.y + b.h, mid: (b: Box) => b.x + b.w / 2 };

/** The lower median: of two gaps, the narrower is the line's usual one. */
function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[(s.length - 1) >> 1]!;
}

/** The value most of the weight goes to. */
function mostOf<T>(items: readonly { key: T; weight: number }[]): T {
  const sums = new Map<T, number>();
  for (const { key, weight } of items) sums.set(key, (sums.get(key) ?? 0) + weight);
  let best: T = items[0]!.key;
  let max = -1;
  for (const [k, w] of sums)
    if (w > max) {
      max = w;
      best = k;
    }
  return best;
}

/** Rows: runs of one direction whose centre lines meet, grouped. */
function rowsOf(runs: readonly GlyphRun[], dir: Direction): GlyphRun[][] {
  const ax = axes(dir);
  const sorted = [...runs].sort((a, b) => ax.mid(a.box) - ax.mid(b.box));
  const rows: { mid: number; size: number; runs: GlyphRun[] }[] = [];
  let open: typeof rows = [];
  for (const r of sorted) {
    const mid = ax.mid(r.box);
    open = open.filter((row) => mid - row.mid <= r.size);
    const row = open.find(
      (o) =>
        Math.abs(o.mid - mid) <= SAME_BASELINE * Math.min(o.size, r.size) &&
        Math.max(o.size, r.size) / Math.min(o.size, r.size) <= SAME_SIZE,
    );
    if (row) row.runs.push(r);
    else {
      const made = { mid, size: r.size, runs: [r] };
      rows.push(made);
      open.push(made);
    }
  }
  return rows.map((r) => r.runs);
}

/** A rule, or a side of a frame, crossing the gap between two glyphs of a row (a column rule, a box's edge). */
function ruleBetween(a: Box, b: Box, rules: readonly Rule[], dir: Direction): boolean {
  const ax = axes(dir);
  const lo = ax.end(a);
  const hi = ax.start(b);
  const mid = (ax.mid(a) + ax.mid(b)) / 2;
  const other = dir === "horizontal" ? "vertical" : "horizontal";
  return rules.some((r) => {
    const framed = r.kind === "rectangle" || r.kind === "dark";
    if (r.kind !== other && !framed) return false;
    const [from, to] = dir === "horizontal" ? [r.box.y, r.box.y + r.box.h] : [r.box.x, r.box.x + r.box.w];
    if (mid < from || mid > to) return false;
    // a frame's two sides: text inside a box is never one line with text outside it
    const sides = framed
      ? dir === "horizontal"
        ? [r.box.x, r.box.x + r.box.w]
        : [r.box.y, r.box.y + r.box.h]
      : [dir === "horizontal" ? r.box.x + r.box.w / 2 : r.box.y + r.box.h / 2];
    return sides.some((at) => at > lo && at < hi);
  });
}

/** One segment of a row to a line: spaces where the gaps say so, its size, font and weight. */
function lineOf(
  placed: Placed[],
  dir: Direction,
  fonts: ReadonlyMap<string, FontInfo>,
  bolder: ReadonlySet<number>,
): PdfLine {
  const ax = axes(dir);
  const size = mostOf(placed.map((p) => ({ key: Math.round(p.size * 10) / 10, weight: 1 })));
  const gaps = placed.slice(1).map((p, i) => (ax.start(p.g.box) - ax.end(placed[i]!.g.box)) / size);
  const usual = Math.max(0, median(gaps));
  const hanGaps = gaps.filter((_, i) => isHan(placed[i]!.g.ch) && isHan(placed[i + 1]!.g.ch));
  const letterSpaced = hanGaps.length >= 3 && median(hanGaps) >= LETTER_SPACED_EM;
  let text = placed[0]!.g.ch;
  for (let i = 1; i < placed.length; i++) {
    const gap = gaps[i - 1]!;
    const latin = isLatin(placed[i - 1]!.g.ch) && isLatin(placed[i]!.g.ch);
    // justified type spaces every character out, digits too: a word space stands out from that spacing
    if (latin ? gap - usual > LATIN_SPACE_EM : gap > Math.max(SPACE_EM, SPACE_SPREAD * usual)) text += " ";
    text += placed[i]!.g.ch;
  }
  const font = mostOf(placed.map((p) => ({ key: p.font, weight: 1 })));
  const info = fonts.get(font);
  const runs = [...new Set(placed.map((p) => p.run))];
  return {
    text,
    box: unionOf(placed.map((p) => p.g.box)),
    dir,
    size,
    font,
    family: info?.family ?? "other",
    bold: (info?.bold ?? false) || runs.some((r) => bolder.has(r)),
    runs,
    glyphs: placed.map((p) => p.g),
    letterSpaced,
    light: placed.filter((p) => p.light).length * 2 > placed.length,
  };
}

/** A row's glyphs in order along it, where it stands across, and its type size: what a river is looked for in. */
interface Row {
  placed: Placed[];
  mid: number;
  size: number;
}

/** The gap a row has at `at` along it (where the glyph before it ends and the one after it starts), or null. */
function gapAt(row: Row, at: number, dir: Direction): [number, number] | null {
  const ax = axes(dir);
  let before = -Infinity;
  let after = Infinity;
  for (const p of row.placed) {
    const a = ax.start(p.g.box);
    const b = ax.end(p.g.box);
    if (a <= at && b >= at) return null;
    if (b < at) before = Math.max(before, b);
    else after = Math.min(after, a);
  }
  return Number.isFinite(before) && Number.isFinite(after) ? [before, after] : null;
}

/**
 * White space runs down through the rows around `row` at the gap [from, to]: a gutter between columns. The
 * rows around have a gap there whose edges stand where this one's do (justified columns end and start at
 * fixed places; the space after a paragraph's short last line starts anywhere).
 */
function riverAt(rows: readonly Row[], k: number, from: number, to: number, dir: Direction): boolean {
  const at = (from + to) / 2;
  const row = rows[k]!;
  const reach = RIVER_REACH * row.size;
  let n = 0;
  // rows are in order across the page: look outwards from this one while they stand within reach
  for (const step of [-1, 1])
    for (let j = k + step; j >= 0 && j < rows.length && Math.abs(rows[j]!.mid - row.mid) <= reach; j += step) {
      const other = rows[j]!;
      if (Math.abs(other.size - row.size) > 0.08 * row.size) continue;
      const gap = gapAt(other, at, dir);
      if (
        gap &&
        gap[1] - gap[0] >= RIVER_EM * row.size &&
        Math.abs(gap[1] - to) <= 0.5 * row.size &&
        Math.abs(gap[0] - from) <= row.size &&
        ++n >= RIVER_ROWS
      )
        return true;
    }
  return false;
}

/** Cut a row's glyphs, in order along it, where a gutter or a rule stands between two of them. */
function segmentsOf(rows: readonly Row[], k: number, dir: Direction, rules: readonly Rule[]): Placed[][] {
  const ax = axes(dir);
  const { placed } = rows[k]!;
  const size = median(placed.map((p) => p.size));
  const gaps = placed.slice(1).map((p, i) => ax.start(p.g.box) - ax.end(placed[i]!.g.box));
  const usual = Math.max(0, median(gaps));
  const gutter = Math.max(GUTTER_EM * size, GUTTER_SPREAD * usual);
  const out: Placed[][] = [[placed[0]!]];
  for (let i = 1; i < placed.length; i++) {
    const gap = gaps[i - 1]!;
    const a = placed[i - 1]!.g.box;
    const b = placed[i]!.g.box;
    const cut =
      gap > gutter ||
      (gap > 0 && ruleBetween(a, b, rules, dir)) ||
      (gap >= RIVER_EM * size && gap > SPACE_SPREAD * usual && riverAt(rows, k, ax.end(a), ax.start(b), dir));
    if (cut) out.push([]);
    out.at(-1)!.push(placed[i]!);
  }
  return out;
}

/** Single Han characters stacked at one x, one size, a character's pitch apart: one vertical line. */
function stackVertical(lines: PdfLine[], fonts: ReadonlyMap<string, FontInfo>, bolder: ReadonlySet<number>): PdfLine[] {
  const singles = lines.filter((l) => l.dir === "horizontal" && l.glyphs.length === 1 && isHan(l.text));
  const used = new Set<PdfLine>();
  const stacks: PdfLine[][] = [];
  for (const l of [...singles].sort((a, b) => a.box.y - b.box.y)) {
    if (used.has(l)) continue;
    const stack = [l];
    for (;;) {
      const last = stack.at(-1)!;
      const next = singles.find(
        (c) =>
          !used.has(c) &&
          c !== last &&
          Math.abs(c.size - last.size) <= 0.1 * last.size &&
          Math.abs(c.box.x + c.box.w / 2 - (last.box.x + last.box.w / 2)) <= 0.2 * last.size &&
          c.box.y > last.box.y &&
          c.box.y - last.box.y <= STACK_PITCH_EM * last.size,
      );
      if (!next) break;
      stack.push(next);
      used.add(next);
    }
    if (stack.length >= STACK_MIN) {
      used.add(l);
      stacks.push(stack);
    } else for (const s of stack.slice(1)) used.delete(s);
  }
  if (stacks.length === 0) return lines;
  const merged = stacks.map((stack) =>
    lineOf(
      stack.map((l) => ({ g: l.glyphs[0]!, run: l.runs[0]!, size: l.size, font: l.font, light: l.light })),
      "vertical",
      fonts,
      bolder,
    ),
  );
  return [...lines.filter((l) => !used.has(l)), ...merged];
}

/**
 * Runs to lines, top to bottom then left to right. `bolder` holds runs known to be emboldened by overprinting
 * or stroking: their lines are bold whatever the font says.
 */
export function linesOf(
  runs: readonly GlyphRun[],
  fonts: readonly FontInfo[],
  rules: readonly Rule[] = [],
  bolder: ReadonlySet<number> = new Set(),
): PdfLine[] {
  const fontMap = new Map(fonts.map((f) => [f.id, f]));
  const emboldened = new Set([...bolder, ...runs.filter((r) => r.stroked).map((r) => r.id)]);
  const lines: PdfLine[] = [];
  for (const dir of ["horizontal", "vertical"] as const) {
    const ax = axes(dir);
    const rows: Row[] = rowsOf(
      runs.filter((r) => r.dir === dir),
      dir,
    ).map((row) => {
      const placed = row
        .flatMap((r) => r.glyphs.map((g) => ({ g, run: r.id, size: r.size, font: r.font, light: r.light })))
        .sort((a, b) => ax.start(a.g.box) - ax.start(b.g.box));
      return { placed, mid: median(placed.map((p) => ax.mid(p.g.box))), size: median(placed.map((p) => p.size)) };
    });
    for (const k of rows.keys())
      for (const seg of segmentsOf(rows, k, dir, rules)) lines.push(lineOf(seg, dir, fontMap, emboldened));
  }
  return stackVertical(lines, fontMap, emboldened).sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
}
