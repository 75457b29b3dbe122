/**
 * A deterministic synthetic corpus for benchmarks, never for content/: raw pages in the shape of the
 * real ones, assembled from the real pages' own stories (their raw lines, headlines and bylines
 * included), shuffled across pages of several publications with dates spread over years. By default
 * each story's words are redrawn from jieba's word counts (vocabulary.ts), so no two stories share
 * their text and the index's vocabulary grows with the archive as a real one does; `repeated` keeps the
 * seed stories' words (the older, kinder corpus, kept for comparison).
 *   node scripts/bench/corpus.ts OUT_DIR ARTICLES [SEED] [repeated]
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ingestFolder } from "../../ingest/ingest.ts";
import { seededRandom } from "../../eval/seeded-random.ts";
import { loadVocabulary, redraw } from "./vocabulary.ts";

/** Four fictional papers in four cities, so place pages and filters get real work. */
const PAPERS = [
  { id: "bench-jinan", name: "济南测试日报", home: "370100" },
  { id: "bench-jining", name: "济宁测试报", home: "370800" },
  { id: "bench-qingdao", name: "青岛测试晚报", home: "370200" },
  { id: "bench-jiyang", name: "济阳测试区报", home: "370115" },
] as const;

const WEEKDAYS = "日一二三四五六";
/** A county paper's daily issue: eight pages. */
export const PAGES_PER_ISSUE = 8;

/** The stories of the real pages, each as the raw lines it was printed in. */
export function storyChunks(contentDir = "content"): string[] {
  const archive = ingestFolder(contentDir);
  const pages = new Map(archive.pages.map((p) => [p.id, p]));
  return archive.articles.map((a) =>
    pages
      .get(a.page)!
      .rawLines.slice(a.lines[0] - 1, a.lines[1])
      .join("\n"),
  );
}

/** Write enough pages for about `articles` stories; returns the number of pages. */
export function writeCorpus(
  out: string,
  articles: number,
  seed = 1,
  words: "redrawn" | "repeated" = "redrawn",
): number {
  const rand = seededRandom(seed);
  const chunks = storyChunks();
  const vocabulary = words === "redrawn" ? loadVocabulary() : null;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, "publications.json"), JSON.stringify(PAPERS.map((p) => ({ ...p, nameKnown: true }))));
  let written = 0;
  let page = 0;
  const start = Date.UTC(2015, 0, 1);
  // each paper's (day, page) slot is printed once: a taken slot moves to the next free page of that day
  const taken = new Set<string>();
  while (written < articles) {
    const paper = PAPERS[page % PAPERS.length]!;
    let day: Date;
    let pageNo: number;
    do {
      day = new Date(start + Math.floor(rand() * 10 * 365) * 86_400_000);
      const first = Math.floor(rand() * PAGES_PER_ISSUE);
      pageNo =
        1 +
        (Array.from({ length: PAGES_PER_ISSUE }, (_, k) => (first + k) % PAGES_PER_ISSUE).find(
          (k) => !taken.has(`${paper.id} ${+day} ${k + 1}`),
        ) ?? -2);
    } while (pageNo < 1);
    taken.add(`${paper.id} ${+day} ${pageNo}`);
    const y = day.getUTCFullYear();
    const m = day.getUTCMonth() + 1;
    const d = day.getUTCDate();
    const n = Math.min(articles - written, 5 + Math.floor(rand() * 5));
    const stories = Array.from({ length: n }, () => {
      const story = pick(chunks);
      return vocabulary ? redraw(story, vocabulary, rand) : story;
    });
    const masthead = [
      `主办：${paper.name}社`,
      "",
      `${y}年${m}月${d}日 星期${WEEKDAYS[day.getUTCDay()]}`,
      "",
      `${paper.name}总第${1000 + page}期`,
      "",
    ];
    const dir = join(out, paper.id, String(y));
    mkdirSync(dir, { recursive: true });
    const name = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}-p${String(pageNo).padStart(2, "0")}-${page}`;
    writeFileSync(
      join(dir, `${name}.txt`),
      [...(pageNo === 1 ? masthead : []), ...stories.flatMap((s) => [s, "", ""])].join("\n"),
    );
    writeFileSync(
      join(dir, `${name}.meta.json`),
      JSON.stringify({
        publication: paper.id,
        page: pageNo,
        date: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
      }),
    );
    written += n;
    page++;
  }
  return page;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [out, n, seed, words] = process.argv.slice(2);
  if (!out || !n) {
    console.error("usage: node scripts/bench/corpus.ts OUT_DIR ARTICLES [SEED]");
    process.exit(2);
  }
  const pages = writeCorpus(out, Number(n), Number(seed ?? 1), words === "repeated" ? "repeated" : "redrawn");
  console.log(
    `corpus: ${pages} pages for about ${n} articles in ${out} (${readFileSync(join(out, "publications.json"), "utf8").length} bytes of publications)`,
  );
}
