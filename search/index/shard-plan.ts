import { createHash } from "node:crypto";

/**
 * Split sorted article ids into shards of at most `max` (the memory bound of one Pagefind index) whose
 * boundaries come from the ids themselves: past half of `max`, a shard ends after an id whose hash falls
 * on a multiple of a quarter of `max`, and at `max` in any case. Adding or removing a story then changes
 * the shard it falls in, not every shard after it, so the others can be reused from the last build.
 */
export function shardsOf(ids: readonly string[], max: number): string[][] {
  const min = Math.ceil(max / 2);
  const period = Math.max(1, Math.floor(max / 4));
  const shards: string[][] = [];
  let cur: string[] = [];
  for (const id of ids) {
    cur.push(id);
    if (
      cur.length >= max ||
      (cur.length >= min && createHash("sha1").update(id).digest().readUInt32BE(0) % period === 0)
    ) {
      shards.push(cur);
      cur = [];
    }
  }
  if (cur.length) shards.push(cur);
  return shards;
}
