import { createWriteStream, existsSync } from "node:fs";
import { deflateSync } from "node:zlib";
import PDFDocument from "pdfkit";
import type { Face, PagePlan } from "./layout.ts";

/**
 * A page plan drawn as a PDF with pdfkit and Debian's CJK fonts (development tools only: `apt-get install
 * fonts-arphic-uming fonts-wqy-zenhei fonts-arphic-ukai`). Fonts are embedded as subsets with their Unicode
 * maps, as e-paper PDFs carry them: 宋 (AR PL UMing) for body, 黑 (WenQuanYi Zen Hei) for headlines and
 * furniture, 楷 (AR PL UKai) for bylines and captions. Bold is made as papers' PDFs make it: drawn twice a
 * hair apart, or filled and stroked.
 */
export const FONTS: Record<Face, { file: string; name: string }> = {
  song: { file: "/usr/share/fonts/truetype/arphic/uming.ttc", name: "UMingCN" },
  hei: { file: "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", name: "WenQuanYiZenHei" },
  kai: { file: "/usr/share/fonts/truetype/arphic/ukai.ttc", name: "UKaiCN" },
};

export const missingFonts = () =>
  Object.values(FONTS)
    .filter((f) => !existsSync(f.file))
    .map((f) => f.file);

/** A small grey picture (a PNG of 4 × 4 pixels), placed where a photograph stands: real pages place images there. */
function greyPicture(): Buffer {
  const crc = (buf: Buffer) => {
    let c = -1;
    for (const byte of buf) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
    }
    return (c ^ -1) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(4, 0);
  header.writeUInt32BE(4, 4);
  header.writeUInt8(8, 8); // bit depth
  header.writeUInt8(0, 9); // greyscale
  const rows = Buffer.alloc(4 * 5, 0xb0);
  for (let r = 0; r < 4; r++) rows[r * 5] = 0; // no filter
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Write the plan to a PDF file; resolves when the file is closed. */
export function renderPdf(plan: PagePlan, path: string): Promise<void> {
  // a fixed creation date: the same plan makes the same bytes
  const doc = new PDFDocument({
    size: [plan.width, plan.height],
    margin: 0,
    autoFirstPage: false,
    compress: true,
    info: { CreationDate: new Date(0), Producer: "lubao page press", Creator: "lubao page press" },
  });
  for (const [face, f] of Object.entries(FONTS)) doc.registerFont(face, f.file, f.name);
  doc.addPage({ size: [plan.width, plan.height], margin: 0 });
  const picture = greyPicture();
  for (const f of plan.frames) {
    if (f.kind === "rule" || f.kind === "bar") doc.rect(f.x, f.y, f.w, f.h).fill(f.kind === "bar" ? "#333" : "#000");
    else if (f.kind === "box") doc.lineWidth(0.8).rect(f.x, f.y, f.w, f.h).stroke("#000");
    else {
      // a picture: an image where the photograph stands, its edge drawn
      doc.image(picture, f.x, f.y, { width: f.w, height: f.h });
      doc.lineWidth(0.5).rect(f.x, f.y, f.w, f.h).stroke("#000");
    }
  }
  for (const l of plan.lines) {
    doc.fillColor(l.white ? "#fff" : "#000").strokeColor(l.white ? "#fff" : "#000");
    doc.fontSize(l.size);
    const opts = {
      lineBreak: false,
      characterSpacing: l.spacing,
      baseline: "alphabetic" as const,
      ...(l.stroked ? { stroke: true, fill: true } : {}),
    };
    const segments = l.segments ?? [{ text: l.text, face: l.face }];
    if (l.justify) {
      // justified type: the characters spaced out so the line fills its column, as papers set body text
      const natural = segments.reduce((w, s) => w + doc.font(s.face).widthOfString(s.text), 0);
      const gaps = [...l.text].length - 1;
      const extra = gaps > 0 ? (l.justify - natural) / gaps : 0;
      if (extra > -0.3 * l.size && extra < l.size) opts.characterSpacing = extra;
    }
    // each piece at its own place on the one baseline (pdfkit's continued text moves a piece in another face)
    const draw = (dx: number) => {
      let x = l.x + dx;
      for (const seg of segments) {
        doc.font(seg.face);
        doc.text(seg.text, x, l.y, opts);
        x += doc.widthOfString(seg.text) + opts.characterSpacing * [...seg.text].length;
      }
    };
    draw(0);
    if (l.doubled) draw(0.3);
  }
  const out = createWriteStream(path);
  doc.pipe(out);
  doc.end();
  return new Promise((resolve, reject) => {
    out.on("finish", () => resolve());
    out.on("error", reject);
  });
}
