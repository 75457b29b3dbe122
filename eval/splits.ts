/**
 * Which corpus papers are held out: never fitted on, and their failures not read while the parser is built.
 * Split by paper, so no held-out page shows a development paper's stories or habits.
 */
import { HELD_OUT as INVENTED_HELD_OUT } from "./generator/papers.ts";

/**
 * Papers of the real-story harvest held out (eval/real-pages): seven Shandong papers and two others, chosen
 * before any was laid out, among those with two stories or more.
 */
export const REAL_TEXT_HELD_OUT: ReadonlySet<string> = new Set([
  "heze-daily",
  "liaocheng-daily",
  "rizhao-daily",
  "jinri-qingzhou",
  "dezhou-daily",
  "jining-daily",
  "huanghai-morning",
  "zhengzhou-evening",
  "xinyang-daily",
]);

/** Real PDF pages' pdftotext text held out (eval/corpus/pdftotext): the one page of a paper not otherwise read. */
export const PDFTOTEXT_HELD_OUT: ReadonlySet<string> = new Set(["henan-business"]);

/**
 * A development paper's twin (eval/real-pages): its own stories laid out again in another form. Measured with the
 * development split, never fitted on: it repeats its paper's stories line for line, and fitting on both would weigh
 * those stories' lines twice.
 */
export const TWIN_SUFFIX = "-twin";
export const isTwin = (paper: string): boolean => paper.endsWith(TWIN_SUFFIX);

/**
 * The fourth harvest's papers (eval/corpus/SOURCES.md): measured with the development split, not fitted on. Refit
 * with them, the line model lost 19 of the other development papers' 1121 stories (973 → 954) and found none more
 * of their own 285 (204 both ways): the rules were built on the weights fitted without them.
 */
export const NOT_FITTED: ReadonlySet<string> = new Set([
  "baicheng-daily",
  "chongqing-cppcc-news",
  "chongqing-daily",
  "chuzhou-daily",
  "gannan-daily-jiangxi",
  "guilin-daily",
  "guizhou-daily",
  "haixia-metro",
  "hebei-legal-daily",
  "hohhot-daily",
  "huaxi-metropolis-daily",
  "huzhou-daily",
  "jiangnan-evening",
  "jilin-daily",
  "jilin-rural-news",
  "jinhua-daily",
  "jining-evening",
  "jinri-gaoyou",
  "lanjiang-daobao",
  "liaocheng-university-news",
  "liaoning-daily",
  "nantong-daily",
  "ningxia-daily",
  "northern-news",
  "qingdao-daily",
  "shandong-workers-daily",
  "tianzhong-evening",
  "xiangtan-daily",
  "zhejiang-daily",
  "zhumadian-daily",
]);

/** Every held-out paper of the corpus. */
export const HELD_OUT: ReadonlySet<string> = new Set([
  ...INVENTED_HELD_OUT,
  ...REAL_TEXT_HELD_OUT,
  ...PDFTOTEXT_HELD_OUT,
]);
