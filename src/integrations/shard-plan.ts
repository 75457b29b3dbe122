import { createHash } from "node:crypto";

/**
 * Split sorted article ids into shards whose boundaries come from the ids themselves: a shard ends after
 * an id whose hash falls on a multiple of the target size (once the shard holds a quarter of it), or at
 * twice the target. Adding or removing a story then changes the one shard it falls in, not every shard
 * after it, so the others can be reused from the last build.
 */
export function shardsOf(ids: readonly string[], target: number): string[][] {
  const min = Math.max(1, Math.floor(target / 4));
  const max = target * 2;
  const shards: string[][] = [];
  let cur: string[] = [];
  for (const id of ids) {
    cur.push(id);
    if (cur.length >= max || (cur.length >= min && createHash("sha1").update(id).digest().readUInt32BE(0) % target === 0)) {
      shards.push(cur);
      cur = [];
    }
  }
  if (cur.length) shards.push(cur);
  return shards;
}
