/**
 * A small PDF writer for tests: pages of Chinese text and rules with no font file and no system font. Text
 * is set in the PDF's predefined CJK fonts (STSong-Light, SimHei: not embedded) through Adobe's UCS-2 CMaps,
 * which pdfjs ships, so every character reads back as itself; a font with no Unicode map (Identity
 * encoding, no ToUnicode) makes the mojibake a real page can carry. Positions are given as a reader sees the
 * page: x from the left edge, y of the baseline from the top edge, in points.
 */

export interface TextItem {
  text: string;
  x: number;
  /** The baseline, from the top of the page (for vertical text: the top of the first character). */
  y: number;
  size: number;
  font?: "song" | "hei" | "unmapped";
  /** Extra space after each character, in points (PDF's Tc): letter-spaced type. */
  spacing?: number;
  vertical?: boolean;
  /** Text rendering mode 2: filled and stroked (a way PDFs embolden type). */
  stroke?: boolean;
}

export interface Shape {
  x: number;
  y: number;
  w: number;
  h: number;
  fill?: boolean;
}

export interface MadePage {
  width?: number;
  height?: number;
  text?: TextItem[];
  shapes?: Shape[];
}

const FONTS = {
  song: { base: "STSong-Light", h: "UniGB-UCS2-H", v: "UniGB-UCS2-V", ordering: "GB1", supplement: 2 },
  hei: { base: "SimHei", h: "UniGB-UCS2-H", v: "UniGB-UCS2-V", ordering: "GB1", supplement: 2 },
  unmapped: { base: "DLF-1-0-718032487", h: "Identity-H", v: "Identity-V", ordering: "Identity", supplement: 0 },
} as const;

/** UCS-2 big-endian hex of a text (characters of the Basic Multilingual Plane). */
const ucs2 = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, "0")).join("");
/** Codes 0x21, 0x22, … for each character in turn: how subset fonts without a Unicode map number glyphs. */
const sequential = (s: string) => [...s].map((_, i) => (0x21 + i).toString(16).padStart(4, "0")).join("");
const n = (x: number) => Number(x.toFixed(3)).toString();

function contentOf(page: Required<MadePage>): string {
  const ops: string[] = [];
  for (const s of page.shapes) {
    ops.push(`${n(s.x)} ${n(page.height - s.y - s.h)} ${n(s.w)} ${n(s.h)} re ${s.fill ? "f" : "S"}`);
  }
  for (const t of page.text) {
    const font = `/${t.font ?? "song"}${t.vertical ? "V" : "H"}`;
    const codes = t.font === "unmapped" ? sequential(t.text) : ucs2(t.text);
    ops.push(
      `BT ${font} ${n(t.size)} Tf ${t.stroke ? 2 : 0} Tr ${n(t.spacing ?? 0)} Tc 1 0 0 1 ${n(t.x)} ${n(page.height - t.y)} Tm <${codes}> Tj ET`,
    );
  }
  return ops.join("\n");
}

/** A PDF file of the given pages, in order. */
export function makePdf(pages: readonly MadePage[]): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add("");
  const pagesObj = add("");
  const fontRefs: string[] = [];
  for (const [key, f] of Object.entries(FONTS))
    for (const dir of ["h", "v"] as const) {
      const cid = add(
        `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /${f.base} /CIDSystemInfo << /Registry (Adobe) /Ordering (${f.ordering}) /Supplement ${f.supplement} >> /DW 1000 >>`,
      );
      const type0 = add(
        `<< /Type /Font /Subtype /Type0 /BaseFont /${f.base} /Encoding /${f[dir]} /DescendantFonts [${cid} 0 R] >>`,
      );
      fontRefs.push(`/${key}${dir.toUpperCase()} ${type0} 0 R`);
    }
  const kids: number[] = [];
  for (const p of pages) {
    const page = { width: 600, height: 800, text: [], shapes: [], ...p } as Required<MadePage>;
    const stream = contentOf(page);
    const content = add(`<< /Length ${Buffer.byteLength(stream, "latin1")} >>\nstream\n${stream}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 ${page.width} ${page.height}] /Resources << /Font << ${fontRefs.join(" ")} >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  let out = "%PDF-1.7\n";
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}
