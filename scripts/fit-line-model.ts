#!/usr/bin/env node
/**
 * Fit the line model's weights on the development corpus and write them to
 * ingest/page/line-model/weights.json (`npm run fit`), and apart, on the pressed pages' PDF readings, to
 * weights-pdf.json (the weights printed pages' lines are read with).
 *
 * Emission weights: multinomial logistic regression over the line features, L2-regularised, fitted by
 * full-batch gradient descent from zero for a fixed number of steps, so a refit on the same corpus gives
 * the same file. Transitions: smoothed log-frequencies of one label following another. Held-out papers
 * (eval/splits.ts; pressed: eval/held-out.ts) are never read.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { normalise } from "../ingest/page/lines/normalise.ts";
import type { LineLabel } from "../ingest/page/types.ts";
import { FEATURES, featuresOf } from "../ingest/page/line-model/features.ts";
import { LABELS } from "../ingest/page/line-model/labels.ts";
import { lineViews } from "../ingest/page/line-model/views.ts";
import { PDF_WEIGHTS_FILE, WEIGHTS_FILE, readLines, type Weights } from "../ingest/page/line-model/model.ts";
import { profileOf } from "../ingest/page/profile.ts";
import { lineLabelsOf, type CorpusGold } from "../eval/line-labels.ts";
import { corpusPages, heldOut, type CorpusPage } from "../eval/corpus.ts";
import { isHeldOut } from "../eval/held-out.ts";
import { isTwin, NOT_FITTED } from "../eval/splits.ts";
import { keptLayouts, linesOfKept } from "../eval/press/kept.ts";

const ROOT = join(import.meta.dirname, "..");
const ITERATIONS = 1500;
const LEARNING_RATE = 0.5;
const L2 = 0.002;

/** Real pages labelled line by line for fitting only (eval/training/*.labels.json; see its README). */
export function labelledPages(dir = join(ROOT, "eval/training")): CorpusPage[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".labels.json"))
    .sort()
    .map((f) => {
      const spec = JSON.parse(readFileSync(join(dir, f), "utf8")) as {
        source: string;
        paper: string;
        lineRanges: NonNullable<CorpusGold["lineRanges"]>;
      };
      return {
        set: "seed" as const,
        paper: spec.paper,
        file: spec.source,
        lines: normalise(readFileSync(join(ROOT, spec.source), "utf8")),
        gold: { file: spec.source, articles: [], furniture: [], lineRanges: spec.lineRanges },
      };
    });
}

/**
 * Pressed pages as the PDF layer reads them (eval/press/layouts): their lines carry the layout evidence the
 * line model's layout features read. Their paper is named apart from the same pages' text (`pdf:` before it),
 * so a paper's profile is learned from pages of one kind.
 */
export function pressedPdfPages(): CorpusPage[] {
  return keptLayouts().map(({ paper, file, kept }) => ({
    set: "pressed" as const,
    paper: `pdf:${paper}`,
    file,
    lines: linesOfKept(kept),
    gold: { file, articles: [], furniture: [], lineLabels: kept.labels },
  }));
}

/**
 * The pages the text weights are fitted on: the development split (held-out papers, twins and NOT_FITTED left out) and the
 * labelled real pages.
 */
export const trainingPages = (pages = corpusPages()): CorpusPage[] => [
  ...pages.filter((p) => !heldOut(p) && !isTwin(p.paper) && !NOT_FITTED.has(p.paper)),
  ...labelledPages(),
];

/**
 * The pages the printed pages' weights are fitted on: the pressed pages' PDF readings, held-out pressed papers
 * left out. Real PDF pages never are: they are the measure.
 */
export const pdfTrainingPages = () => pressedPdfPages().filter((p) => !isHeldOut(p.paper.replace(/^pdf:/u, "")));

/** Caption marks the line model is to learn from: 摄, 供图, 图为… */
const CAPTION_MARKED = /(摄|供图)$|^(图为|▲|△)/u;

interface Example {
  x: number[];
  y: number;
}

function examplesOf(pages: CorpusPage[]): {
  examples: Example[];
  sequences: number[][];
  decoded: { page: CorpusPage; labels: (LineLabel | "")[]; profile: ReturnType<typeof profileOf> }[];
} {
  // a paper's profile is learned from its pages of one set (a set's paper is not another set's, though named alike)
  const byPaper = new Map<string, CorpusPage[]>();
  for (const p of pages) byPaper.set(`${p.set}/${p.paper}`, [...(byPaper.get(`${p.set}/${p.paper}`) ?? []), p]);
  const examples: Example[] = [];
  const sequences: number[][] = [];
  const decoded: { page: CorpusPage; labels: (LineLabel | "")[]; profile: ReturnType<typeof profileOf> }[] = [];
  for (const group of byPaper.values()) {
    const profile = profileOf(group.map((p) => p.lines));
    for (const page of group) {
      const labels = lineLabelsOf(page.gold, page.lines.length, (i) => page.lines[i]!.text === "");
      if (!labels) continue;
      decoded.push({ page, labels, profile });
      const seq: number[] = [];
      for (const v of lineViews(page.lines)) {
        let label = labels[v.line.n - 1];
        if (!label) continue;
        // a caption standing alone between blank lines is reflow's to find (it cuts a sentence the blocks
        // around it join); the line model learns the captions blank lines do not set apart, and marked ones
        // (on a printed page the picture beside a caption says what blank lines cannot: it is learned as a caption)
        if (label === "caption" && !v.line.layout && v.blankBefore && v.blankAfter && !CAPTION_MARKED.test(v.line.text))
          label = "text";
        const y = LABELS.indexOf(label);
        examples.push({ x: featuresOf(v, profile), y });
        seq.push(y);
      }
      sequences.push(seq);
    }
  }
  return { examples, sequences, decoded };
}

