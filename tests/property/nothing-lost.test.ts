import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parsePage } from "../../ingest/page/stages.ts";
import { normalise } from "../../ingest/page/lines/normalise.ts";
import { inkOf } from "../../archive/text/ink.ts";
import { inkKept, multiset } from "../ingest/ink.ts";
import { ingestFolder } from "../../ingest/ingest.ts";
import { exportIssue } from "../../archive/export.ts";
import { pageInk } from "../../archive/text/ink.ts";
import { folder, TEST_PUBS } from "../ingest/folder.ts";
import { readPdf } from "../../ingest/pdf/read.ts";
import { makePdf, type TextItem } from "../ingest/pdf/make-pdf.ts";

const inputInk = (text: string) =>
  inkOf(
    normalise(text)
      .map((l) => l.text)
      .join(""),
  );
const seedsDir = join(import.meta.dirname, "../../content");
const seeds = readdirSync(seedsDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".txt"));

// Lines shaped like a paper's: headlines, bylines, datelines, wrapped text, captions, furniture, noise.
const lineArb = fc.oneof(
  fc.constantFrom(
    "全区秋粮收购工作全面启动",
    "□ 本报记者 王小明",
    "记者 张三 通讯员 李四 报道",
    "本报讯 9月20日，全区秋粮收购工作",
    "本报济南讯(记者 刘菲)近日，",
    "（王小明 李四）",
    "（文/赵一 图/钱二）",
    "编辑：张三 美编：李四",
    "今天 晴，南风2～3级",
    "2024年3月8日 星期五",
    "总第100期",
    "编者按：为展示发展成就，",
    "游客在园区采摘草莓。",
    "的重要引擎，带动农户增收。",
    "“全国文明",
    "城市”，群众满意。",
    "◆征集对象",
    "联系人：朱帅",
    "   ",
    "",
    "**粗体** <script>alert(1)</script> [x](javascript:alert(1))",
  ),
  fc
    .string({
      unit: fc.constantFrom(
        ..."的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质'",
        "，",
        "。",
        " ",
        "\u3000",
        "“",
        "”",
        "（",
        "）",
        "A",
        "1",
      ),
    })
    .map((s) => s.slice(0, 60)),
  fc.string({ maxLength: 40 }),
);
const pageArb = fc.array(lineArb, { maxLength: 40 }).map((lines) => lines.join("\n"));

describe("nothing is lost", () => {
  test.each(seeds)("every non-blank character of %s is kept exactly once", (file) => {
    const text = readFileSync(join(seedsDir, file), "utf8");
    expect(multiset(inkKept(parsePage(text)))).toBe(multiset(inputInk(text)));
  });

  test("on generated pages: every character kept exactly once, and the parser never throws", () => {
    fc.assert(
      fc.property(pageArb, (text) => {
        const parsed = parsePage(text);
        expect(multiset(inkKept(parsed))).toBe(multiset(inputInk(text)));
        for (const a of parsed.articles) {
          expect(a.title.length).toBeGreaterThan(0);
          expect(a.blocks.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  test("in the published export (dist/data/issues/*.json, as exportIssue writes it): every line and every character", () => {
    fc.assert(
      fc.property(pageArb, (text) => {
        const a = ingestFolder(
          folder({
            "2024-03-08-p01.txt": text,
            "2024-03-08-p01.meta.json": '{"publication":"test-paper","date":"2024-03-08","page":1}',
          }),
        );
        const [issue] = a.issues;
        const exported = exportIssue(
          issue!,
          a.publications.find((p) => p.id === TEST_PUBS[0]!.id)!,
          a.pages,
          a.articles,
        );
        const [page] = exported.pages;
        expect(page!.rawLines).toEqual(text.split(/\r\n|\r|\n/u));
        expect(multiset(pageInk(exported.articles, page!.furniture, page!.unassigned))).toBe(multiset(inputInk(text)));
      }),
      { numRuns: 100 },
    );
  });
});

// Pieces of printed pages: headlines, bylines, datelines, body text, captions, furniture, marks.
const PIECES = [
  "全区秋粮收购工作全面启动",
  "本报记者 王小明",
  "本报讯 9月20日，全区秋粮收购工作",
  "全面启动，各收购网点同时开秤。",
  "（王小明 李四）",
  "编辑：张三 美编：李四",
  "2024年3月8日 星期五",
  "游客在园区采摘草莓。 本报记者 王一 摄",
  "■城区新增三处口袋公园",
  "的重要引擎，带动农户增收。",
  "A03",
  "要闻",
];
const itemArb: fc.Arbitrary<TextItem & { twice: boolean }> = fc.record({
  text: fc.oneof(
    fc.constantFrom(...PIECES),
    fc.string({
      unit: fc.constantFrom(..."的一是在不了有和人这中大为上国我以要他时来用们生到作地于出，。“”"),
      minLength: 1,
      maxLength: 24,
    }),
  ),
  x: fc.integer({ min: 10, max: 450 }),
  y: fc.integer({ min: 20, max: 780 }),
  size: fc.constantFrom(9, 9, 9, 10, 14, 20, 28),
  font: fc.constantFrom("song" as const, "hei" as const),
  stroke: fc.boolean(),
  twice: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});

describe("nothing is lost on printed (PDF) pages", () => {
  test("every glyph the PDF draws is kept exactly once: in a story, the page's furniture or leftovers, or its overprints", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(itemArb, { minLength: 1, maxLength: 30 }), async (items) => {
        // an item drawn twice a hair apart: fake bold, read once and kept as an overprint
        const text = items.flatMap(({ twice, ...t }) => (twice ? [t, { ...t, x: t.x + 0.3 }] : [t]));
        const bytes = makePdf([{ text }]);
        const read = await readPdf(bytes);
        if (!read.ok) throw new Error(read.message);
        const drawn = inkOf(read.pages[0]!.runs.map((r) => r.text).join(""));
        const a = ingestFolder(folder({ "test-paper/2024-03-08-p01.pdf": Buffer.from(bytes) }));
        const report = a.reports.find((r) => r.file.endsWith(".pdf"))!;
        if (!report.ok) {
          // a page too sparse to read is refused by name, never published in part
          expect(report.problems.map((p) => p.message).join()).toMatch(/no text layer|not plausible/u);
          expect(a.pages).toHaveLength(0);
          return;
        }
        const exported = exportIssue(
          a.issues[0]!,
          a.publications.find((p) => p.id === "test-paper")!,
          a.pages,
          a.articles,
        );
        const [page] = exported.pages;
        const kept = pageInk(exported.articles, page!.furniture, page!.unassigned);
        // the 原文 holds every glyph read once, and every character of it is in exactly one place
        expect(multiset(kept)).toBe(
          multiset(
            inkOf(
              normalise(page!.rawLines.join("\n"))
                .map((l) => l.text)
                .join(""),
            ),
          ),
        );
        const overprinted = inkOf(page!.printed!.overprints.map((o) => o.text).join(""));
        expect(multiset(kept + overprinted)).toBe(multiset(drawn));
      }),
      // each run reads a PDF twice (the reference and the ingest): a few runs keep the suite quick
      { numRuns: 10 },
    );
  }, 60_000);
});
