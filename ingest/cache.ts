import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fingerprintOf, importGraph } from "../archive/fingerprint.ts";
import { fileURLToPath } from "node:url";
import { threadId } from "node:worker_threads";
import type { parsePage } from "./page/stages.ts";
import { normalise, type Line } from "./page/normalise.ts";
import { profileKey, type PaperProfile } from "./page/profile.ts";
import type { Fix } from "../archive/schema/fix.ts";

type Parsed = ReturnType<typeof parsePage>;

/**
 * Where parses are kept between builds (LUBAO_CACHE_DIR to move it, LUBAO_NO_CACHE=1 to skip it,
 * LUBAO_CACHE_READONLY=1 to read it only).
 */
export const CACHE_DIR = process.env["LUBAO_CACHE_DIR"] ?? ".lubao/cache/parse";

/**
 * The files the parser is made of: page/stages.ts and every file it imports, directly or through others, and
 * the fitted weights.
 */
export function parserSources(): string[] {
  const here = dirname(fileURLToPath(import.meta.url));
  return [...importGraph(join(here, "page", "stages.ts")), join(here, "page", "line-model", "weights.json")].sort();
}

/**
 * A fingerprint of the parser's sources: a change to a stage, a pattern, a helper it uses or the weights
 * invalidates every cached parse; a change to the command line, the writer or the site does not.
 */
const parserVersion = () => fingerprintOf(parserSources(), dirname(fileURLToPath(import.meta.url)));

let version: string | null = null;

/** The cache key of one page: parser version, the page's text, the paper's name and what of its profile the page meets. */
export function cacheKey(
  text: string,
  publicationName: string | null,
  profile: PaperProfile | null = null,
  fixes: Fix[] = [],
  lines: Line[] = normalise(text),
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
    .update(text)
    .digest("hex");
}

/** parsePage through the cache: a page whose text, paper and parser have not changed is not parsed again. */
export function cachedParse(
  parse: typeof parsePage,
  text: string,
  publicationName: string | null,
  profile: PaperProfile | null = null,
  fixes: Fix[] = [],
): { parsed: Parsed; hit: boolean } {
  if (process.env["LUBAO_NO_CACHE"] === "1")
    return { parsed: parse(text, publicationName, profile, fixes), hit: false };
  // the page's lines serve its key and, on a hit, the parse read back: made once
  const lines = normalise(text);
  const key = cacheKey(text, publicationName, profile, fixes, lines);
  const file = join(CACHE_DIR, key.slice(0, 2), `${key}.json`);
  try {
    const draft = JSON.parse(readFileSync(file, "utf8")) as Omit<Parsed, "lines">;
    return { parsed: { ...draft, lines }, hit: true };
  } catch {
    // not cached yet (or unreadable): parse and keep it
  }
  const parsed = parse(text, publicationName, profile, fixes);
  if (process.env["LUBAO_CACHE_READONLY"] === "1") return { parsed, hit: false };
  mkdirSync(dirname(file), { recursive: true });
  // worker threads share a pid: the thread's id keeps two threads parsing the same page from sharing a temp file
  const tmp = `${file}.tmp-${process.pid}-${threadId}`;
  // the page's lines are most of a parse and cheap to make again from its text: they are not kept
  const { lines: _, ...draft } = parsed;
  writeFileSync(tmp, JSON.stringify(draft));
  renameSync(tmp, file);
  return { parsed, hit: false };
}
