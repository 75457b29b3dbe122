import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** A story as the press sets it: what a paper prints of it, in print order. */
export interface PressStory {
  /** The paper it came from (a folder of real stories is one JSON file a paper), or "generated". */
  paper: string;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  /** Names of its authors, and the byline as the paper prints it (`本报记者 王小明 通讯员 李四`). */
  authors: string[];
  byline: string | null;
  paragraphs: string[];
  caption: string | null;
}

const text = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);
const texts = (v: unknown): string[] => (Array.isArray(v) ? v.map(text).filter((s): s is string => s !== null) : []);

/**
 * One story of either shape the press reads: the generator's (`reporters`, `correspondents`, `caption`) or a
 * harvested real story's (`byline`, `authors`, `captions`). A story with no title or no text is skipped.
 */
export function storyOf(raw: Record<string, unknown>, paper: string): PressStory | null {
  const title = text(raw["title"]);
  const paragraphs = texts(raw["paragraphs"]);
  if (!title || paragraphs.length === 0) return null;
  const reporters = texts(raw["reporters"]);
  const correspondents = texts(raw["correspondents"]);
  const authors = texts(raw["authors"]).length > 0 ? texts(raw["authors"]) : [...reporters, ...correspondents];
  const byline =
    text(raw["byline"]) ??
    ([
      reporters.length ? `本报记者 ${reporters.join(" ")}` : "",
      correspondents.length ? `通讯员 ${correspondents.join(" ")}` : "",
    ]
      .filter(Boolean)
      .join(" ") ||
      null);
  return {
    paper,
    kicker: text(raw["kicker"]),
    title,
    subtitle: text(raw["subtitle"]),
    authors,
    byline,
    paragraphs,
    caption: text(raw["caption"]) ?? texts(raw["captions"])[0] ?? null,
  };
}

/** Stories from a JSON file (`{ stories: [...] }`) or from every JSON file of a folder (one a paper). */
export function readStories(path: string): PressStory[] {
  const files = statSync(path).isDirectory()
    ? readdirSync(path)
        .filter((f) => f.endsWith(".json"))
        .sort()
        .map((f) => join(path, f))
    : [path];
  return files.flatMap((file) => {
    const doc = JSON.parse(readFileSync(file, "utf8")) as {
      stories?: Record<string, unknown>[];
      paper?: { id?: string };
    };
    const paper = doc.paper?.id ?? (statSync(path).isDirectory() ? file.replace(/^.*\/|\.json$/gu, "") : "generated");
    return (doc.stories ?? []).flatMap((s) => storyOf(s, paper) ?? []);
  });
}
