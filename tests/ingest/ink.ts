import type { PageDraft } from "../../scripts/ingest/page/assemble.ts";
import { inkOf } from "../../src/lib/text/width.ts";

/** Every non-blank character a parsed page keeps, from every place it can keep one. */
export function inkKept(page: PageDraft): string {
  const parts: string[] = [];
  for (const a of page.articles) {
    // a field an editor set (fix.json) counts as what the page printed there, which the edit keeps
    const printed = (op: "title" | "kicker" | "subtitle", now: string | null) => {
      const e = a.edits.find((x) => x.op === op);
      return e ? (e.before ?? "") : (now ?? "");
    };
    const title = a.edits.some((x) => x.op === "title") ? printed("title", null) : `${a.mark ?? ""}${a.titleInferred ? "" : a.title}`;
    parts.push(a.column ?? "", printed("kicker", a.kicker), title, printed("subtitle", a.subtitle), a.dateline ?? "", ...a.bylines, ...a.blocks.map((b) => b.text), ...a.repeats.map((r) => r.text));
  }
  parts.push(...page.furniture.map((f) => f.text), ...page.unassigned.map((u) => u.text));
  return inkOf(parts.join(""));
}

/** Characters as a sorted multiset, so two texts compare by what they hold, not where. */
export const multiset = (s: string) => [...s].sort().join("");
