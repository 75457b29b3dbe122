import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { layoutPdf } from "../../../ingest/pdf/layout.ts";
import { isRefusal } from "../../../ingest/pdf/stages.ts";
import type { PageLayout } from "../../../ingest/pdf/types.ts";
import { shared } from "../../shared.ts";

/** Real e-paper pages, read from ../shared/corpus (never copied into the repository). */
const CORPUS = shared("corpus");

async function layout(path: string) {
  const file = join(CORPUS, path);
  const r = await layoutPdf(new Uint8Array(readFileSync(file)), file);
  if (!r.ok) throw new Error(r.message);
  return r.pages;
}

const page = async (path: string): Promise<PageLayout> => {
  const [p] = await layout(path);
  if (!p || isRefusal(p)) throw new Error(`${path} refused`);
  return p;
};

describe("real e-paper pages", () => {
  test("中国海洋石油报 front page: stories in reading order, headlines over their own stories", async () => {
    const p = await page("cnooc/2024-10-16-01.pdf");
    const at = (start: string) => p.lines.findIndex((l) => l.text.startsWith(start));
    const order = [
      "中国海油“海能”人工智能模型发布",
      "本报讯（记者徐昕联通讯员",
      "奔向人工智能的“海油高地”",
      "全力以赴跑好年度“最后一棒”",
      "中国海油党组召开",
      "本报讯 10月14日，中国海油党组召开",
      "我国海上首个多层稠油热采项目陆地完工",
      "本报讯（记者郝艳军",
      "“深海一号”二期完成首船原油外输",
      "本报讯（通讯员宁思雅）",
    ].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const head = p.lines[at("中国海油党组召开")]!.evidence;
    expect(head.relSize).toBeGreaterThan(3);
    expect(head.bold).toBe(true);
    expect(head.span).toBe(2);
    expect(p.bodySize).toBe(9);
    // justified body lines come out closed up, numbers joined to their units
    expect(p.lines.some((l) => l.text === "习近平新时代中国特色社会主义思想特别是")).toBe(true);
    expect(p.text).toContain("10月14日，");
  });

  test("nothing is lost: every glyph of every run is in a line or a recorded overprint", async () => {
    const p = await page("peoples-daily/2018-01-02-07.pdf");
    const inLines = p.lines.reduce((n, l) => n + [...l.text.replace(/ /gu, "")].length, 0);
    const overprinted = p.overprints.reduce((n, o) => n + [...o.text].length, 0);
    // runs hold their glyphs' characters; the layer's run boxes are every run's
    const { readPdf } = await import("../../../ingest/pdf/read.ts");
    const read = await readPdf(new Uint8Array(readFileSync(join(CORPUS, "peoples-daily/2018-01-02-07.pdf"))));
    const glyphs = read.ok ? read.pages[0]!.runs.reduce((n, r) => n + r.glyphs.length, 0) : -1;
    expect(inLines + overprinted).toBe(glyphs);
    expect(p.runs.length).toBe(read.ok ? read.pages[0]!.runs.length : -1);
    // the headline is drawn twice on the page: kept once, the copy recorded
    expect(p.overprints.map((o) => o.text)).toContain("发展新方位");
    expect(p.lines.filter((l) => l.text.includes("发展新方位")).map((l) => l.text)).toEqual([
      "新时代：发展新方位 奋进新目标",
    ]);
    // the printed page number, and the vertical headline read top to bottom before its story
    expect(p.folio).toBe("7");
    const vertical = p.lines.findIndex((l) => l.text === "意气风发走进新时代");
    expect(p.lines[vertical]!.evidence.dir).toBe("vertical");
    expect(p.lines[vertical + 2]!.text).toMatch(/^中国特色社会主义进入新时/);
  });

  test("河南商报 C01, whose fonts carry no Unicode map, is refused by name", async () => {
    const [p] = await layout("henan-business/2009-12-29-C01.pdf");
    expect(p && isRefusal(p) && p.reason).toBe("not plausible Chinese");
    expect(p && isRefusal(p) && p.message).toContain("henan-business/2009-12-29-C01.pdf, page 1");
  });
});
