/**
 * Line labels for fitting the line model. Laid-out pages carry them from the generator (`lineLabels`);
 * a hand-annotated page carries `lineRanges` ({ label: ["3", "10-14"] }, every other line is text).
 */
import { LABELS } from "../ingest/page/line-model/labels.ts";
import type { LineLabel } from "../ingest/page/types.ts";

export interface CorpusGold {
  file: string;
  about?: string;
  articles: unknown[];
  furniture: string[];
  lineLabels?: string[];
  lineRanges?: Partial<Record<LineLabel, string[]>>;
}

/** The label of each raw line (index = line number − 1); "" for blank lines; null where the gold gives none. */
export function lineLabelsOf(
  gold: CorpusGold,
  lineCount: number,
  blank: (i: number) => boolean,
): (LineLabel | "")[] | null {
  if (gold.lineLabels) return gold.lineLabels.map((l) => (LABELS.includes(l as LineLabel) ? (l as LineLabel) : ""));
  if (!gold.lineRanges) return null;
  const out: (LineLabel | "")[] = Array.from({ length: lineCount }, (_, i) => (blank(i) ? "" : "text"));
  for (const [label, ranges] of Object.entries(gold.lineRanges)) {
    for (const r of ranges ?? []) {
      const [a, b] = r.split("-").map(Number);
      for (let n = a!; n <= (b ?? a!); n++) if (!blank(n - 1)) out[n - 1] = label as LineLabel;
    }
  }
  return out;
}
