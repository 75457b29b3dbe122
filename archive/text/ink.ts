import type { Article } from "../schema/index.ts";
/** Non-blank characters of a string, for "nothing is lost" accounting. */
export function inkOf(s: string): string {
  return s.replace(/\s+/gu, "");
}

// Where a page's characters are kept: the rule the property tests hold the parse and the published
// export to. Every non-blank character of a page is in exactly one of these places.

/** What a story keeps of its page, as the parse and the export both carry it. */
export type StoryInk = Pick<
  Article,
  "mark" | "title" | "titleInferred" | "kicker" | "subtitle" | "column" | "dateline" | "bylines"
> & {
  blocks: { text: string }[];
  repeats: { text: string }[];
  edits: { op: string; before: string | null }[];
};

/**
 * Every non-blank character a story keeps; a field an editor set counts as what the page printed there, which
 * the edit keeps.
 */
export function storyInk(a: StoryInk): string {
  const printed = (op: "title" | "kicker" | "subtitle", now: string | null) => {
    const e = a.edits.find((x) => x.op === op);
    return e ? (e.before ?? "") : (now ?? "");
  };
  const title = a.edits.some((x) => x.op === "title")
    ? printed("title", null)
    : `${a.mark ?? ""}${a.titleInferred ? "" : a.title}`;
  return inkOf(
    [
      a.column ?? "",
      printed("kicker", a.kicker),
      title,
      printed("subtitle", a.subtitle),
      a.dateline ?? "",
      ...a.bylines,
      ...a.blocks.map((b) => b.text),
      ...a.repeats.map((r) => r.text),
    ].join(""),
  );
}

/** Every non-blank character a page keeps: its stories, its furniture and what was left for review. */
export function pageInk(stories: StoryInk[], furniture: { text: string }[], unassigned: { text: string }[]): string {
  return stories.map(storyInk).join("") + inkOf([...furniture, ...unassigned].map((x) => x.text).join(""));
}

/** Characters as a sorted multiset, so two texts compare by what they hold, not where. */
export const multiset = (s: string) => [...s].sort().join("");
