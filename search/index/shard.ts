// One shard of the search index, built from the page records of its stories into the shard cache (or found
// there): what a worker thread of the indexer does, and what the indexer does itself when it runs alone.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readStory } from "../../archive/store/records.ts";
import { hanCharsOf } from "../engine/routes.ts";
import { searchDocument } from "../document.ts";
import type { Place, Publication } from "../../archive/schema/index.ts";
import { buildIndex } from "./pagefind.ts";

/** What building one shard takes: its key in the cache, and its stories with the pages holding them. */
export interface ShardTask {
  key: string;
  /** [article id, page id], in the shard's order. */
  stories: [string, string][];
  data: string;
  cache: string;
}

/** The file beside a cached shard's bundle listing the Han characters its documents print (for the routes). */
export const CHARS_FILE = "lubao-chars.txt";

/** The archive's papers and gazetteer, as the documents need them (read once per thread and data folder). */
let context: { data: string; pubs: Map<string, Publication>; places: Map<string, Place> } | null = null;
function contextOf(data: string) {
  const read = <T>(name: string) => JSON.parse(readFileSync(join(data, name), "utf8")) as T;
  if (context?.data !== data)
    context = {
      data,
      pubs: new Map(read<Publication[]>("publications.json").map((p) => [p.id, p])),
      places: new Map(read<Place[]>("places.json").map((p) => [p.code, p])),
    };
  return context;
}

/** Build a shard into cache/<key>/ unless it is there: whole or not at all (built aside, then renamed). */
export async function buildShard(task: ShardTask): Promise<"indexed" | "reused"> {
  const target = join(task.cache, task.key);
  if (existsSync(join(target, CHARS_FILE))) return "reused";
  const { pubs, places } = contextOf(task.data);
  // every Han character the documents print: a superset of what the index holds, which is safe for routing
  const chars = new Set<string>();
  // each document made as Pagefind is ready for it; records read unchecked (the ingest wrote them just now)
  function* documents() {
    for (const [id, page] of task.stories) {
      const a = readStory({ id, page }, task.data, false);
      const content = searchDocument(a, pubs.get(a.publication)!, places);
      for (const c of hanCharsOf(content)) chars.add(c);
      yield { url: a.url, content };
    }
  }
  const tmp = `${target}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  mkdirSync(tmp, { recursive: true });
  try {
    await buildIndex(tmp, documents());
    writeFileSync(join(tmp, CHARS_FILE), [...chars].join(""));
    rmSync(target, { recursive: true, force: true });
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return "indexed";
}
