import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { listPages } from "./files.ts";
import { folderContext } from "./ingest.ts";
import { explainReading, readLines } from "./page/line-model/model.ts";
import { editorLabelsOf } from "./page/stages.ts";
import { readPage } from "./read-page.ts";
import type { LayoutEvidence } from "./page/types.ts";

/** The folder a page is filed in: the nearest folder above it holding publications.json, else its own. */
export function contentDirOf(file: string): string {
  for (let d = dirname(resolve(file)); d !== dirname(d); d = dirname(d))
    if (existsSync(join(d, "publications.json"))) return d;
  return dirname(resolve(file));
}

/**
 * Why each line of a page was read as it was. The page is read by the ingest's own readPage, in its
 * folder (its paper, the paper's profile from all its pages, the editor's corrections), so what this
 * explains is what the build publishes: each line's label and the features that weighed for it, then
 * the stories with their reasons, and what was left for review.
 */
export function explainPage(file: string): { ok: boolean; titles: string[]; text: string[] } {
  const dir = contentDirOf(file);
  const { ctx, problems } = folderContext(dir, listPages(dir).files);
  const { report, pages } = readPage(ctx, resolve(file));
  const text = [...problems, ...report.problems].map(
    (p) => `${p.severity}: ${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`,
  );
  if (pages.length === 0) return { ok: false, titles: [], text };
  for (const read of pages) {
    const { parsed, publication, profile, fixes, layout } = read;
    text.push(
      `${read.page.source}: paper ${publication.name} (${publication.id}); ${profile ? `profile from its pages (${profile.repeated.size} repeated lines)` : "no profile"}; ${fixes.length} correction(s); date ${JSON.stringify(read.issue.date)}`,
    );
    if (layout)
      text.push(
        `printed page ${layout.index} of the PDF, ${layout.width}×${layout.height} pt, folio ${layout.folio ?? "none"}; body type ${layout.bodySize} pt; ${layout.columns.length} columns; ${layout.overprints.length} overprint(s)`,
      );
    text.push(
      "",
      layout
        ? "lines (label, probability, the features that weighed most; then what the printed page's layout says):"
        : "lines (label, probability, the features that weighed most):",
    );
    for (const r of readLines(parsed.lines, profile, editorLabelsOf(fixes))) {
      text.push(`  ${String(r.line.n).padStart(4)}  ${explainReading(r, 6)}  ${r.line.text.slice(0, 40)}`);
      if (r.line.layout) text.push(`        ${describeLayout(r.line.layout)}`);
    }
    for (const a of parsed.articles) {
      text.push("", `${a.title}${a.titleInferred ? " (title inferred)" : ""} — lines ${a.lines.join("–")}`);
      for (const w of a.why) text.push(`  ${w}`);
    }
    for (const a of read.articles)
      if (a.areas.length)
        text.push(`areas of ${a.title}: ${a.areas.map((b) => `(${b.x}, ${b.y}) ${b.w}×${b.h}`).join("; ")}`);
    text.push(...parsed.why);
    for (const u of parsed.unassigned) text.push(`unassigned ${u.lines.join(",")}: ${u.reason}: ${u.text}`);
    text.push("");
  }
  return { ok: true, titles: pages.flatMap((p) => p.articles.map((a) => a.title)), text };
}

/** A line's layout evidence in a few words, for --explain. */
export function describeLayout(e: LayoutEvidence): string {
  const gap = (g: number | null) => (g === null ? "edge" : g.toFixed(1));
  return [
    `size ${e.relSize.toFixed(2)}× body`,
    `${e.family}${e.bold ? " bold" : ""}${e.vertical ? " vertical" : ""}${e.letterSpaced ? " letter-spaced" : ""}`,
    `block ${e.block} (${e.blockLines} line${e.blockLines === 1 ? "" : "s"})`,
    e.column < 0 ? "outside the column grid" : `column ${e.column + 1}, spans ${e.span}`,
    `at (${Math.round(e.box.x)}, ${Math.round(e.box.y)}) ${Math.round(e.box.w)}×${Math.round(e.box.h)}, ${Math.round(e.top * 100)}% down`,
    `space above ${gap(e.gapAbove)}, below ${gap(e.gapBelow)}`,
    ...(e.ruleAbove ? ["rule above"] : []),
    ...(e.ruleBelow ? ["rule below"] : []),
    ...(e.picture ? ["beside a picture"] : []),
    ...(e.framed ? ["in a frame"] : []),
  ].join("; ");
}
