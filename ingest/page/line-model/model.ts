import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Line, LineLabel, LineReading, PaperProfile, ReadPage } from "../types.ts";
import { allowedLabels } from "./constraints.ts";
import { FEATURES, featuresOf } from "./features.ts";
import { lineViews, type LineView } from "./views.ts";
import { endsSentence } from "../text/marks.ts";
import { wordAcross } from "../text/words.ts";

/** Fitted weights: one per label and feature, and a score for each label following each other. */
export interface Weights {
  labels: readonly LineLabel[];
  features: readonly string[];
  /** emission[label][feature] */
  emission: Record<string, Record<string, number>>;
  /** transition[from][to], from "start" for the page's first line. */
  transition: Record<string, Record<string, number>>;
  /** How much the transitions count against a line's own evidence (fitted). */
  transitionScale: number;
  /** What the weights were fitted on, for the record. */
  fitted: { pages: number; lines: number; iterations: number; l2: number; accuracy: number };
}

/** The weights files that `npm run fit` writes: for pages read as text, and for printed (PDF) pages. */
export const WEIGHTS_FILE = join(import.meta.dirname, "weights.json");
export const PDF_WEIGHTS_FILE = join(import.meta.dirname, "weights-pdf.json");

let loaded: Weights | null = null;
let loadedPdf: Weights | null = null;
export function weights(): Weights {
  loaded ??= JSON.parse(readFileSync(WEIGHTS_FILE, "utf8")) as Weights;
  return loaded;
}

/**
 * The weights for a printed page's lines: the same features, fitted apart on PDF pages, where a line's layout
 * says much that text cannot (and its lines come whole from the page, not as an extractor breaks them).
 */
export function pdfWeights(): Weights {
  loadedPdf ??= JSON.parse(readFileSync(PDF_WEIGHTS_FILE, "utf8")) as Weights;
  return loadedPdf;
}

/** The weights a page's lines are read with: a printed page's when its lines carry layout evidence. */
export const weightsFor = (lines: readonly Line[]): Weights => (lines.some((l) => l.layout) ? pdfWeights() : weights());

/**
 * The emission weights as one row of numbers per label, in the features' order: scoring a line is then a dot
 * product.
 */
const matrices = new WeakMap<Weights, Float64Array[]>();
function matrixOf(w: Weights): Float64Array[] {
  let m = matrices.get(w);
  if (!m) {
    m = w.labels.map((label) => Float64Array.from(w.features, (f) => w.emission[label]![f] ?? 0));
    matrices.set(w, m);
  }
  return m;
}

/** Label scores of one feature vector: the linear score of each label, as log-probabilities. */
export function labelScores(x: number[], w: Weights): Record<LineLabel, number> {
  const raw = matrixOf(w).map((row) => {
    let s = 0;
    for (let j = 0; j < x.length; j++) if (x[j]) s += x[j]! * row[j]!;
    return s;
  });
  const max = Math.max(...raw);
  const logZ = max + Math.log(raw.reduce((s, r) => s + Math.exp(r - max), 0));
  return Object.fromEntries(w.labels.map((l, i) => [l, raw[i]! - logZ])) as Record<LineLabel, number>;
}

/**
 * Read every line of a page: score each label from the line's features, then choose the labels of the
 * whole page at once (Viterbi), since a line's label depends on its neighbours' (a byline follows a
 * headline, text runs on in text). Blank lines have no label. A label an editor set (fix.json, by line
 * number) stands over the model's.
 */
export function readLines(
  lines: Line[],
  profile: PaperProfile | null,
  editorLabels: ReadonlyMap<number, LineLabel> = new Map(),
  w: Weights = weightsFor(lines),
): LineReading[] {
  return readViews(lineViews(lines), profile, editorLabels, w);
}

