/** The CJK Unified Ideographs with Extension A: the characters a Chinese page's words are made of. */
const HAN_FIRST = 0x3400;
const HAN_LAST = 0x9fff;
const HAN_SPAN = HAN_LAST - HAN_FIRST + 1;

/** Whether a UTF-16 unit is a Han character of that range. */
export const isHanUnit = (c: number): boolean => c >= HAN_FIRST && c <= HAN_LAST;

/**
 * Two Han characters as one integer below 2^30, small enough for V8 to keep unboxed: maps and sets keyed
 * by it are looked up without allocating (a plain a * 65536 + b is not).
 */
export const hanPairKey = (a: number, b: number): number => (a - HAN_FIRST) * HAN_SPAN + (b - HAN_FIRST);
