import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { corpusPages } from "../../eval/corpus.ts";
import { fullWidth } from "../../eval/real-pages/harvest.ts";

const ink = (s: string) => s.replace(/\s+/gu, "");

describe("real stories as the harvest gives them", () => {
  test.each([
    ["会议指出,要持续深化改革:一是…", "会议指出，要持续深化改革：一是…"],
    ["本报讯(记者 王小明)近日,", "本报讯（记者 王小明）近日，"],
    ["保税物流中心(B型)成功获批", "保税物流中心（B型）成功获批"],
    ["version (v2) of it", "version (v2) of it"],
    ["上午9:00,皮台田主持", "上午9:00，皮台田主持"],
    ["总投资1,000万元", "总投资1,000万元"],
  ])("folded punctuation %s reads %s", (stored, printed) => expect(fullWidth(stored)).toBe(printed));
});

describe("pages laid out from real stories", () => {
  const pages = corpusPages().filter((p) => p.set === "real-text");

  test("every anchor stands once on its page, and no two stories share one", () => {
    for (const p of pages) {
      const text = ink(readFileSync(join(import.meta.dirname, "../..", p.file), "utf8"));
      const anchors = (p.gold.articles as { anchors: string[] }[]).flatMap((a) => a.anchors);
      for (const a of anchors) expect(text.split(ink(a)).length, `${p.file}: ${a}`).toBe(2);
      expect(new Set(anchors).size).toBe(anchors.length);
    }
  });

  test("every line has a label, and every labelled line is on the page", () => {
    for (const p of pages) {
      const labels = p.gold.lineLabels!;
      expect(labels.length, p.file).toBe(p.lines.length - 1); // the page ends with a line end
      for (const [i, l] of labels.entries()) expect(l === "", `${p.file}:${i + 1}`).toBe(p.lines[i]!.text === "");
    }
  });
});