/** Read the page's line views (lineViews): the model's labels, chosen together. */
function readViews(
  views: LineView[],
  profile: PaperProfile | null,
  editorLabels: ReadonlyMap<number, LineLabel>,
  w: Weights,
): LineReading[] {
  if (!views.length) return [];
  const xs = views.map((v) => featuresOf(v, profile));
  const emissions = xs.map((x, i) => {
    const scores = labelScores(x, w);
    const allowed = allowedLabels(views[i]!, profile);
    if (allowed) for (const l of w.labels) if (!allowed.includes(l)) scores[l] = -Infinity;
    return scores;
  });
  const L = w.labels;
  const trans = (a: string, b: string) => w.transitionScale * (w.transition[a]?.[b] ?? -10);
  // best[i][k]: best score of a labelling of lines 0..i that gives line i label k; back[i][k] the label before
  const best: number[][] = [];
  const back: number[][] = [];
  best.push(L.map((l) => trans("start", l) + emissions[0]![l]));
  back.push(L.map(() => -1));
  for (let i = 1; i < views.length; i++) {
    const row: number[] = [];
    const from: number[] = [];
    for (let k = 0; k < L.length; k++) {
      let b = -Infinity;
      let arg = 0;
      for (let j = 0; j < L.length; j++) {
        const s = best[i - 1]![j]! + trans(L[j]!, L[k]!);
        if (s > b) {
          b = s;
          arg = j;
        }
      }
      row.push(b + emissions[i]![L[k]!]);
      from.push(arg);
    }
    best.push(row);
    back.push(from);
  }
  const labels: number[] = new Array(views.length);
  let k = best.at(-1)!.indexOf(Math.max(...best.at(-1)!));
  for (let i = views.length - 1; i >= 0; i--) {
    labels[i] = k;
    k = back[i]![k]!;
  }
  return views.map((v, i) => {
    const set = editorLabels.get(v.line.n);
    if (set) return { line: v.line, label: set, scores: emissions[i]!, contributions: [], byEditor: true };
    const label = L[labels[i]!]!;
    let memo: [string, number][] | null = null;
    return {
      line: v.line,
      label,
      scores: emissions[i]!,
      get contributions() {
        memo ??= FEATURES.map((f, j): [string, number] => [
          f.name,
          xs[i]![j]! * (w.emission[label]![f.name] ?? 0),
        ]).filter(([, c]) => c !== 0);
        return memo;
      },
    };
  });
}

/** A reading in a few words: the label and how sure the model is (or that an editor set it, or a rule). */
export function briefReading(r: LineReading): string {
  if (r.byEditor) return `${r.label} (set by an editor in fix.json)`;
  if (r.relabelled) return `${r.label} (${r.relabelled})`;
  return `${r.label} (p ${Math.exp(r.scores[r.label]).toFixed(2)})`;
}

/** A reading as one line of explanation: the label, its probability and the features that weighed most. */
export function explainReading(r: LineReading, top = 4): string {
  if (r.byEditor || r.relabelled) return briefReading(r);
  const p = Math.exp(r.scores[r.label]);
  const parts = [...r.contributions]
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, top)
    .map(([n, c]) => `${n} ${c >= 0 ? "+" : ""}${c.toFixed(2)}`);
  return `${r.label} (p ${p.toFixed(2)}: ${parts.join(", ")})`;
}

/** Wider than a column of type (em): a paragraph set on one line. */
const PARAGRAPH_LINE = 40;
/**
 * Whether a page's text is wrapped in columns, as most are; it is not when its paragraphs stand a line each
 * (three or more lines wider than any column) and hardly a line runs on at a column's width.
 */
function wrappedInColumns(views: LineView[]): boolean {
  const atWidth = views.filter(
    (v) =>
      v.wrap !== null &&
      !v.blankAfter &&
      (v.next?.indent ?? 0) === 0 &&
      Math.abs(v.width - v.wrap) <= 1 &&
      !endsSentence(v.line.text) &&
      // (and reads as running text the column cut: a mark inside it, or a word across into the next line; heads and
      // names alike in width over a page of paragraph lines, 自种地瓜回味甜 / 蔡华先, 春运首日发送旅客6.22万人次 /
      // 一周59架次航班直飞“尔滨”, have neither)
      (/[，、；：。“”,;:]/u.test(v.line.text) || (v.next !== null && wordAcross(v.line.text, v.next.text))),
  ).length;
  const paragraphLines = views.filter((v) => v.width > PARAGRAPH_LINE).length;
  return !(paragraphLines >= 3 && atWidth < paragraphLines / 2);
}

/** The line-model stage: every non-blank line of the page read, by its number. */
export function readPage(
  lines: Line[],
  profile: PaperProfile | null,
  editorLabels: ReadonlyMap<number, LineLabel>,
): ReadPage {
  const views = lineViews(lines);
  return {
    lines,
    readings: new Map(readViews(views, profile, editorLabels, weights()).map((r) => [r.line.n, r])),
    wrapped: wrappedInColumns(views),
    columnWidth: new Map(views.map((v) => [v.line.n, v.wrap])),
  };
}
