/** The CJK Unified Ideographs with Extension A: the characters a Chinese page's words are made of. */
const HAN_FIRST = 0x3400;
const HAN_LAST = 0x9fff;
const HAN_SPAN = HAN_LAST - HAN_FIRST + 1;

/** Whether a UTF-16 unit is a Han character of that range. */
export const isHanUnit = (c: number): boolean => c >= HAN_FIRST && c <= HAN_LAST;

/** Whether a holds a run of `length` Han characters in a row that b holds too (任济南, 福彩希望). */
export function sharesHanRun(a: string, b: string, length: number): boolean {
  const runs = a.match(/\p{Script=Han}+/gu) ?? [];
  for (const r of runs)
    for (let i = 0; i + length <= r.length; i++) if (b.includes(r.slice(i, i + length))) return true;
  return false;
}

/** Whether a code point is a Han character: the unified ideographs, their extensions and the compatibility block. */
export const isHan = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) ||
  (c >= 0x3400 && c <= 0x4dbf) ||
  (c >= 0xf900 && c <= 0xfaff) ||
  (c >= 0x20000 && c <= 0x3134f);

/**
 * Two Han characters as one integer below 2^30, small enough for V8 to keep unboxed: maps and sets keyed
 * by it are looked up without allocating (a plain a * 65536 + b is not).
 */
export const hanPairKey = (a: number, b: number): number => (a - HAN_FIRST) * HAN_SPAN + (b - HAN_FIRST);

/** Pairs of consecutive Han characters (other characters skipped), each pair as one number. */
export function hanBigrams(s: string): Set<number> {
  const out = new Set<number>();
  let prev = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isHanUnit(c)) continue;
    if (prev >= 0) out.add(hanPairKey(prev, c));
    prev = c;
  }
  return out;
}

/**
 * How much two texts share of their two-character words: the shared pairs against the geometric mean of each
 * text's (0 none, 1 the same words). Paragraphs of one story share their story's words; stories set side by side
 * share few.
 */
export function sharedPairs(a: string, b: string): number {
  const x = hanBigrams(a);
  const y = hanBigrams(b);
  if (!x.size || !y.size) return 0;
  let both = 0;
  for (const k of x) if (y.has(k)) both++;
  return both / Math.sqrt(x.size * y.size);
}

/** The two-character word two Han characters make, or null when either is not Han. */
export function hanPair(a: string, b: string): string | null {
  const word = a + b;
  return word.length === 2 && isHanUnit(word.charCodeAt(0)) && isHanUnit(word.charCodeAt(1)) ? word : null;
}

/** How often each two-character word occurs in some texts, in one pass (a 20 MB page costs one pass). */
export function hanPairCounts(texts: readonly { text: string }[], words: Iterable<string>): Map<string, number> {
  const wanted = new Map<number, string>();
  // most characters open no wanted word: a table lookup skips them before the map is asked
  const opens = new Uint8Array(65536);
  for (const w of words) {
    const [a, b] = [w.charCodeAt(0), w.charCodeAt(1)];
    if (w.length !== 2 || !isHanUnit(a) || !isHanUnit(b)) continue;
    wanted.set(hanPairKey(a, b), w);
    opens[a] = 1;
  }
  const counts = new Map<string, number>();
  if (!wanted.size) return counts;
  for (const u of texts) {
    const t = u.text;
    for (let i = 0; i + 1 < t.length; i++) {
      const a = t.charCodeAt(i);
      const b = t.charCodeAt(i + 1);
      if (!opens[a] || !isHanUnit(b)) continue;
      const w = wanted.get(hanPairKey(a, b));
      if (w) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return counts;
}
