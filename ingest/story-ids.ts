import { createHash } from "node:crypto";

/**
 * Story ids that stay put. A story's id is its page's id and a hash of its opening words
 * (`jiyang-2024-03-05-a-1a2b3c4d`): a function of the story alone, so an edit to another story or a parser change
 * elsewhere on the page does not move it. Stories of one page that open alike (three notices opening with the same
 * 40 characters) are told apart by a hash of their own whole text, never by their order, which an edit to a
 * neighbour changes. And an id once given stays with its story: the ledger (id-ledger.ts) knows each id's page and
 * the raw line its story's text began on (its anchor; raw lines are never edited), so a story holding that line
 * keeps the id, no other story is ever given it, and when no story keeps it its address is sent to the story that
 * now holds that line.
 */

/** What an id is made from: the story's opening, its whole text, and the raw lines its text stands on. */
export interface StoryKey {
  /** Its opening words' ink (the first 40 non-blank characters of its first block). */
  opening: string;
  /** Its whole text's ink. */
  ink: string;
  /** Raw lines its blocks stand on. */
  lines: ReadonlySet<number>;
  /** The raw line its text begins on. */
  anchor: number;
  /** First and last raw line of the story, its headline included. */
  span: readonly [number, number];
}

/** An id the ledger knows: where its story's text began. */
export interface LedgerEntry {
  page: string;
  line: number;
}

/** A page's stories' ids, the anchors the ledger keeps for them, and where the page's vanished ids now lead. */
export interface PageIds {
  ids: string[];
  anchors: number[];
  /** Ids the stories had before the ledger was kept (see legacyIds) and have no longer: [id, anchor], for the ledger. */
  retired: [string, number][];
  /** Ids of this page the ledger knows and no story keeps: the story now holding its anchor, or null if none does. */
  gone: [string, string | null][];
}

const hash8 = (s: string) => createHash("sha1").update(s).digest("hex").slice(0, 8);

/** The id of a story that opens as no other on its page does: page id and the hash of its opening. */
export const openingId = (pageId: string, opening: string) => `${pageId}-${hash8(opening)}`;

/**
 * The ids of one page's stories, given what the ledger knows of the page's ids (`known`, id → entry; empty for a
 * page never built), and whether the folder has no ledger yet (`before`: its first build retires the ids stories
 * had before, legacyIds). Without a ledger a story's id is its opening's, or, where another story opens alike,
 * its opening's and its whole text's: never a matter of order.
 */
export function storyIds(
  pageId: string,
  stories: readonly StoryKey[],
  known: ReadonlyMap<string, LedgerEntry>,
  { before = false }: { before?: boolean } = {},
): PageIds {
  const bases = stories.map((s) => openingId(pageId, s.opening));
  const ids: (string | null)[] = stories.map(() => null);
  const anchors = stories.map((s) => s.anchor);
  const given = new Set<string>();
  // the ledger's ids by the opening they were made from (an id is its base, or its base and more)
  const byBase = new Map<string, [string, LedgerEntry][]>();
  for (const [id, e] of known) {
    const base = id.slice(0, pageId.length + 9);
    const group = byBase.get(base);
    if (group) group.push([id, e]);
    else byBase.set(base, [[id, e]]);
  }
  // 1. a story keeps an id of its opening that the ledger gave a story whose text began on a line it now holds
  stories.forEach((s, k) => {
    const base = bases[k]!;
    const kept = (byBase.get(base) ?? [])
      .filter(([id, e]) => s.lines.has(e.line) && !given.has(id))
      .sort(
        ([a, x], [b, y]) =>
          Number(y.line === s.anchor) - Number(x.line === s.anchor) ||
          Number(b === base) - Number(a === base) ||
          x.line - y.line ||
          (a < b ? -1 : 1),
      )[0];
    if (!kept) return;
    ids[k] = kept[0];
    anchors[k] = kept[1].line;
    given.add(kept[0]);
  });
  // 2. a story opening as no other on the page does takes its opening's id, unless the ledger gave it to a story
  // whose text this one does not hold; stories that open alike each take their opening's and their text's hash
  const count = new Map<string, number>();
  for (const b of bases) count.set(b, (count.get(b) ?? 0) + 1);
  const free = (id: string) => !given.has(id) && !known.has(id);
  const nextNumber = new Map<string, number>();
  stories.forEach((s, k) => {
    if (ids[k] !== null) return;
    const base = bases[k]!;
    let id = count.get(base) === 1 && free(base) ? base : `${base}-${hash8(s.ink)}`;
    // 3. two stories of one page with the same whole text: numbered (either may show at either address)
    if (!free(id)) {
      const long = id;
      let n = nextNumber.get(long) ?? 2;
      while (!free(`${long}-${n}`)) n++;
      id = `${long}-${n}`;
      nextNumber.set(long, n + 1);
    }
    ids[k] = id;
    given.add(id);
  });
  // where each raw line's text stands now: a story's text, else the story whose span (its headline) covers it
  const holderOf = new Map<number, number>();
  stories.forEach((s, k) => {
    for (const line of s.lines) if (!holderOf.has(line)) holderOf.set(line, k);
  });
  const holder = (line: number) =>
    holderOf.get(line) ?? stories.findIndex((s) => s.span[0] <= line && line <= s.span[1]);
  const gone: [string, string | null][] = [...known]
    .filter(([id]) => !given.has(id))
    .map(([id, e]) => {
      const k = holder(e.line);
      return [id, k >= 0 ? ids[k]! : null];
    });
  // the archive's first build with a ledger: the ids the stories had before (links already published) lead on
  const retired: [string, number][] = [];
  if (before)
    legacyIds(bases).forEach((old, k) => {
      if (given.has(old) || known.has(old)) return;
      retired.push([old, anchors[k]!]);
      gone.push([old, ids[k]!]);
    });
  return { ids: ids as string[], anchors, retired, gone };
}

/**
 * The ids stories were given before ids were kept in a ledger: the opening's id for the first story opening so,
 * numbered by their order for the others (`…-h`, `…-h-2`, `…-h-3`), which an edit to a neighbour could hand to
 * another story. They are retired on the first build that keeps a ledger, each sending its reader on to the
 * story it stood for, so a link published before keeps working.
 */
export function legacyIds(bases: readonly string[]): string[] {
  const seen = new Set<string>();
  return bases.map((base) => {
    let id = base;
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
    seen.add(id);
    return id;
  });
}