/** Scales tried for the transition scores: how much a label's neighbours count against its own evidence. */
const TRANSITION_SCALES = [0, 0.1, 0.2, 0.35, 0.5, 0.75, 1];

const round = (x: number) => Math.round(x * 1e4) / 1e4;

/** Fit the weights on some pages: deterministic for the same pages. */
export function fitLineModel(pages: CorpusPage[]): Weights {
  const { examples, sequences, decoded } = examplesOf(pages);
  const K = LABELS.length;
  const D = FEATURES.length;
  const W = Array.from({ length: K }, () => new Float64Array(D));
  // classes weighted towards balance (square root of inverse frequency): headlines are few but decisive
  const counts = LABELS.map((_, k) => examples.filter((e) => e.y === k).length);
  const classWeight = counts.map((c) => (c ? Math.sqrt(examples.length / (K * c)) : 0));
  const n = examples.length;
  // lines with the same features and label are one example counted as often as it occurs, and each keeps only
  // its features that are not 0: the fit goes over far fewer, shorter rows (the same sums, in a fixed order)
  const unique = new Map<string, { at: number[]; v: number[]; y: number; count: number }>();
  for (const { x, y } of examples) {
    const key = `${y}:${x.join(",")}`;
    const seen = unique.get(key);
    if (seen) seen.count++;
    else {
      const at = x.flatMap((v, j) => (v ? [j] : []));
      unique.set(key, { at, v: at.map((j) => x[j]!), y, count: 1 });
    }
  }
  const rows = [...unique.values()];
  const z = new Float64Array(K);
  for (let it = 0; it < ITERATIONS; it++) {
    const grad = Array.from({ length: K }, () => new Float64Array(D));
    for (const { at, v, y, count } of rows) {
      let m = -Infinity;
      for (let k = 0; k < K; k++) {
        let s = 0;
        for (let i = 0; i < at.length; i++) s += v[i]! * W[k]![at[i]!]!;
        z[k] = s;
        if (s > m) m = s;
      }
      let sum = 0;
      for (let k = 0; k < K; k++) {
        z[k] = Math.exp(z[k]! - m);
        sum += z[k]!;
      }
      const cw = classWeight[y]! * count;
      for (let k = 0; k < K; k++) {
        const g = (z[k]! / sum - (k === y ? 1 : 0)) * cw;
        if (g === 0) continue;
        const gk = grad[k]!;
        for (let i = 0; i < at.length; i++) gk[at[i]!]! += g * v[i]!;
      }
    }
    for (let k = 0; k < K; k++)
      for (let j = 0; j < D; j++) W[k]![j]! -= LEARNING_RATE * (grad[k]![j]! / n + L2 * W[k]![j]!);
  }
  const emission = Object.fromEntries(
    LABELS.map((l, k) => [l, Object.fromEntries(FEATURES.map((f, j) => [f.name, round(W[k]![j]!)]))]),
  );
  // transitions: how often each label follows each other, smoothed
  const from = ["start", ...LABELS];
  const tc = Object.fromEntries(from.map((a) => [a, Object.fromEntries(LABELS.map((b) => [b, 1]))])) as Record<
    string,
    Record<string, number>
  >;
  for (const seq of sequences)
    seq.forEach((y, i) => {
      tc[i === 0 ? "start" : LABELS[seq[i - 1]!]!]![LABELS[y]!]! += 1;
    });
  const transition = Object.fromEntries(
    from.map((a) => {
      const total = Object.values(tc[a]!).reduce((s, v) => s + v, 0);
      return [a, Object.fromEntries(LABELS.map((b) => [b, round(Math.log(tc[a]![b]! / total))]))];
    }),
  );
  const weights: Weights = {
    labels: LABELS,
    features: FEATURES.map((f) => f.name),
    emission,
    transition,
    transitionScale: 1,
    fitted: { pages: sequences.length, lines: n, iterations: ITERATIONS, l2: L2, accuracy: 0 },
  };
  // the transition scale that reads the training pages best, decoded whole (ties to the smaller scale)
  let bestAccuracy = -1;
  for (const scale of TRANSITION_SCALES) {
    const trial = { ...weights, transitionScale: scale };
    let right = 0;
    for (const d of decoded)
      for (const r of readLines(d.page.lines, d.profile, new Map(), trial))
        if (d.labels[r.line.n - 1] === r.label) right++;
    if (right > bestAccuracy) {
      bestAccuracy = right;
      weights.transitionScale = scale;
    }
  }
  weights.fitted.accuracy = round(bestAccuracy / Math.max(1, n));
  return weights;
}

export const serialise = (w: Weights) => `${JSON.stringify(w, null, 1)}\n`;

if (import.meta.filename === process.argv[1]) {
  for (const [pages, file] of [
    [trainingPages(), WEIGHTS_FILE],
    [pdfTrainingPages(), PDF_WEIGHTS_FILE],
  ] as const) {
    const w = fitLineModel(pages);
    writeFileSync(file, serialise(w));
    console.log(
      `fit: ${w.fitted.pages} pages, ${w.fitted.lines} lines (${LABELS.join(", ")}); training accuracy ${w.fitted.accuracy} → ${relative(process.cwd(), file)}`,
    );
  }
}
