// The benchmark's corpus must grow its vocabulary as a real archive does (issue 13): no story repeated,
// new words with every thousand stories. The older corpus (the seed stories repeated) is kept to compare.
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { writeCorpus } from "../../scripts/bench/corpus.ts";

/** The texts of a corpus's pages, and the distinct pairs of Han characters they hold. */
function read(dir: string) {
  const texts = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(dir, f), "utf8"));
  const pairs = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(/(?=(\p{Script=Han}{2}))/gu)) pairs.add(m[1]!);
  const paragraphs = texts.flatMap((t) => t.split(/\n\s*\n/u).filter((p) => p.length > 60));
  return { pairs: pairs.size, paragraphs };
}

const made = new Map<string, ReturnType<typeof read>>();
/** A corpus of n stories, written once for both tests (each is seconds of work). */
const corpus = (n: number, words: "redrawn" | "repeated") => {
  const key = `${n} ${words}`;
  if (!made.has(key)) {
    const dir = mkdtempSync(join(tmpdir(), "lubao-corpus-"));
    writeCorpus(dir, n, 1, words);
    made.set(key, read(dir));
  }
  return made.get(key)!;
};

describe("the benchmark corpus", () => {
  test("its vocabulary keeps growing with the archive; the repeated corpus's does not", () => {
    const [small, large] = [corpus(150, "redrawn"), corpus(600, "redrawn")];
    const [oldSmall, oldLarge] = [corpus(150, "repeated"), corpus(600, "repeated")];
    expect(large.pairs / small.pairs).toBeGreaterThan(2);
    expect(oldLarge.pairs / oldSmall.pairs).toBeLessThan(1.2);
  }, 60_000);

  test("no paragraph of a story is printed more than a few times", () => {
    const { paragraphs } = corpus(600, "redrawn");
    const counts = new Map<string, number>();
    for (const p of paragraphs) counts.set(p, (counts.get(p) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeLessThanOrEqual(3);
  }, 60_000);
});
