import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

/**
 * Words drawn as a Chinese newspaper draws them: jieba's dictionary (349,045 words with their counts in
 * a large corpus), shipped by the maintained @node-rs/jieba package; only its dict.txt is read, never
 * its native segmenter. Sampled by count, the words follow the language's own long tail, so a corpus
 * drawn from them keeps meeting new words as it grows, as an archive does.
 */
export interface Vocabulary {
  /** A word, drawn by its count: common words often, rare words rarely but without end. */
  draw(rand: () => number): string;
  size: number;
}

export function loadVocabulary(): Vocabulary {
  const file = createRequire(import.meta.url).resolve("@node-rs/jieba/dict.txt");
  const words: string[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [word, count] = line.split(" ");
    // Han words only: the page's own digits, Latin and punctuation stay as printed
    if (!word || !count || !/^\p{Script=Han}+$/u.test(word)) continue;
    total += Number(count);
    words.push(word);
    cumulative.push(total);
  }
  return {
    size: words.length,
    draw(rand) {
      const x = rand() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! > x) hi = mid;
        else lo = mid + 1;
      }
      return words[lo]!;
    },
  };
}

/** Han runs a story's shape depends on: datelines, bylines, credits and captions keep their words. */
const KEPT = /本报|记者|通讯员|讯|摄|编辑|责编|校对|美编|图\/|文\//u;

/**
 * A story's raw lines with their words redrawn: every run of Han characters of four or more in a line of
 * text (more than twelve characters: not a headline, byline or furniture line) is replaced by drawn words
 * cut to the same length, so line widths, punctuation, numbers and the page's layout stay as printed while
 * the vocabulary is new. Runs holding a dateline or byline word are kept.
 */
export function redraw(story: string, vocabulary: Vocabulary, rand: () => number): string {
  return story
    .split("\n")
    .map((line) =>
      [...line.trim()].length <= 12
        ? line
        : line.replace(/\p{Script=Han}{4,}/gu, (run) => {
            if (KEPT.test(run)) return run;
            const n = [...run].length;
            let out = "";
            while ([...out].length < n) out += vocabulary.draw(rand);
            return [...out].slice(0, n).join("");
          }),
    )
    .join("\n");
}
