/**
 * The values a PDF page passes through, stage by stage: glyphs and rules as the PDF draws them, runs, lines,
 * blocks, and the page's lines in reading order with their layout evidence. All positions are in page units
 * (PDF points, 1/72 inch) with the origin at the page's top-left corner and y growing downward, as a reader
 * looks at the printed page.
 */

/** A rectangle on the page. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Which way a run of type advances: left to right, or top to bottom (竖排). */
export type Direction = "horizontal" | "vertical";

/** Families of Chinese type, as papers use them: body in 宋, headlines in 黑/标宋, bylines and captions in 楷/仿宋. */
export type FontFamily = "song" | "hei" | "kai" | "fangsong" | "yuan" | "latin" | "other";

/** A font the page uses, with what its name and pdfjs tell of it. */
export interface FontInfo {
  /** pdfjs's name for the font on this page (runs refer to it). */
  id: string;
  /** The font's PostScript name without the subset prefix (`ABCDEF+`). */
  name: string;
  family: FontFamily;
  /** Bold by its name or by pdfjs's flags. */
  bold: boolean;
  /** Written top to bottom (an Identity-V CID font). */
  vertical: boolean;
}

/** One character as drawn: what it reads as and the box it covers. */
export interface Glyph {
  ch: string;
  box: Box;
}

/**
 * A run: glyphs one text-showing operator drew in one font and size along one baseline, with no wide jump
 * between them. The unit the PDF itself gives; every later stage keeps its id so a line, a block and an
 * article can say which runs (and so which areas of the page) they hold.
 */
export interface GlyphRun {
  id: number;
  text: string;
  glyphs: Glyph[];
  box: Box;
  /** FontInfo.id. */
  font: string;
  /** The size the type is set in on the page, in points. */
  size: number;
  dir: Direction;
  /** Painted with a stroke too (text rendering mode 1 or 2): a way PDFs embolden type. */
  stroked: boolean;
  /** Filled in a light colour: white type on a dark bar (banners, section labels). */
  light: boolean;
}

/** A line or rectangle the page draws: rules between stories, boxes round briefs, frames round pictures. */
export interface Rule {
  box: Box;
  /** A thin horizontal or vertical line, a rectangle (a frame, or a light panel), or a dark bar (type reversed out of it). */
  kind: "horizontal" | "vertical" | "rectangle" | "dark";
}

/** A picture placed on the page (only read when asked: decoding images costs more than the text). */
export interface Picture {
  box: Box;
}

/** One page of a PDF as read: its size, its runs, the rules and pictures it draws and its fonts. */
export interface PdfPage {
  /** 1-based position in the file. */
  index: number;
  width: number;
  height: number;
  runs: GlyphRun[];
  rules: Rule[];
  pictures: Picture[];
  fonts: FontInfo[];
}

/** Glyphs printed twice on the same spot (fake bold, a title drawn twice): dropped once, kept here. */
export interface Overprint {
  text: string;
  /** The run the dropped glyphs belonged to, and the run whose glyphs they repeat. */
  run: number;
  of: number;
  box: Box;
}

/** A line of type: runs on one baseline (or, for vertical type, one centre line), in reading direction. */
export interface PdfLine {
  text: string;
  box: Box;
  dir: Direction;
  /** The size most of its characters are set in, and the font most of them use. */
  size: number;
  font: string;
  family: FontFamily;
  bold: boolean;
  /** Ids of the runs it holds. */
  runs: number[];
  /** Its glyph boxes, in reading order (one per character of `text` that is not an inserted space). */
  glyphs: Glyph[];
  /** Letter-spaced type closed up: the gaps between its characters were read as spacing, not as spaces. */
  letterSpaced: boolean;
  /** Most of its characters are light type (reversed out of a dark bar). */
  light: boolean;
}

/** Lines that belong together by position and type: a paragraph column, a headline, a byline, a caption. */
export interface Block {
  id: number;
  lines: PdfLine[];
  box: Box;
  size: number;
  family: FontFamily;
  bold: boolean;
  dir: Direction;
}

/** A column of the page's grid: where body lines start, how wide they are, and how far down the page they run. */
export interface Column {
  x: number;
  w: number;
  top: number;
  bottom: number;
}

/** What the layout says of one line: the evidence the line model can weigh. */
export interface LineEvidence {
  /** Its size against the page's body size (1 for body text; headlines are well above). */
  relSize: number;
  bold: boolean;
  family: FontFamily;
  dir: Direction;
  block: number;
  /** Index of the column its block starts in (-1 when it starts outside the grid), and how many it spans. */
  column: number;
  span: number;
  box: Box;
  /** White space to the nearest line above and below in the same column, in body sizes (null at the edge). */
  gapAbove: number | null;
  gapBelow: number | null;
  /** First and last line of its block. */
  blockStart: boolean;
  blockEnd: boolean;
  /** A rule stands directly above or below it. */
  ruleAbove: boolean;
  ruleBelow: boolean;
  letterSpaced: boolean;
  /** How many lines its block holds, and how far its start stands in from its block's left edge, in ems. */
  blockLines: number;
  indent: number;
  /** A picture stands right beside it (above, below or to a side, within two body sizes): captions do. */
  picture: boolean;
  /** It stands inside a drawn frame (a boxed brief, a sidebar). */
  framed: boolean;
  /** Where its top stands down the page, 0 (top edge) to 1 (bottom edge). */
  top: number;
  /** Light type on a dark bar: a banner, a section's label. */
  reversed: boolean;
}

/**
 * One line of the page's 原文: its number (1-based, as --explain and .fix.json count; the 原文 holds a blank
 * line between blocks, so numbers skip there), text and evidence.
 */
export interface LayoutLine {
  n: number;
  text: string;
  runs: number[];
  evidence: LineEvidence;
}

/** Why a page cannot be read as text: named with its file. */
export interface Refusal {
  file: string;
  page: number;
  reason: "no text layer" | "not plausible Chinese";
  /** What is wrong, in a sentence that names the page but not the file; `message` is it with the file's name. */
  detail: string;
  message: string;
}

/** What the PDF layer hands on for one page. */
export interface PageLayout {
  file: string;
  /** Position in the file (1-based), and the page number the page prints (A06, 7, 第3版), if it prints one. */
  index: number;
  folio: string | null;
  width: number;
  height: number;
  /** The page's body size in points: the size most of its characters are set in. */
  bodySize: number;
  columns: Column[];
  /** Lines in reading order; `text` is the page's 原文: its lines, a blank line between blocks. */
  lines: LayoutLine[];
  text: string;
  /** Every run's box, by id, so an article can record the areas its lines cover. */
  runs: { id: number; box: Box }[];
  /** Glyphs printed twice and dropped once. */
  overprints: Overprint[];
  rules: Rule[];
  pictures: Picture[];
}
