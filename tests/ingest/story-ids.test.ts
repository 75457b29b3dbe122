// A story's id (story-ids.ts) is a function of the story alone: its page and its opening, and where stories open
// alike, its own whole text, never its order on the page, which an edit to a neighbour would change.
import { expect, test } from "vitest";
import { ingestFolder } from "../../ingest/ingest.ts";
import { base, fixes, holding } from "./alike-page.ts";
import { errors } from "./folder.ts";

test("stories opening alike get ids that do not hang on their order: a merge leaves the third story's id", () => {
  const before = ingestFolder(base());
  expect(before.articles).toHaveLength(3);
  const third = holding(before, 15)!.id;
  const after = ingestFolder(base(fixes({ op: "merge", line: 9 })));
  expect(errors(after)).toEqual([]);
  expect(after.articles).toHaveLength(2);
  expect(holding(after, 15)!.id).toBe(third);
  // and no id of the first reading is now another story's
  for (const a of before.articles) {
    const now = after.articles.find((x) => x.id === a.id);
    if (now) expect(now.blocks.flatMap((b) => b.lines)).toContain(a.blocks[0]!.lines[0]);
  }
});
