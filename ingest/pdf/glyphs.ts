import { OPS } from "pdfjs-dist/legacy/build/pdf.mjs";
import { type Matrix, IDENTITY, boxUnder, matrixOf, multiply, apply } from "./matrix.ts";
import type { Box, GlyphRun, Picture, Rule } from "./types.ts";

/** What the interpreter needs of a font: its direction and its matrix (glyph space to text space). */
export interface DrawFont {
  vertical: boolean;
  fontMatrix: Matrix;
}

/** A page's operators as pdfjs lists them (`page.getOperatorList()`). */
export interface Operators {
  fnArray: readonly number[];
  argsArray: readonly unknown[];
}

/** A glyph as pdfjs gives it in a `showText` operator. */
interface PdfjsGlyph {
  unicode: string;
  width: number;
  isSpace: boolean;
  vmetric?: readonly number[] | null;
}

/** The em box of CJK type sits from 0.12 em below the baseline to 0.88 em above it (the ideographic em box). */
const EM_ASCENT = 0.88;
const EM_DESCENT = 0.12;
/** A jump this many ems along a line between two glyphs of one operator starts a new run (a tab to another column). */
const RUN_JUMP_EM = 3;
/** A rule is at most this thick (points); shorter sides than this are no rule at all. */
const RULE_THICKNESS = 3;
const RULE_MIN_LENGTH = 10;
/** A picture's placement is inferred only when it is at least this big (points) each way. */
const MIN_PICTURE = 20;

interface TextState {
  ctm: Matrix;
  font: string | null;
  fontSize: number;
  charSpacing: number;
  wordSpacing: number;
  hScale: number;
  leading: number;
  rise: number;
  renderMode: number;
  /** The fill colour's lightness, 0 (black) to 1 (white): type is filled with it, panels painted with it. */
  fill: number;
  /** The clipping box on the page (pictures are often placed larger than they show). */
  clip: Box | null;
}

const initialState = (): TextState => ({
  ctm: IDENTITY,
  font: null,
  fontSize: 0,
  charSpacing: 0,
  wordSpacing: 0,
  hScale: 1,
  leading: 0,
  rise: 0,
  renderMode: 0,
  fill: 0,
  clip: null,
});

/** Type filled at least this light is light type (white on a dark bar: banners, section labels). */
const LIGHT = 0.8;
/** A panel filled at least this dark is a dark bar. */
const DARK = 0.5;

/** The lightness of a colour as pdfjs gives it (`#rrggbb`): its luma, 0 to 1. */
function lightnessOf(hex: unknown): number {
  const m = typeof hex === "string" ? /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/iu.exec(hex) : null;
  if (!m) return 0;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => Number.parseInt(c!, 16) / 255) as [number, number, number];
  return 0.299 * r + 0.587 * g + 0.114 * b;
}

/** The overlap of two boxes (an empty box where they do not meet). */
function intersect(a: Box, b: Box | null): Box {
  if (!b) return a;
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return {
    x,
    y,
    w: Math.max(0, Math.min(a.x + a.w, b.x + b.w) - x),
    h: Math.max(0, Math.min(a.y + a.h, b.y + b.h) - y),
  };
}

