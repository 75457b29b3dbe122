// A printed page's stories: its type says which heads are stories' and which are subheads, a head's last line is
// the head's however short, and a caption with its credit stays with the story under whose headline it is set.
import { describe, expect, test } from "vitest";
import { normalise } from "../../ingest/page/lines/normalise.ts";
import { pageContext, parseLines } from "../../ingest/page/stages.ts";
import type { Line } from "../../ingest/page/types.ts";
import { layoutEvidence } from "./layout-evidence.ts";

const evidence = (relSize: number, block: number, bold = relSize > 1.3) =>
  layoutEvidence(relSize, bold, {
    block,
    span: relSize >= 3 ? 3 : 1,
    box: { x: 0, y: block * 20, w: 100, h: 10 },
    top: 0.1 + block * 0.05,
  });

/** A page's lines, each with its size (relative to the body) and block; blank lines between blocks. */
function printed(rows: [text: string, relSize: number, block: number][]): Line[] {
  const text = rows.map(([t]) => t).join("\n");
  return normalise(text).map((l, i) => (l.text ? { ...l, layout: evidence(rows[i]![1], rows[i]![2]) } : l));
}

const BODY =
  "近日，理论界围绕新时代党的建设展开深入讨论，与会专家认为，必须把党的政治建设摆在首位，以政治建设统领党的各项建设。";
const BODY_2 =
  "随着经济社会发展，各种风险挑战不断增多，必须坚持稳中求进工作总基调，推动各项改革举措蹄疾步稳、落地落实。";

describe("a printed essay", () => {
  const page = printed([
    ["把党的政治建设摆在首位", 4, 0],
    ["", 0, 0],
    ["王小明", 1.2, 1],
    ["", 0, 0],
    [BODY, 1, 2],
    ["", 0, 0],
    ["坚定不移推进新", 1.6, 3],
    ["时代中国特色社会主", 1.6, 3],
    ["义发展", 1.6, 3],
    ["", 0, 0],
    [BODY_2, 1, 4],
    ["", 0, 0],
    ["与会专家在研讨会上发言。本报记者 刘梦涛 摄", 0.9, 5],
    ["", 0, 0],
    [BODY, 1, 6],
  ]);
  const parsed = parseLines(page, pageContext());

  test("is one story: its subhead, set smaller than its headline, opens none", () => {
    expect(parsed.articles.map((a) => a.title)).toEqual(["把党的政治建设摆在首位"]);
  });

  test("the name set small under the headline is its author; the head's short last line is the head's", () => {
    const [a] = parsed.articles;
    expect(a!.authors).toEqual(["王小明"]);
    expect(a!.blocks.some((b) => b.type === "subhead" && b.text.endsWith("义发展"))).toBe(true);
  });

  test("a caption with its credit inside the story stays the story's, not a picture story of its own", () => {
    expect(parsed.articles[0]!.blocks.map((b) => b.text).join("")).toContain("本报记者 刘梦涛 摄");
  });
});
