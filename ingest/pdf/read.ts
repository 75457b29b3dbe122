import { fileURLToPath } from "node:url";
import { getDocument, type PDFDocumentProxy, type PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { baseName, fontKind } from "./fonts.ts";
import { type DrawFont, drawnOf } from "./glyphs.ts";
import { matrixOf } from "./matrix.ts";
import type { FontInfo, PdfPage } from "./types.ts";

/**
 * The one file that talks to pdfjs: a PDF's bytes to its pages, each as the runs, rules and fonts it draws.
 * pdfjs-dist's legacy build runs in Node without a browser; its predefined CMaps (the Adobe CJK encodings
 * many Chinese PDFs use) are read from the package's own folder.
 */
const PDFJS = fileURLToPath(new URL("./", import.meta.resolve("pdfjs-dist/package.json")));

export interface ReadOptions {
  /**
   * Read where pictures stand. Off by default: pdfjs decodes every image to place it, which costs as much as
   * the text (measured in the README); with it off, images are skipped unread.
   */
  pictures?: boolean;
}

/** What pdfjs tells of a loaded font (its `commonObjs` entry, with `fontExtraProperties`). */
interface PdfjsFont {
  name?: string;
  loadedName?: string;
  bold?: boolean;
  black?: boolean;
  vertical?: boolean;
  fontMatrix?: ArrayLike<number>;
}

export type PdfRead = { ok: true; pages: PdfPage[] } | { ok: false; message: string };

/** A PDF's bytes to its pages in order. A file pdfjs cannot open (not a PDF, encrypted) is a message. */
export async function readPdf(bytes: Uint8Array, options: ReadOptions = {}): Promise<PdfRead> {
  const task = getDocument({
    // pdfjs takes the buffer over; give it a copy so the caller's bytes stay theirs
    data: bytes.slice(),
    cMapUrl: `${PDFJS}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${PDFJS}standard_fonts/`,
    fontExtraProperties: true,
    disableFontFace: true,
    maxImageSize: options.pictures ? -1 : 1,
    verbosity: 0,
  });
  let doc: PDFDocumentProxy;
  try {
    doc = await task.promise;
  } catch (e) {
    await task.destroy();
    return { ok: false, message: `not a readable PDF (${(e as Error).message})` };
  }
  try {
    const pages: PdfPage[] = [];
    for (let i = 1; i <= doc.numPages; i++) pages.push(await readPage(await doc.getPage(i), i, options));
    return { ok: true, pages };
  } catch (e) {
    return { ok: false, message: `a page could not be read (${(e as Error).message})` };
  } finally {
    await task.destroy();
  }
}

async function readPage(page: PDFPageProxy, index: number, options: ReadOptions): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  const ops = await page.getOperatorList();
  const loaded = new Map<string, PdfjsFont>();
  const fontOf = (id: string): PdfjsFont => {
    let f = loaded.get(id);
    if (!f) {
      f = page.commonObjs.has(id) ? (page.commonObjs.get(id) as PdfjsFont) : {};
      loaded.set(id, f);
    }
    return f;
  };
  const drawFont = (id: string): DrawFont => {
    const f = fontOf(id);
    return { vertical: Boolean(f.vertical), fontMatrix: matrixOf(f.fontMatrix ?? [0.001, 0, 0, 0.001, 0, 0]) };
  };
  const size = { width: viewport.width, height: viewport.height };
  const drawn = drawnOf(ops, drawFont, matrixOf(viewport.transform), size, !options.pictures);
  const fonts: FontInfo[] = [...new Set(drawn.runs.map((r) => r.font))].map((id) => {
    const f = fontOf(id);
    const name = baseName(f.name ?? id);
    return { id, name, ...fontKind(name, Boolean(f.bold || f.black)), vertical: Boolean(f.vertical) };
  });
  page.cleanup();
  return { index, ...size, ...drawn, fonts };
}
