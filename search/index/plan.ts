import { dateSortKey } from "../../archive/dates.ts";
import type { PaperDate } from "../../archive/schema/index.ts";
import { groupBy } from "../../archive/group.ts";
import { shardsOf } from "./shard-plan.ts";

/** What planning needs of a story. */
export interface PlannedStory {
  id: string;
  publication: string;
  date: PaperDate;
}

/** One shard of the search index: one paper's stories of a stretch of one year. */
export interface Shard {
  /** Its name, unique in the archive and the same wherever it is built: <publication>-<year>-<n>. */
  name: string;
  /** The paper whose stories it holds. */
  publication: string;
  /** Article ids, newest first. */
  ids: string[];
  /** The newest and oldest date key it holds ("" for undated stories, which sort last). */
  newest: string;
  oldest: string;
}

/** The part of the archive a shard is cut from, and that can be built on its own: one paper, one year. */
export const partOf = (s: PlannedStory): string => `${s.publication}-${dateSortKey(s.date).slice(0, 4) || "undated"}`;

/**
 * The stories cut into shards of at most `max` (the memory bound of one Pagefind index): first by paper and year
 * (the parts the archive can be built in, apart), then, newest first, by content-defined boundaries
 * (shard-plan.ts), so a new story changes only the shard it falls in. The shards are listed newest first, so the
 * search page can search the newest first and older ones when it needs them.
 */
export function planShards(stories: readonly PlannedStory[], max: number): Shard[] {
  const keyOf = new Map(stories.map((s) => [s.id, dateSortKey(s.date)]));
  const shards: Shard[] = [];
  for (const [part, members] of groupBy(stories, (s) => [partOf(s)])) {
    const publication = members[0]!.publication;
    const ids = members
      .map((s) => s.id)
      .sort((a, b) => keyOf.get(b)!.localeCompare(keyOf.get(a)!) || a.localeCompare(b));
    for (const [n, cut] of shardsOf(ids, max).entries())
      shards.push({
        name: `${part}-${n}`,
        publication,
        ids: cut,
        newest: keyOf.get(cut[0]!)!,
        oldest: keyOf.get(cut.at(-1)!)!,
      });
  }
  // newest first; undated last
  return shards.sort(
    (a, b) => b.newest.localeCompare(a.newest) || b.oldest.localeCompare(a.oldest) || a.name.localeCompare(b.name),
  );
}
