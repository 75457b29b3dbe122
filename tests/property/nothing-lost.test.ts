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
