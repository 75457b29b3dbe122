import { dateSortKey } from "../../src/lib/dates.ts";
import type { PaperDate } from "../../src/lib/schema/index.ts";
import { shardsOf } from "./shard-plan.ts";

/** One shard of the search index: the stories of a stretch of time, newest shards first. */
export interface Shard {
  /** Article ids, newest first. */
  ids: string[];
  /** The newest and oldest date key it holds ("" for undated stories, which sort last). */
  newest: string;
  oldest: string;
}

/**
 * The stories in newest-first order, cut into shards of at most `max` (the memory bound of one Pagefind index)
 * by content-defined boundaries (shard-plan.ts): each shard is a stretch of time, so the search page can load
 * the newest first and older ones when it needs them, and a new story changes only the shard it falls in.
 */
export function planShards(articles: readonly { id: string; date: PaperDate }[], max: number): Shard[] {
  const keyed = articles.map((a) => ({ id: a.id, key: dateSortKey(a.date) }));
  keyed.sort((a, b) => b.key.localeCompare(a.key) || a.id.localeCompare(b.id));
  const keyOf = new Map(keyed.map((a) => [a.id, a.key]));
  return shardsOf(
    keyed.map((a) => a.id),
    max,
  ).map((ids) => ({ ids, newest: keyOf.get(ids[0]!)!, oldest: keyOf.get(ids.at(-1)!)! }));
}
