import iconv from "iconv-lite";

// How plausible a decoded text is as Chinese newsprint, judged by how common its characters are.
// A wrong guess of encoding turns common characters into rare ones, kana, box drawing or U+FFFD,
// so the reading with the most common characters is the right one. The tiers are the national
// standards' own frequency tiers, taken from the codecs rather than copied in:
//   GB 2312 level 1: the 3,755 most used Simplified characters (level 2: 3,008 less used ones);
//   Big5 常用字: the 5,401 most used Traditional characters (次常用字: 7,652 less used ones).

/** Every character a double-byte codec maps from the given lead and trail byte ranges. */
function charsOf(encoding: string, leads: [number, number], trails: [number, number][]): Set<string> {
  const out = new Set<string>();
  for (let a = leads[0]; a <= leads[1]; a++)
    for (const [lo, hi] of trails)
      for (let b = lo; b <= hi; b++) {
        const c = iconv.decode(Buffer.from([a, b]), encoding);
        if (c.length === 1 && c !== "\uFFFD" && /\p{Script=Han}/u.test(c)) out.add(c);
      }
  return out;
}

const GB_TRAIL: [number, number][] = [[0xa1, 0xfe]];
const BIG5_TRAIL: [number, number][] = [
  [0x40, 0x7e],
  [0xa1, 0xfe],
];

let tiers: { common: Set<string>; lessCommon: Set<string> } | null = null;

/** The two tiers, built on first use (a few milliseconds) so a UTF-8 archive never pays for them. */
function frequencyTiers() {
  if (tiers) return tiers;
  const common = new Set([...charsOf("gb2312", [0xb0, 0xd7], GB_TRAIL), ...charsOf("big5", [0xa4, 0xc6], BIG5_TRAIL)]);
  const lessCommon = new Set([
    ...charsOf("gb2312", [0xd8, 0xf7], GB_TRAIL),
    ...charsOf("big5", [0xc9, 0xf9], BIG5_TRAIL),
  ]);
  for (const c of common) lessCommon.delete(c);
  tiers = { common, lessCommon };
  return tiers;
}

/** Marks a Chinese page prints: CJK punctuation, full-width forms, and the bullets and boxes papers use. */
const PAPER_MARK =
  /[\u3000-\u303f\uff01-\uff5e\u2014\u2026\u2018\u2019\u201c\u201d\u00b7\u25a0\u25a1\u25c6\u25c7\u25cf\u25cb\u2605\u2606]/u;

/** Points per character: what a right reading is made of scores high, what a misreading leaves behind scores low. */
export const WEIGHT = {
  /** U+FFFD: a byte the encoding cannot read. */
  undecodable: -5,
  common: 2,
  lessCommon: 0.5,
  /** Other Han characters (GBK's and Big5's extensions): few in print, many in a misreading. */
  rareHan: -1,
  paperMark: 1,
  /** Plain ASCII reads the same in every candidate. */
  ascii: 0,
  /** Kana, Cyrillic, box drawing, private use, Latin-1 letters…: in a Chinese page, mostly misreadings. */
  other: -2,
} as const;

/** The plausibility of a decoded text: the sum of its characters' points. */
export function plausibility(text: string): number {
  const { common, lessCommon } = frequencyTiers();
  let score = 0;
  for (const c of text) {
    if (c === "\uFFFD") score += WEIGHT.undecodable;
    else if (c <= "\u007f") score += WEIGHT.ascii;
    else if (common.has(c)) score += WEIGHT.common;
    else if (lessCommon.has(c)) score += WEIGHT.lessCommon;
    else if (PAPER_MARK.test(c)) score += WEIGHT.paperMark;
    else if (/\p{Script=Han}/u.test(c)) score += WEIGHT.rareHan;
    else score += WEIGHT.other;
  }
  return score;
}
