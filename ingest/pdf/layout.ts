import { type ReadOptions, readPdf } from "./read.ts";
import { layoutOf } from "./stages.ts";
import type { PageLayout, Refusal } from "./types.ts";

export type PdfLayout = { ok: true; pages: (PageLayout | Refusal)[] } | { ok: false; message: string };

/**
 * A PDF file's pages, each laid out (PDF_STAGES) or refused with a message naming the file: one 版 a page,
 * in the order the file holds them. A file pdfjs cannot open is a message naming it.
 */
export async function layoutPdf(bytes: Uint8Array, file: string, options: ReadOptions = {}): Promise<PdfLayout> {
  const read = await readPdf(bytes, options);
  if (!read.ok) return { ok: false, message: `${file}: ${read.message}` };
  return { ok: true, pages: read.pages.map((p) => layoutOf(p, file)) };
}
