// Which search bundles can hold a query: a small routing index, so a query loads only the shards that
// can answer it and a query for characters the archive never printed loads none.
//
// Built with the shards: for every Han character, the shards whose pages print it, as a bit mask (hex).
// Split into buckets by character, so a query fetches a few small files, not the whole map.

/** Buckets the routing index is split into (a character's bucket: its code point modulo this). */
export const ROUTE_BUCKETS = 64;

export const bucketOf = (char: string): number => char.codePointAt(0)! % ROUTE_BUCKETS;

/** One bucket of the routing index: character → hex bit mask of the shards printing it. */
export type RouteBucket = Record<string, string>;

/** The routing index from each shard's characters: one bucket per file, each character once. */
export function routeBuckets(charsOfShard: readonly Set<string>[]): RouteBucket[] {
  const masks = new Map<string, bigint>();
  charsOfShard.forEach((chars, shard) => {
    for (const c of chars) masks.set(c, (masks.get(c) ?? 0n) | (1n << BigInt(shard)));
  });
  const buckets: RouteBucket[] = Array.from({ length: ROUTE_BUCKETS }, () => ({}));
  for (const [c, mask] of [...masks].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    buckets[bucketOf(c)]![c] = mask.toString(16);
  return buckets;
}

/** The Han characters a text prints (the superset a shard's routes are built from). */
export const hanCharsOf = (text: string): string[] => text.match(/\p{Script=Han}/gu) ?? [];

/**
 * The shards that can hold every term of one of the query's forms, as indexes; null where a form has a
 * term the routes cannot judge (digits, Latin), which must be searched everywhere.
 */
export function shardsFor(forms: readonly (readonly string[])[], lookup: (char: string) => bigint): number[] | null {
  let any = 0n;
  for (const terms of forms) {
    if (terms.some((t) => !/^\p{Script=Han}+$/u.test(t))) return null;
    let mask = -1n;
    for (const c of new Set(terms.flatMap((t) => [...t]))) mask &= lookup(c);
    any |= mask === -1n ? 0n : mask;
  }
  const out: number[] = [];
  for (let i = 0; any >> BigInt(i) > 0n; i++) if ((any >> BigInt(i)) & 1n) out.push(i);
  return out;
}
