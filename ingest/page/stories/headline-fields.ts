import { COLUMN_LABEL, followsOn, leadsIn } from "../patterns/heading.ts";
import { oneTitle } from "../patterns/one-title.ts";
import { joinWrapped } from "../text/join.ts";
import { printedWidth } from "../text/width.ts";

export interface HeadlineFields {
  column: string | null;
  kicker: string | null;
  title: string | null;
  subtitle: string | null;
  why: string[];
}

/** A headline line wider than this may carry its kicker beside it (em). */
const KICKER_BESIDE_MIN = 26;
/** Each phrase of a kicker printed beside its title is at most this wide, and the title at least TITLE_MIN. */
const KICKER_PHRASE_MAX = 8;
const TITLE_MIN = 10;
/** Two headline lines within this ratio of width are too close to call by length. */
const CLOSE_WIDTHS = 1.25;
/** A second headline line this many times longer than the first is its subtitle (副题 explain; titles are short). */
const SUBTITLE_MIN_RATIO = 2.2;
/** A label this short over a group of three or more lines is the column's name (济南底气). */
const COLUMN_NAME_MAX = 4;

/** The kicker printed on the same line as its title: short parallel phrases, then a full title. */
export function kickerBeside(line: string): [string, string] | null {
  const segs = line.split(/\s+/u).filter(Boolean);
  if (segs.length < 2 || printedWidth(line) <= KICKER_BESIDE_MIN) return null;
  for (let s = segs.length - 1; s >= 1; s--) {
    const head = segs.slice(0, s);
    const tail = segs.slice(s).join(" ");
    if (head.every((x) => printedWidth(x) <= KICKER_PHRASE_MAX) && printedWidth(tail) >= TITLE_MIN)
      return [head.join(" "), tail];
  }
  return null;
}

/** A line in clauses (、，): a 副题 explaining the title above it. */
const lists = (x: string) => /[、，,]/u.test(x);

/**
 * Headings that must go to the same story: a kicker and what it leads into, a title and its subtitle, a
 * title's two lines.
 */
export function boundTogether(a: string, b: string): boolean {
  return leadsIn(a) || followsOn(b) || oneTitle(a, b, false) || (lists(b) && !lists(a) && !/\s/u.test(a));
}

/**
 * Read a story's headline lines the way an editor does: a column label on top, then 引题 (kicker), 主题
 * (title) and 副题 (subtitle). The title is the shortest, boldest line; what stands above it is the
 * kicker and what stands below is the subtitle.
 */
