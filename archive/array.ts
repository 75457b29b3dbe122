// Array helpers that hold for any length: spreading a long array into Math.max or push passes one
// argument per element, and a page of 300,000 lines overflows the call stack that way.

/** The smallest and largest of some numbers (a line span), without spreading them into arguments. */
export function extent(values: Iterable<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** The largest of some numbers (-Infinity for none). */
export const maxOf = (values: Iterable<number>): number => extent(values)[1];

/** Append items to an array in place, whatever their number. */
export function append<T>(target: T[], items: readonly T[]): T[] {
  for (const x of items) target.push(x);
  return target;
}
