/**
 * The values a page passes through, stage by stage (stages.ts): lines, the line model's readings, units,
 * story bodies with the headline material between them, the headline assignment, and article drafts. Every
 * stage takes one of these and gives the next; nothing else travels between stages.
 */
import type { Block } from "../../archive/schema/block.ts";
import type { Edit, Fix, fixLabel } from "../../archive/schema/fix.ts";
import type { Furniture, FurnitureKind, Unassigned } from "../../archive/schema/page.ts";

// ── what the page is read against ──────────────────────────────────────────────────────────────────────

/**
 * A paper's habits, learned from all its pages in the archive: lines it prints on every page (its
 * nameplate, slogans, section furniture), and hints an editor set in publications.json.
 */
export interface PaperProfile {
  /** Short lines printed on more than one page of the paper: furniture, whatever they say. */
  repeated: Set<string>;
  /**
   * Of those, the lines printed on three pages or more: a series' banner (认真学习宣传贯彻党的十九大精神), not a story's
   * head that a front-page teaser or the story's continuation prints once more.
   */
  often: Set<string>;
  /** Lines an editor listed as the paper's furniture (hints.furniture): furniture wherever they stand. */
  furniture: Set<string>;
  /** Where the paper prints its headlines, when an editor says so; otherwise read from each page. */
  headline: "above" | "below" | null;
}

/** Editor's hints for a paper (publications.json `hints`). */
export interface ProfileHints {
  headline?: "above" | "below" | undefined;
  /** Lines that are always furniture in this paper, as printed. */
  furniture?: string[] | undefined;
}

/** What every stage may consult besides its input: the paper and an editor's corrections. */
export interface PageContext {
  /** The paper's name when its pages print it: the nameplate is furniture. */
  publicationName: string | null;
  /** The paper's habits, learned from all its pages (profile.ts). */
  profile: PaperProfile | null;
  /** An editor's corrections (page.fix.json). */
  fixes: readonly Fix[];
  /** The line labels an editor set (fix.json `label`), by line number. */
  editorLabels: ReadonlyMap<number, LineLabel>;
  /**
   * The page came from a PDF: its lines are in reading order with their layout, so a sentence a column cuts
   * goes on in the next text, not somewhere later (passes/reflow.ts).
   */
  printed?: boolean;
}

// ── lines ──────────────────────────────────────────────────────────────────────────────────────────────

/** A rectangle on a printed page, in page units (PDF points, origin top left). */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * What a PDF page's layout says of one line (the PDF layer, ingest/pdf, measures it); a text page has none.
 * The line model's layout features read it when it is there, so a PDF page's lines enter the same stages as
 * a text page's.
 */
export interface LayoutEvidence {
  /** Type size against the page's body size: 1 for body text, well above for headlines. */
  relSize: number;
  bold: boolean;
  /** The family of its type: 宋 for body, 黑/标宋 for headlines, 楷/仿宋 for bylines and captions. */
  family: "song" | "hei" | "kai" | "fangsong" | "yuan" | "latin" | "other";
  /** Set top to bottom (竖排), as some headlines are. */
  vertical: boolean;
  /** The block the line stands in, and how many lines that block holds. */
  block: number;
  blockLines: number;
  /** The column its block starts in (-1 outside the grid) and the columns it spans. */
  column: number;
  span: number;
  box: Box;
  /** White space to the nearest line above and below in its column, in body sizes (null at an edge). */
  gapAbove: number | null;
  gapBelow: number | null;
  /** A rule printed right above or below it. */
  ruleAbove: boolean;
  ruleBelow: boolean;
  /** Letter-spaced type, closed up (headlines are often set so). */
  letterSpaced: boolean;
  /** A picture stands right beside it; it stands inside a drawn frame. */
  picture: boolean;
  framed: boolean;
  /** Where it stands down the page, 0 (top edge) to 1 (bottom edge). */
  top: number;
  /** Light type on a dark bar: banners and section labels are set so. */
  reversed: boolean;
}

/**
 * One raw line: its 1-based number, its text without the line end, and the same trimmed with extraction
 * spacing closed.
 */
export interface Line {
  n: number;
  raw: string;
  /** Trimmed, letter-spacing and split numbers closed (the raw line keeps them for 原文). */
  text: string;
  /** Leading white space in em (a full-width space is one, an ASCII space half of one, or one where the page indents by two). */
  indent: number;
  /** What the printed page's layout says of it, when the page came from a PDF. */
  layout?: LayoutEvidence;
  /**
   * The raw line ends on white space that is a gap between words, not padding an extractor gave every line of the
   * page (set by normalise; a line without it is read by its raw text).
   */
  endsOnGap?: boolean;
}

/** What a line can be, as an editor reads a page: the labels a correction (fix.json `label`) can set too. */
export type LineLabel = (typeof fixLabel.options)[number];

/** A line's reading by the line model: its label, the scores of every label, and what weighed for the label. */
export interface LineReading {
  line: Line;
  label: LineLabel;
  /** Log-probabilities of each label from the line alone (before the neighbours' labels are weighed). */
  scores: Record<LineLabel, number>;
  /** Features that counted for the label chosen, as feature name → contribution (worked out when asked for). */
  readonly contributions: [string, number][];
  /** Set when an editor's correction (fix.json) gave the label, not the model. */
  byEditor?: true;
  /** Set when a rule of the trade on its neighbours changed the model's label (line-model/relabel.ts): why. */
  relabelled?: string;
}

