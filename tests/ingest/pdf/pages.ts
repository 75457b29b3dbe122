import { readPdf } from "../../../ingest/pdf/read.ts";
import { PDF_STAGES, type PdfPageState } from "../../../ingest/pdf/stages.ts";
import type { PdfPage } from "../../../ingest/pdf/types.ts";
import { type MadePage, makePdf } from "./make-pdf.ts";

/** A page made by makePdf, read back as the PDF layer reads it. */
export async function pageOf(made: MadePage): Promise<PdfPage> {
  const r = await readPdf(makePdf([made]));
  if (!r.ok) throw new Error(r.message);
  return r.pages[0]!;
}

/** A read page through every stage of PDF_STAGES (a refusal is kept in the state, not returned). */
export function stateOf(page: PdfPage, file = "made.pdf"): PdfPageState {
  const start: PdfPageState = {
    file,
    page,
    runs: page.runs,
    overprints: [],
    lines: [],
    refusal: null,
    bodySize: 0,
    blocks: [],
    columns: [],
    ordered: [],
    layoutLines: [],
  };
  return PDF_STAGES.reduce((s, stage) => stage.run(s), start);
}

/** Body text: a column of lines of the given characters, wrapped at `perLine` characters. */
export function column(text: string, x: number, y: number, size: number, perLine: number, leading = 1.4) {
  const chars = [...text];
  const out = [];
  for (let i = 0, k = 0; i < chars.length; i += perLine, k++)
    out.push({ text: chars.slice(i, i + perLine).join(""), x, y: y + k * size * leading, size });
  return out;
}
