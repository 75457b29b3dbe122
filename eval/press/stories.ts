import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** A story as the press sets it: what a paper prints of it, in print order. */
export interface PressStory {
  /** The paper it came from (a folder of real stories is one JSON file a paper), or "generated". */
  paper: string;
  kicker: string | null;
  /** The printed title, or null for a story printed without one (a picture story's caption, an untitled item). */
  title: string | null;
  subtitle: string | null;
  /** Names of its authors, and the byline as the paper prints it (`本报记者 王小明 通讯员 李四`). */
  authors: string[];
  byline: string | null;
  paragraphs: string[];
  captions: string[];
  /** Subheads printed before some paragraphs (by paragraph index), as long stories carry them. */
  subheads: Record<number, string>;
}

const text = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.map(text).filter((s): s is string => s !== null) : []);

/** Marks a web store folded to half width (the harvest's README): full width again where Chinese stands beside them. */
const HALF_WIDTH: Record<string, string> = {
  ",": "，",
  ":": "：",
  ";": "；",
  "(": "（",
  ")": "）",
  "!": "！",
  "?": "？",
};
const isAsciiWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9]/u.test(c);

/**
 * Print-exact punctuation: a half-width , : ; ( ) ! ? is set full width unless it stands between two ASCII
 * letters or digits (3:00, 1,000); a web page's indent (runs of spaces) is dropped.
 */
export function printed(s: string): string {
  const chars = [...s.trim().replace(/\s{2,}/gu, " ")];
  return chars
    .map((c, i) => (HALF_WIDTH[c] && !(isAsciiWord(chars[i - 1]) && isAsciiWord(chars[i + 1])) ? HALF_WIDTH[c]! : c))
    .join("");
}

/** A paragraph that is a byline printed at a story's end (本报记者李虎, （许来伟）). */
const CLOSING = /^[（(][^（）()]{2,20}[）)]$|^(本报)?(记者|通讯员)\s*[\p{Script=Han}·\s]{2,12}$/u;

/**
 * One story of either shape the press reads: the generator's (`reporters`, `correspondents`, `caption`,
 * `subheads`) or a harvested real story's (`byline`, `authors`, `captions`, `titleShown`). A story with no
 * text is skipped; a harvested story whose title the store did not show is printed without one.
 */
export function storyOf(raw: Record<string, unknown>, paper: string): PressStory | null {
  const shown = raw["titleShown"] !== false;
  const title = shown ? text(raw["title"]) : null;
  let paragraphs = texts(raw["paragraphs"]).map(printed);
  const captions = [...texts(raw["captions"]), ...texts([raw["caption"]])].map(printed);
  // a caption the store gave as the story's first paragraph is printed under its picture, not in the text
  paragraphs = paragraphs.filter((p) => !captions.includes(p));
  if (paragraphs.length === 0 && captions.length === 0) return null;
  const reporters = texts(raw["reporters"]);
  const correspondents = texts(raw["correspondents"]);
  const authors = texts(raw["authors"]).length > 0 ? texts(raw["authors"]) : [...reporters, ...correspondents];
  let byline =
    text(raw["byline"]) ??
    ([
      reporters.length ? `本报记者 ${reporters.join(" ")}` : "",
      correspondents.length ? `通讯员 ${correspondents.join(" ")}` : "",
    ]
      .filter(Boolean)
      .join(" ") ||
      null);
  // a byline the store kept as the last paragraph is printed once, as the byline
  const last = paragraphs.at(-1);
  if (last && CLOSING.test(last)) {
    byline ??= last;
    paragraphs = paragraphs.slice(0, -1);
  }
  // the store's dateline is part of the first paragraph already, or missing: the press sets its own
  const subheads: Record<number, string> = {};
  for (const [k, v] of Object.entries((raw["subheads"] as Record<string, string> | undefined) ?? {}))
    if (text(v)) subheads[Number(k)] = printed(v);
  return {
    paper,
    kicker: text(raw["kicker"]) && printed(text(raw["kicker"])!.replace(/\n/gu, " ")),
    title: title && printed(title.replace(/\n/gu, " ")),
    subtitle: text(raw["subtitle"]) && printed(text(raw["subtitle"])!.replace(/\n/gu, " ")),
    authors,
    byline: byline && printed(byline),
    paragraphs,
    captions,
    subheads,
  };
}

/** A paper's name as its stories' file gives it (`paper.name`), for the nameplate. */
export interface PressPaper {
  id: string;
  name: string;
}

/** Stories from a JSON file (`{ stories: [...] }`) or from every JSON file of a folder (one a paper). */
export function readStories(path: string): { stories: PressStory[]; papers: PressPaper[] } {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => join(path, f))
    : [path];
  const papers: PressPaper[] = [];
  // a story another paper printed too (a wire story, a reprint) is pressed once: two copies on a page have one text
  const seen: string[] = [];
  const once = (s: PressStory) => {
    const text = [...s.paragraphs, ...s.captions].join("").replace(/\s/gu, "");
    const window = text.length > 40 ? text.slice(20, 40) : text;
    if (seen.some((t) => t.includes(window))) return false;
    seen.push(text);
    return true;
  };
  const stories = files.flatMap((file) => {
    const doc = JSON.parse(readFileSync(file, "utf8")) as {
      stories?: Record<string, unknown>[];
      paper?: { id?: string; name?: string };
    };
    const id = doc.paper?.id ?? (statSync(path).isDirectory() ? file.replace(/^.*\/|\.json$/gu, "") : "generated");
    // a name the page did not show (the harvest writes it in brackets) is no nameplate: an invented one stands in
    const name = doc.paper?.name && !doc.paper.name.startsWith("(") ? doc.paper.name : "鲁中日报";
    papers.push({ id, name });
    return (doc.stories ?? []).flatMap((s) => storyOf(s, id) ?? []).filter(once);
  });
  return { stories, papers };
}
