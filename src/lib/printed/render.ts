// A PDF page to images: pdfjs draws it on a canvas (@napi-rs/canvas, the canvas pdfjs itself takes in Node: no
// poppler, no system library), sharp encodes the pixels as WebP at each width. pdfjs is loaded as the PDF reader
// loads it (ingest/pdf/read.ts): its legacy build, which runs in Node, with its CMaps and standard fonts.
import { fileURLToPath } from "node:url";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import sharp from "sharp";

const PDFJS = fileURLToPath(new URL("./", import.meta.resolve("pdfjs-dist/package.json")));

/** The canvas pdfjs makes for a page (through its own canvas factory, which is @napi-rs/canvas in Node). */
interface PageCanvas {
  canvas: { width: number; height: number };
  context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
}

/**
 * Page `index` (from 1) of a PDF as WebP images at the given widths (in pixels), drawn once at the widest and scaled
 * down. A page that cannot be drawn is an error naming why.
 */
export async function renderPage(
  bytes: Uint8Array,
  index: number,
  widths: readonly number[],
  quality: number,
): Promise<Map<number, Buffer>> {
  const task = getDocument({
    data: bytes.slice(),
    cMapUrl: `${PDFJS}cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${PDFJS}standard_fonts/`,
    wasmUrl: `${PDFJS}wasm/`,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    if (index > doc.numPages) throw new Error(`the PDF has ${doc.numPages} pages, not ${index}`);
    const page = await doc.getPage(index);
    const widest = Math.max(...widths);
    const viewport = page.getViewport({ scale: widest / page.getViewport({ scale: 1 }).width });
    const factory = (doc as unknown as { canvasFactory: { create(w: number, h: number): PageCanvas } }).canvasFactory;
    const { canvas, context } = factory.create(Math.round(viewport.width), Math.round(viewport.height));
    // a white sheet: a PDF page's background is the paper, which pdfjs leaves transparent otherwise
    await page.render({ canvas: canvas as never, canvasContext: context as never, viewport, background: "#ffffff" })
      .promise;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const pixels = sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), {
      raw: { width: canvas.width, height: canvas.height, channels: 4 },
    });
    const out = new Map<number, Buffer>();
    for (const w of widths)
      out.set(
        w,
        await pixels.clone().resize({ width: w }).flatten({ background: "#ffffff" }).webp({ quality }).toBuffer(),
      );
    return out;
  } finally {
    await task.destroy();
  }
}
