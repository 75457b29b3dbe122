// Hostile text, built once for the run (build-from.ts sharedBuild) and read by hostile-site.test.ts and
// safety.test.ts: each reads its own issue of the one paper.
import { folder } from "../ingest/folder.ts";
import { sharedBuild } from "./build-from.ts";

export const text = (n: number) => "全区秋粮收购工作全面启动各收购点准备充分群众满意".repeat(20).slice(0, n);

/** Issue 16: a title that starts like a formula, a U+FFFE, emoji where a description is cut, two bylines. */
export const FORMULA_ISSUE = "test-paper-2024-09-20";
const FORMULA_PAGE = [
  '=HYPERLINK("http://example.com","点此")全区秋粮收购启动',
  "",
  "□ 本报记者 王小明",
  `本报讯 ${text(89)}😀${text(108)}😀${text(40)}。`,
  "",
  "全区秋粮\uFFFE收购工作全面启动",
  "",
  `本报讯 ${text(60)}，收购顺利。 （李四 赵五）`,
  "",
].join("\n");

/** Raw text that looks like markup: a script, an image with an onerror, a javascript: link, emphasis marks. */
export const MARKUP_ISSUE = "test-paper-2024-09-21";
export const MARKUP_TITLE = "报纸上的代码不该被执行";
const MARKUP_PAGE = [
  MARKUP_TITLE,
  "",
  '本报讯 有读者来信写道：<script>window.__pwned = 1</script> 还有 <img src=x onerror="window.__pwned = 2"> 以及 [点我](javascript:window.__pwned=3) 和 **加粗** 字样。 （王小明）',
  "",
].join("\n");

/** The hostile site: both issues, each a page of the test paper; its dist/ folder. */
export const hostileSite = () =>
  sharedBuild("hostile", () =>
    folder({
      "test-paper/2024-09-20-p01.txt": FORMULA_PAGE,
      "test-paper/2024-09-20-p01.meta.json": JSON.stringify({ publication: "test-paper", date: "2024-09-20", page: 1 }),
      "test-paper/2024-09-21-p01.txt": MARKUP_PAGE,
      "test-paper/2024-09-21-p01.meta.json": JSON.stringify({ publication: "test-paper", page: 1 }),
    }),
  );
