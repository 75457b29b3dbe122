import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fingerprintOf, importGraph } from "../archive/fingerprint.ts";
import { fileURLToPath } from "node:url";
import { threadId } from "node:worker_threads";
import type { parsePage } from "./page/stages.ts";
import { normalise } from "./page/lines/normalise.ts";
import type { Line, PaperProfile } from "./page/types.ts";
import { profileKey } from "./page/profile.ts";
import type { Fix } from "../archive/schema/fix.ts";

type Parsed = ReturnType<typeof parsePage>;

/**
 * Where parses are kept between builds, and how they are used: read and kept (a build), read only (a check,
 * which leaves no trace), or not at all (a library caller, the eval).
 */
export interface ParseCache {
  dir: string;
  use: "read-write" | "read-only" | "off";
}

/** No cache: every page parsed afresh. */
export const NO_PARSE_CACHE: ParseCache = { dir: "", use: "off" };

/**
 * The files the parser is made of: page/stages.ts and every file it imports, directly or through others, and
 * the fitted weights (of text pages and of printed pages).
 */
export function parserSources(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  return [
    ...importGraph(join(here, "page", "stages.ts")),
    join(here, "page", "line-model", "weights.json"),
    join(here, "page", "line-model", "weights-pdf.json"),
  ].sort();
}

/**
 * A fingerprint of the parser's sources: a change to a stage, a pattern, a helper it uses or the weights
 * invalidates every cached parse; a change to the command line, the writer or the site does not.
 */
const parserVersion = () => fingerprintOf(parserSources(), dirname(fileURLToPath(import.meta.url)));

let version: string | null = null;

/**
 * The cache key of one page: parser version, what the page's lines are made from (a text page's text; a PDF
 * page's lines with their layout), the paper's name and what of its profile the page meets.
 */
export function parseKey(
  identity: string,
  publicationName: string | null,
  profile: PaperProfile | null = null,
  fixes: Fix[] = [],
  lines: Line[] = normalise(identity),
): string {
  version ??= parserVersion();
  return createHash("sha1")
    .update(version)
    .update("\0")
    .update(publicationName ?? "")
    .update("\0")
    .update(
      profileKey(
        profile,
        lines.map((l) => l.text),
      ),
    )
    .update("\0")
    .update(JSON.stringify(fixes))
    .update("\0")
    .update(identity)
    .digest("hex");
}

/**
 * A page's lines and what names them exactly, for its key: a text page's own text (its lines are made from
 * it), a PDF page's lines with their layout evidence (made from its PDF's bytes, which the layout cache keys).
 */
export interface ParseInput {
  identity: string;
  lines: Line[];
}

/** The parse input of a text page. */
export const textInput = (text: string): ParseInput => ({ identity: text, lines: normalise(text) });

/** The parse input of a PDF page: its lines, named by their text and evidence. */
export const layoutInput = (lines: Line[]): ParseInput => ({
  identity: `pdf\0${createHash("sha1").update(JSON.stringify(lines)).digest("hex")}`,
  lines,
});

/**
 * A page's parse through the cache: a page whose lines, paper and parser have not changed is not parsed
 * again. The parse's lines are not kept (they are the input, made again cheaply).
 */
export function cachedParseLines(
  cache: ParseCache,
  parse: (lines: Line[]) => Parsed,
  input: ParseInput,
  publicationName: string | null,
  profile: PaperProfile | null = null,
  fixes: Fix[] = [],
): { parsed: Parsed; hit: boolean } {
  if (cache.use === "off") return { parsed: parse(input.lines), hit: false };
  const key = parseKey(input.identity, publicationName, profile, fixes, input.lines);
  const file = join(cache.dir, key.slice(0, 2), `${key}.json`);
  try {
    const draft = JSON.parse(readFileSync(file, "utf8")) as Omit<Parsed, "lines">;
    return { parsed: { ...draft, lines: input.lines }, hit: true };
  } catch {
    // not cached yet (or unreadable): parse and keep it
  }
  const parsed = parse(input.lines);
  if (cache.use === "read-only") return { parsed, hit: false };
  // the page's lines are most of a parse and cheap to make again: they are not kept
  const { lines: _, ...draft } = parsed;
  writeAtomically(file, JSON.stringify(draft));
  return { parsed, hit: false };
}

/** Write a cache file beside its final name and move it there, so a reader never meets half a file. */
export function writeAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  // worker threads share a pid: the thread's id keeps two threads writing one file from sharing a temp file
  const tmp = `${file}.tmp-${process.pid}-${threadId}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

/** parsePage through the cache, for a text page. */
export function cachedParse(
  cache: ParseCache,
  parse: typeof parsePage,
  text: string,
  publicationName: string | null,
  profile: PaperProfile | null = null,
  fixes: Fix[] = [],
): { parsed: Parsed; hit: boolean } {
  if (cache.use === "off") return { parsed: parse(text, publicationName, profile, fixes), hit: false };
  return cachedParseLines(
    cache,
    () => parse(text, publicationName, profile, fixes),
    textInput(text),
    publicationName,
    profile,
    fixes,
  );
}