export function headlineFields(lines: string[], sizes: readonly (number | null)[] = []): HeadlineFields {
  const printed = bySize(lines, sizes);
  if (printed) return printed;
  const why: string[] = [];
  let items = lines.map((l) => l.trim()).filter(Boolean);
  const column: string[] = [];
  while (
    items.length >= 2 &&
    (COLUMN_LABEL.test(items[0]!) || (items.length >= 3 && printedWidth(items[0]!) <= COLUMN_NAME_MAX))
  ) {
    column.push(items.shift()!);
    why.push(`"${column.at(-1)}": column label`);
  }
  // a title broken over two short lines
  const merged: string[] = [];
  for (const t of items) {
    const prev = merged.at(-1);
    if (prev !== undefined && oneTitle(prev, t, false)) {
      merged[merged.length - 1] = joinWrapped([prev, t]);
      why.push(`"${prev}" + "${t}": one title on two short lines`);
    } else merged.push(t);
  }
  items = merged;
  if (items.length === 0) return { column: column.join(" ") || null, kicker: null, title: null, subtitle: null, why };
  if (items.length === 1) {
    const beside = kickerBeside(items[0]!);
    if (beside) {
      why.push(`"${items[0]}": short parallel phrases before a full title: kicker beside the title`);
      return { column: column.join(" ") || null, kicker: beside[0], title: beside[1], subtitle: null, why };
    }
    return { column: column.join(" ") || null, kicker: null, title: items[0]!, subtitle: null, why };
  }
  // two lines with nothing to mark them: a title and a much longer 副题 under it, else a 引题 over the title
  if (items.length === 2 && !items.some((x) => leadsIn(x) || followsOn(x))) {
    const [a, b] = items as [string, string];
    // a 副题 explains, in clauses (、，) or in three phrases or more (X致辞 Y讲话 Z主持); a title rarely lists
    const phrases = (x: string) => x.split(/\s+/u).filter(Boolean).length;
    if (
      printedWidth(b) > SUBTITLE_MIN_RATIO * printedWidth(a) ||
      (lists(b) && !lists(a)) ||
      (phrases(b) >= 3 && phrases(a) === 1)
    ) {
      why.push(`"${b}": far longer than the line above it: subtitle`);
      return { column: column.join(" ") || null, kicker: null, title: a, subtitle: b, why };
    }
    why.push(`"${a}" over "${b}": the line nearer the story is the title`);
    return { column: column.join(" ") || null, kicker: a, title: b, subtitle: null, why };
  }
  let t = -1;
  items.forEach((x, i) => {
    if (leadsIn(x) || followsOn(x)) return;
    if (t < 0 || printedWidth(x) < printedWidth(items[t]!)) t = i;
  });
  if (t < 0) t = items.length - 1;
  // lengths that do not tell: the line nearer the story is the title, the one above it the kicker
  const below = items[t + 1];
  if (
    below !== undefined &&
    printedWidth(below) <= CLOSE_WIDTHS * printedWidth(items[t]!) &&
    !followsOn(below) &&
    !leadsIn(below)
  )
    t++;
  why.push(`"${items[t]}": shortest line of the group: title`);
  return {
    column: column.join(" ") || null,
    kicker: items.slice(0, t).join(" ") || null,
    title: items[t]!,
    subtitle: items.slice(t + 1).join(" ") || null,
    why,
  };
}

/** Sizes within this share of each other are one size (a title broken over two blocks, a kicker in parts). */
const SAME_SIZE = 0.04;
/** The title's type must stand out from the rest of the group by this much to be told by size. */
const TITLE_STANDS_OUT = 1.1;

/**
 * A printed page's headline group read by its type, as a reader sees it: the title is the line set largest,
 * what stands above it is the kicker and what stands below it the subtitle; lines of one size next to each other
 * are one field. Null when the page was read as text or no line stands out.
 */
function bySize(lines: readonly string[], sizes: readonly (number | null)[]): HeadlineFields | null {
  const items = lines.map((t, i) => ({ text: t.trim(), size: sizes[i] ?? null })).filter((x) => x.text);
  if (items.length < 2 || items.some((x) => x.size === null)) return null;
  // lines of one size next to each other are one field
  const merged: { text: string; size: number }[] = [];
  for (const x of items as { text: string; size: number }[]) {
    const prev = merged.at(-1);
    if (prev && Math.abs(prev.size - x.size) <= SAME_SIZE * prev.size) prev.text = joinWrapped([prev.text, x.text]);
    else merged.push({ ...x });
  }
  if (merged.length === 1) return { column: null, kicker: null, title: merged[0]!.text, subtitle: null, why: [] };
  const t = merged.reduce((best, x, i) => (x.size > merged[best]!.size ? i : best), 0);
  const largest = merged[t]!.size;
  if (merged.some((x, i) => i !== t && x.size * TITLE_STANDS_OUT > largest)) return null;
  const field = (xs: { text: string }[]) => xs.map((x) => x.text).join(" ") || null;
  return {
    column: null,
    kicker: field(merged.slice(0, t)),
    title: merged[t]!.text,
    subtitle: field(merged.slice(t + 1)),
    why: [`"${merged[t]!.text}": set in the largest type of its group (${largest.toFixed(1)} times the body): title`],
  };
}
