/**
 * Records grouped by their keys, each group in the records' order, in one pass (no cost per group that grows
 * with the archive).
 */
export function groupBy<T>(records: readonly T[], keysOf: (r: T) => Iterable<string>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of records)
    for (const k of keysOf(r)) {
      const g = groups.get(k);
      if (g) g.push(r);
      else groups.set(k, [r]);
    }
  return groups;
}
