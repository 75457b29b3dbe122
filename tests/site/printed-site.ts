// A small site with printed pages: a paper's issue of two 版 that came as PDFs (made here, tests/ingest/pdf/make-pdf.ts:
// Chinese text, no font file) and a second issue that came as text, in one content folder, built as `npm run build`
// builds any folder: the PDF reader gives each page its `printed` PDF page and each story its `areas`.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Box } from "../../archive/schema/index.ts";
import { column } from "../ingest/pdf/pages.ts";
import { makePdf, type TextItem } from "../ingest/pdf/make-pdf.ts";
import { build } from "./build-from.ts";

interface Story {
  title: string;
  body: string;
  author: string;
  /** Where the story is drawn on its page, in points from the top-left. */
  box: Box;
}

const WIDTH = 600;
const HEIGHT = 800;

/** The pages of the printed issue, each with its stories as drawn. */
export const PRINTED_PAGES: { page: number; name: string; stories: Story[] }[] = [
  {
    page: 1,
    name: "要闻",
    stories: [
      {
        title: "全区秋粮收购工作全面启动",
        body: "本报讯 9月19日，全区秋粮收购工作全面启动，各收购点准备充分，群众卖粮方便，收购价格稳定，农户满意度高。",
        author: "王小明",
        box: { x: 30, y: 90, w: 540, h: 200 },
      },
      {
        title: "新建农贸市场开门迎客",
        body: "本报讯 位于城区北部的新建农贸市场19日开门迎客，市场设摊位三百余个，蔬菜、肉类、水产一应俱全，附近居民买菜更方便了。",
        author: "李四",
        box: { x: 30, y: 310, w: 260, h: 440 },
      },
      {
        title: "社区志愿者走进敬老院",
        body: "本报讯 重阳节前夕，社区志愿者走进敬老院，为老人理发、打扫卫生、表演节目，送去节日的问候。",
        author: "赵五",
        box: { x: 310, y: 310, w: 260, h: 440 },
      },
    ],
  },
  {
    page: 2,
    name: "综合",
    stories: [
      {
        title: "黄河滩区迁建新村通上自来水",
        body: "本报讯 近日，黄河滩区迁建新村的自来水管网全部接通，一千二百余户群众喝上了安全放心的自来水。",
        author: "钱六",
        box: { x: 30, y: 90, w: 540, h: 320 },
      },
      {
        title: "全民健身运动会开幕",
        body: "本报讯 20日上午，全区第三届全民健身运动会开幕，来自各街道的二十支代表队参加开幕式。",
        author: "孙七",
        box: { x: 30, y: 430, w: 540, h: 320 },
      },
    ],
  },
];

const DATE = "2024年9月20日 星期五";

/** A page as drawn: the paper's name and date at the top, each story's headline and body in its box. */
function drawn(stories: Story[], page: number, name: string): Uint8Array {
  const text: TextItem[] = [
    { text: "测试报", x: 30, y: 50, size: 28, font: "hei" },
    { text: `${DATE}  第${page}版 ${name}`, x: 300, y: 50, size: 10 },
  ];
  for (const s of stories) {
    text.push({ text: s.title, x: s.box.x + 5, y: s.box.y + 26, size: 20, font: "hei" });
    const perLine = Math.floor((s.box.w - 10) / 11);
    text.push(...column(`${s.body}（${s.author}）`, s.box.x + 5, s.box.y + 56, 11, perLine));
  }
  const shapes = stories.map((s) => ({ x: s.box.x, y: s.box.y + s.box.h + 5, w: s.box.w, h: 0.8, fill: true }));
  return makePdf([{ width: WIDTH, height: HEIGHT, text, shapes }]);
}

/** The content folder: the printed issue's PDFs, and a second issue as text. */
function content(): string {
  const dir = mkdtempSync(join(tmpdir(), "lubao-printed-"));
  mkdirSync(join(dir, "test-paper"));
  writeFileSync(
    join(dir, "publications.json"),
    JSON.stringify([{ id: "test-paper", name: "测试报", nameKnown: true, home: "370115" }]),
  );
  for (const p of PRINTED_PAGES) {
    const name = `test-paper/2024-09-20-p0${p.page}`;
    writeFileSync(
      join(dir, `${name}.meta.json`),
      JSON.stringify({ publication: "test-paper", page: p.page, pageName: p.name }),
    );
    writeFileSync(join(dir, `${name}.pdf`), drawn(p.stories, p.page, p.name));
  }
  writeFileSync(
    join(dir, "test-paper/2024-09-21-p01.txt"),
    [
      "测试报",
      "2024年9月21日 星期六",
      "",
      "秋季消防安全检查开始",
      "",
      "本报讯 全区秋季消防安全检查21日开始，为期一个月。 （周八）",
      "",
    ].join("\n"),
  );
  writeFileSync(
    join(dir, "test-paper/2024-09-21-p01.meta.json"),
    JSON.stringify({ publication: "test-paper", page: 1, pageName: "要闻" }),
  );
  return dir;
}

/** Build the printed site: its folders, and the build's log. */
export async function buildPrintedSite(): Promise<{ out: string; content: string; log: string }> {
  const dir = content();
  const scratch = mkdtempSync(join(tmpdir(), "lubao-printed-build-"));
  const out = join(scratch, "dist");
  const log = await build({
    ...process.env,
    LUBAO_CONTENT_DIR: dir,
    LUBAO_CACHE_DIR: join(scratch, "cache/parse"),
    LUBAO_ASTRO_CACHE_DIR: join(scratch, "cache/astro"),
    LUBAO_PAGEFIND_CACHE_DIR: join(scratch, "cache/pagefind"),
    LUBAO_PRINTED_CACHE_DIR: join(scratch, "cache/printed"),
    LUBAO_DATA_DIR: join(scratch, "data"),
    LUBAO_OUT_DIR: out,
  });
  return { out, content: dir, log };
}