/** The page's lines, blank ones included, with the reading of each non-blank one by its number. */
export interface ReadPage {
  lines: Line[];
  readings: ReadonlyMap<number, LineReading>;
  /** The page's text is wrapped in columns (some lines run on at a column width), not a paragraph a line. */
  wrapped: boolean;
  /** The column width the text wraps at around each non-blank line (em), by its number; null where none. */
  columnWidth: ReadonlyMap<number, number | null>;
}

// ── units ──────────────────────────────────────────────────────────────────────────────────────────────

interface UnitBase {
  text: string;
  lines: number[];
  /** Why the line(s) got this reading: printed by --explain and asserted in tests. */
  why: string;
}
/** What a printed page says of a heading: its largest type against the body, the most columns it spans. */
export interface PrintedHeading {
  size: number;
  span: number;
  ruleAbove: boolean;
}

/** Text printed twice on the page and dropped once (passes/repeats.ts). */
export interface Repeat {
  text: string;
  lines: number[];
}
export type Unit =
  | (UnitBase & { kind: "furniture"; furniture: FurnitureKind })
  | (UnitBase & { kind: "byline" })
  | (UnitBase & { kind: "closing" })
  | (UnitBase & {
      kind: "heading";
      parts: string[];
      /** What the printed page's type says of it (patterns/printed-headline.ts); none on a page read as text. */
      printed?: PrintedHeading;
      /** A head's stack an export set on one line with what follows it (units/wide-gap-line.ts). */
      oneLine?: true;
      /** Its first line opens with an indent, as a page's paragraphs may: where its heads do not, a subhead. */
      indented?: true;
    })
  | (UnitBase & {
      kind: "caption";
      /** Set into a sentence the story goes on with after it (passes/reflow.ts): the story's own picture. */
      cutInto?: true;
    })
  | (UnitBase & {
      kind: "box";
      /** A picture told with its credit (…感人事。王俊祥 摄), set into another story's sentence: a story of its own. */
      picture?: true;
    })
  | (UnitBase & {
      kind: "paragraph";
      /** 本报讯… that opened it, taken off the text. */
      dateline: string | null;
      /** (记者 X) printed right after the dateline. */
      datelineByline: string | null;
      /** The names of a reporter's credit the text opens with, kept in the text as printed (记者 陈芮 文/摄 4月18日，…). */
      credit: string | null;
      /** The reader's name a letter's text ends with, kept in the text as printed (。读者 薛芳玲): it closes the story. */
      signed: string | null;
      note: boolean;
      /** One line standing alone between blank lines: the shape of a caption. */
      isolated: boolean;
      /** Its first line is indented: on a page that indents its paragraphs, it opens one (passes/continuation.ts). */
      indented: boolean;
      repeats: Repeat[];
    });
export type UnitKind = Unit["kind"];
export type Paragraph = Extract<Unit, { kind: "paragraph" }>;
export type Heading = Extract<Unit, { kind: "heading" }>;
export type FurnitureUnit = Extract<Unit, { kind: "furniture" }>;

// ── stories ────────────────────────────────────────────────────────────────────────────────────────────

/** A story's body as the page prints it: its openers, text, inserts and closing byline, without its headline. */
export interface Body {
  units: Unit[];
  /** A closing byline (or the page's furniture) ended it: what follows is another story. */
  closed: boolean;
}

/** The page cut into bodies and the headline material standing between them. */
export interface Layout {
  bodies: Body[];
  /** gaps[k]: headings between body k−1 and body k; gaps[0] before the first, gaps[n] after the last. */
  gaps: Heading[][];
  furniture: FurnitureUnit[];
  /** Units with no story to belong to (a closing byline before any text…). */
  stray: Unit[];
  /**
   * Picture stories set into another story's cut sentence, each after the body it stood in: stories of their own
   * that take no headline (the heads around them are the host's and its neighbours').
   */
  inserts: { after: number; body: Body }[];
  /** What the page's habits were read as, for --explain. */
  why: string[];
  /** The page's text is wrapped in columns: a head may be wrapped over lines too. */
  wrapped: boolean;
}

/** Which headline material each body takes: from above it, from below it, or none. */
export interface Assignment {
  /** Per body: headline material printed above it and below it. */
  above: Heading[][];
  below: Heading[][];
  /** Human-readable reasons, one per gap, for --explain. */
  why: string[];
}

/** A story before it has an id, a date and places. */
export interface ArticleDraft {
  /** The bullet printed before a brief's headline (■), kept apart from the title. */
  mark: string | null;
  title: string;
  titleInferred: boolean;
  kicker: string | null;
  subtitle: string | null;
  column: string | null;
  authors: string[];
  bylines: string[];
  dateline: string | null;
  blocks: Block[];
  repeats: Repeat[];
  lines: [number, number];
  why: string[];
  /** Corrections an editor made (stories/apply-fixes.ts). */
  edits: Edit[];
}

/** A page's stories, its furniture, what belongs nowhere, and the page-level reasons. */
export interface PageDraft {
  articles: ArticleDraft[];
  furniture: Furniture[];
  unassigned: Unassigned[];
  why: string[];
}

/** A correction that could not be made, with the line it names. */
export interface FixProblem {
  line: number;
  message: string;
}

/** What the parser gives for a page: its drafts, its lines, and the corrections it could not make. */
export type ParsedPage = PageDraft & { lines: Line[]; fixProblems: FixProblem[] };