/** pdfjs's paint operators for a path: which paint it and which only clip (`endPath`). */
const PAINTS = new Set<number>([
  OPS.stroke,
  OPS.closeStroke,
  OPS.fill,
  OPS.eoFill,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);
const IMAGES = new Set<number>([
  OPS.paintImageXObject,
  OPS.paintInlineImageXObject,
  OPS.paintImageMaskXObject,
  OPS.paintImageXObjectRepeat,
  OPS.paintSolidColorImageMask,
]);

/** The smallest box holding all the boxes. */
export function unionOf(boxes: readonly Box[]): Box {
  let x0 = Number.POSITIVE_INFINITY;
  let y0 = Number.POSITIVE_INFINITY;
  let x1 = Number.NEGATIVE_INFINITY;
  let y1 = Number.NEGATIVE_INFINITY;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.w);
    y1 = Math.max(y1, b.y + b.h);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/** A rule, a rectangle, or nothing worth keeping (specks, and panels as large as the page). */
function ruleOf(box: Box, page: { width: number; height: number }, dark: boolean): Rule | null {
  if (box.w >= 0.9 * page.width && box.h >= 0.9 * page.height) return null;
  if (box.h <= RULE_THICKNESS && box.w >= RULE_MIN_LENGTH) return { box, kind: "horizontal" };
  if (box.w <= RULE_THICKNESS && box.h >= RULE_MIN_LENGTH) return { box, kind: "vertical" };
  if (box.w >= RULE_MIN_LENGTH && box.h >= RULE_MIN_LENGTH) return { box, kind: dark ? "dark" : "rectangle" };
  return null;
}

/** Paint operators that fill a path (a panel), as against only stroking its edge (a frame). */
const FILLS = new Set<number>([
  OPS.fill,
  OPS.eoFill,
  OPS.fillStroke,
  OPS.eoFillStroke,
  OPS.closeFillStroke,
  OPS.closeEOFillStroke,
]);

/**
 * A page's operator list to what it draws: glyph runs (each glyph with its box on the page), rules and,
 * when images were read, pictures. `base` maps PDF user space to the page as seen (pdfjs's viewport
 * transform: origin top-left, y down, rotation applied). The text state follows PDF's rules as pdfjs's own
 * canvas renderer does (text matrix, line matrix, character and word spacing, horizontal scaling, rise).
 * When pdfjs skipped the page's images unread (`imagesSkipped`), their placements are still known: a
 * picture is drawn as `save, transform, paint, restore`, and the skipped paint leaves the group empty.
 */
export function drawnOf(
  ops: Operators,
  fontOf: (id: string) => DrawFont,
  base: Matrix,
  page: { width: number; height: number },
  imagesSkipped = false,
): { runs: GlyphRun[]; rules: Rule[]; pictures: Picture[] } {
  const runs: GlyphRun[] = [];
  const rules: Rule[] = [];
  const pictures: Picture[] = [];
  const stack: TextState[] = [];
  // for each open save: how much had been drawn when it was made, and whether a transform followed
  const frames: { drawn: number; transformed: boolean }[] = [];
  let drawnCount = 0;
  let pendingClip = false;
  let s = initialState();
  // the text object's matrix and the current point within it
  let tm: Matrix = IDENTITY;
  let x = 0;
  let y = 0;
  let lineX = 0;
  let lineY = 0;
  const moveText = (dx: number, dy: number) => {
    lineX += dx;
    lineY += dy;
    x = lineX;
    y = lineY;
  };

  const show = (glyphs: readonly (PdfjsGlyph | number)[]) => {
    if (s.font === null || s.fontSize === 0) return;
    const font = fontOf(s.font);
    const size = Math.abs(s.fontSize);
    const advanceScale = size * font.fontMatrix[0];
    const m = multiply(multiply(base, s.ctm), tm);
    // the type's size on the page: the text-space em under the full transform
    const pageSize = size * Math.hypot(m[2], m[3]);
    const stroked = s.renderMode === 1 || s.renderMode === 2 || s.renderMode === 5 || s.renderMode === 6;
    // the direction type advances in on the page: along the text x axis, or down the text y axis
    const [ux, uy] = font.vertical ? [-m[2], -m[3]] : [m[0], m[1]];
    const norm = Math.hypot(ux, uy) || 1;
    const along = [ux / norm, uy / norm] as const;
    const dir = Math.abs(along[1]) > Math.abs(along[0]) ? "vertical" : "horizontal";
    let current: GlyphRun | null = null;
    const made: GlyphRun[] = [];
    let advance = 0;
    let lastEnd: readonly [number, number] | null = null;
    for (const g of glyphs) {
      if (typeof g === "number") {
        advance += ((font.vertical ? 1 : -1) * g * size) / 1000;
        continue;
      }
      const spacing = (g.isSpace ? s.wordSpacing : 0) + s.charSpacing;
      // the glyph's em box in text space (y up): left, bottom, right, top
      let box: [number, number, number, number];
      if (font.vertical) {
        const vm = g.vmetric ?? [-1000, g.width / 2, 880];
        const ox = x + s.hScale * (-(vm[1] ?? 0) * advanceScale);
        const oy = y + s.rise - (advance + (vm[2] ?? 880) * advanceScale);
        box = [ox, oy - EM_DESCENT * size, ox + size, oy + EM_ASCENT * size];
        advance += -(vm[0] ?? -1000) * advanceScale - spacing;
      } else {
        const ox = x + advance * s.hScale;
        const oy = y + s.rise;
        box = [ox, oy - EM_DESCENT * size, ox + Math.max(0, g.width * advanceScale * s.hScale), oy + EM_ASCENT * size];
        advance += g.width * advanceScale + spacing;
      }
      const text = g.unicode;
      if (g.isSpace || text.trim() === "") {
        lastEnd = null;
        continue;
      }
      const pageBox = boxUnder(m, ...box);
      // where it starts and ends along the line, and how far it stands off the line of the glyph before
      const start = font.vertical ? apply(m, (box[0] + box[2]) / 2, box[3]) : apply(m, box[0], box[1]);
      const end = font.vertical ? apply(m, (box[0] + box[2]) / 2, box[1]) : apply(m, box[2], box[1]);
      if (current && lastEnd) {
        const dx = start[0] - lastEnd[0];
        const dy = start[1] - lastEnd[1];
        const forward = dx * along[0] + dy * along[1];
        const aside = Math.abs(dx * along[1] - dy * along[0]);
        // a wide jump, a step back over drawn type, or a step off the line starts a new run
        if (forward > RUN_JUMP_EM * pageSize || forward < -0.5 * pageSize || aside > 0.3 * pageSize) current = null;
      }
      if (!current) {
        current = {
          id: runs.length,
          text: "",
          glyphs: [],
          box: pageBox,
          font: s.font,
          size: pageSize,
          dir,
          stroked,
          light: s.fill >= LIGHT,
        };
        runs.push(current);
        made.push(current);
      }
      current.text += text;
      current.glyphs.push({ ch: text, box: pageBox });
      lastEnd = end;
    }
    if (font.vertical) y -= advance;
    else x += advance * s.hScale;
    for (const r of made) r.box = unionOf(r.glyphs.map((g) => g.box));
  };

  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i]!;
    const args = ops.argsArray[i] as unknown[] | null;
    switch (fn) {
      case OPS.save:
        stack.push({ ...s });
        frames.push({ drawn: drawnCount, transformed: false });
        break;
      case OPS.restore: {
        // an image pdfjs was told to skip leaves its placement behind: save, transform, nothing drawn, restore
        const frame = frames.pop();
        if (imagesSkipped && frame?.transformed && frame.drawn === drawnCount) {
          const box = intersect(boxUnder(multiply(base, s.ctm), 0, 0, 1, 1), s.clip);
          if (box.w >= MIN_PICTURE && box.h >= MIN_PICTURE && box.w < page.width && box.h < page.height)
            pictures.push({ box });
        }
        s = stack.pop() ?? s;
        break;
      }
      case OPS.transform:
        s.ctm = multiply(s.ctm, matrixOf(args as number[]));
        if (frames.length) frames.at(-1)!.transformed = true;
        break;
      case OPS.paintFormXObjectBegin: {
        stack.push({ ...s });
        const matrix = args?.[0] as ArrayLike<number> | null;
        if (matrix) s.ctm = multiply(s.ctm, matrixOf(matrix));
        break;
      }
      case OPS.paintFormXObjectEnd:
        s = stack.pop() ?? s;
        break;
      case OPS.beginText:
        tm = IDENTITY;
        x = y = lineX = lineY = 0;
        break;
      case OPS.setFont:
        s.font = String(args![0]);
        s.fontSize = Number(args![1]);
        break;
      case OPS.setCharSpacing:
        s.charSpacing = Number(args![0]);
        break;
      case OPS.setWordSpacing:
        s.wordSpacing = Number(args![0]);
        break;
      case OPS.setHScale:
        s.hScale = Number(args![0]) / 100;
        break;
      case OPS.setLeading:
        s.leading = -Number(args![0]);
        break;
      case OPS.setTextRise:
        s.rise = Number(args![0]);
        break;
      case OPS.setTextRenderingMode:
        s.renderMode = Number(args![0]);
        break;
      // pdfjs gives every fill colour as #rrggbb, whatever its colour space
      case OPS.setFillRGBColor:
        s.fill = lightnessOf(args![0]);
        break;
      case OPS.setTextMatrix:
        tm = matrixOf(args![0] as ArrayLike<number>);
        x = y = lineX = lineY = 0;
        break;
      case OPS.moveText:
        moveText(Number(args![0]), Number(args![1]));
        break;
      case OPS.setLeadingMoveText:
        s.leading = Number(args![1]);
        moveText(Number(args![0]), Number(args![1]));
        break;
      case OPS.nextLine:
        moveText(0, s.leading);
        break;
      case OPS.showText:
      case OPS.showSpacedText:
        show(args![0] as (PdfjsGlyph | number)[]);
        drawnCount++;
        break;
      case OPS.clip:
      case OPS.eoClip:
        pendingClip = true;
        break;
      case OPS.constructPath: {
        const paint = Number(args![0]);
        const minMax = args![2] as ArrayLike<number> | null;
        if (pendingClip && minMax && Number.isFinite(minMax[0])) {
          s.clip = intersect(boxUnder(multiply(base, s.ctm), minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!), s.clip);
          pendingClip = false;
        }
        if (!PAINTS.has(paint) || !minMax || !Number.isFinite(minMax[0])) break;
        const dark = FILLS.has(paint) && s.fill < DARK;
        const rule = ruleOf(
          boxUnder(multiply(base, s.ctm), minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!),
          page,
          dark,
        );
        if (rule) rules.push(rule);
        drawnCount++;
        break;
      }
      default:
        if (IMAGES.has(fn)) {
          pictures.push({ box: intersect(boxUnder(multiply(base, s.ctm), 0, 0, 1, 1), s.clip) });
          drawnCount++;
        }
    }
  }
  return { runs, rules, pictures };
}
