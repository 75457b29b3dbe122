/**
 * What the project keeps of pressed pages (derived data it made, never the PDFs): each page's `pdftotext`
 * text with its gold and line labels as a text corpus page (eval/corpus/pressed/<paper>/), and the PDF
 * layer's reading of each page — its 原文 and every line's layout evidence — with line labels
 * (eval/press/layouts/<paper>/), which the line model's layout features are fitted on. Both are made again,
 * the same, by `npm run press`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { layoutPdf } from "../../ingest/pdf/layout.ts";
import { linesOfLayout } from "../../ingest/pdf/page-lines.ts";
import { isRefusal } from "../../ingest/pdf/stages.ts";
import { normalise } from "../../ingest/page/lines/normalise.ts";
import { type KeptLabel, type KeptLayout, PRESSED_LAYOUTS } from "./kept.ts";

const ROOT = join(import.meta.dirname, "../..");
export const PRESSED_TEXT = join(ROOT, "eval/corpus/pressed");

type Label = KeptLabel;
const squeeze = (s: string) => s.replace(/\s+/gu, "");

/**
 * Each line's label, from the printed lines' labels: the printed line it is (the first not taken yet), else the
 * printed line it is a piece of, else the label most of the printed lines it holds carry; "" for blank lines
 * and lines nothing matches (they are not fitted on).
 */
export function matchLabels(
  lines: readonly string[],
  printed: readonly { text: string; label: Label }[],
): (Label | "")[] {
  const keys = printed.map((p) => squeeze(p.text));
  const taken = new Set<number>();
  return lines.map((raw) => {
    const t = squeeze(raw);
    if (!t) return "";
    let k = keys.findIndex((key, i) => key === t && !taken.has(i));
    if (k < 0) k = keys.indexOf(t);
    if (k >= 0) {
      taken.add(k);
      return printed[k]!.label;
    }
    k = keys.findIndex((key) => key.length > 1 && key.includes(t));
    if (k >= 0 && t.length >= 2) return printed[k]!.label;
    const inside = keys.flatMap((key, i) => (key && t.includes(key) ? [printed[i]!.label] : []));
    if (inside.length === 0) return "";
    const counts = new Map<Label, number>();
    for (const l of inside) counts.set(l, (counts.get(l) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  });
}

const tenth = (x: number) => Math.round(x * 10) / 10;

export async function keepDerived(pages: { paper: string; name: string; dir: string }[], publications: string) {
  for (const d of [PRESSED_TEXT, PRESSED_LAYOUTS]) rmSync(d, { recursive: true, force: true });
  mkdirSync(PRESSED_TEXT, { recursive: true });
  writeFileSync(join(PRESSED_TEXT, "publications.json"), readFileSync(publications));
  let kept = 0;
  for (const { paper, name, dir } of pages) {
    const printed = (
      JSON.parse(readFileSync(join(dir, `${name}.labels.json`), "utf8")) as { lines: { text: string; label: Label }[] }
    ).lines;
    const gold = JSON.parse(readFileSync(join(dir, `${name}.gold.json`), "utf8")) as Record<string, unknown>;
    const txt = join(dir, `${name}.txt`);
    if (existsSync(txt)) {
      const text = readFileSync(txt, "utf8");
      const lineLabels = matchLabels(
        normalise(text).map((l) => l.raw),
        printed,
      );
      mkdirSync(join(PRESSED_TEXT, paper), { recursive: true });
      writeFileSync(join(PRESSED_TEXT, paper, `${name}.txt`), text);
      writeFileSync(
        join(PRESSED_TEXT, paper, `${name}.gold.json`),
        `${JSON.stringify({ ...gold, about: `${String(gold["about"])} Its text as pdftotext (poppler, default mode) extracts it from the pressed PDF.`, lineLabels }, null, 1)}\n`,
      );
    }
    const r = await layoutPdf(new Uint8Array(readFileSync(join(dir, `${name}.pdf`))), `${name}.pdf`);
    const page = r.ok ? r.pages[0] : undefined;
    if (!page || isRefusal(page)) {
      console.warn(`${name}: the PDF layer did not read it`);
      continue;
    }
    const lines = linesOfLayout(page);
    const layout: KeptLayout = {
      source: `${paper}/${name}.pdf`,
      text: page.text,
      lines: lines.flatMap((l) =>
        l.layout
          ? [
              [
                l.n,
                l.indent,
                {
                  ...l.layout,
                  box: {
                    x: tenth(l.layout.box.x),
                    y: tenth(l.layout.box.y),
                    w: tenth(l.layout.box.w),
                    h: tenth(l.layout.box.h),
                  },
                },
              ] as KeptLayout["lines"][number],
            ]
          : [],
      ),
      labels: matchLabels(
        lines.map((l) => l.raw),
        printed,
      ),
    };
    mkdirSync(join(PRESSED_LAYOUTS, paper), { recursive: true });
    writeFileSync(join(PRESSED_LAYOUTS, paper, `${name}.json`), `${JSON.stringify(layout)}\n`);
    kept++;
  }
  console.log(`kept ${kept} pressed pages' text and layout (eval/corpus/pressed, eval/press/layouts)`);
}
