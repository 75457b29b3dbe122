import { createWriteStream, existsSync } from "node:fs";
import PDFDocument from "pdfkit";
import type { Face, PagePlan } from "./layout.ts";

/**
 * A page plan drawn as a PDF with pdfkit and Debian's CJK fonts (development tools only: `apt-get install
 * fonts-arphic-uming fonts-wqy-zenhei fonts-arphic-ukai`). Fonts are embedded as subsets with their Unicode
 * maps, as e-paper PDFs carry them: 宋 (AR PL UMing) for body, 黑 (WenQuanYi Zen Hei) for headlines and
 * furniture, 楷 (AR PL UKai) for bylines and captions.
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

/** Write the plan to a PDF file; resolves when the file is closed. */
export function renderPdf(plan: PagePlan, path: string): Promise<void> {
  const doc = new PDFDocument({ size: [plan.width, plan.height], margin: 0, autoFirstPage: false, compress: true });
  for (const [face, f] of Object.entries(FONTS)) doc.registerFont(face, f.file, f.name);
  doc.addPage({ size: [plan.width, plan.height], margin: 0 });
  for (const f of plan.frames) {
    if (f.kind === "rule") doc.rect(f.x, f.y, f.w, f.h).fill("#000");
    else if (f.kind === "box") doc.lineWidth(0.8).rect(f.x, f.y, f.w, f.h).stroke("#000");
    else {
      // a picture frame: a grey panel with its edge drawn, as a placeholder for the photograph
      doc.rect(f.x, f.y, f.w, f.h).fill("#ccc");
      doc.lineWidth(0.5).rect(f.x, f.y, f.w, f.h).stroke("#000");
    }
  }
  doc.fillColor("#000");
  for (const l of plan.lines) {
    doc.font(l.face).fontSize(l.size);
    const opts = { lineBreak: false, characterSpacing: l.spacing, baseline: "alphabetic" as const };
    doc.text(l.text, l.x, l.y, opts);
    if (l.doubled) doc.text(l.text, l.x + 0.3, l.y, opts);
  }
  const out = createWriteStream(path);
  doc.pipe(out);
  doc.end();
  return new Promise((resolve, reject) => {
    out.on("finish", () => resolve());
    out.on("error", reject);
  });
}
