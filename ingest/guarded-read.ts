import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from "node:fs";
import { sep } from "node:path";

/**
 * The one way the ingest opens a file an editor handed it (a page, a sidecar, a corrections file,
 * publications.json, moved.json): inside the content folder after every link is followed, a regular
 * file (never a FIFO, a device or a folder, which could block or never end), no larger than its kind
 * allows. A refusal says why in words of its own and never quotes what the file holds.
 */

/** How large a file of each kind may be: far above any real one, far below what would exhaust memory. */
export const SIZE_LIMITS = {
  /** A page's text: the largest real ones are a few hundred KB; 300,000-paragraph test pages are ~10 MB. */
  page: 64 * 1024 * 1024,
  /** An e-paper's PDF: a page is 1–10 MB with its pictures, a whole issue in one file a few hundred. */
  pdf: 512 * 1024 * 1024,
  /** A sidecar, a corrections file, publications.json, moved.json: a few KB each. */
  editor: 4 * 1024 * 1024,
  /** ids.json, the ledger of every story id the archive gave: some 80 bytes a story, 3 million stories. */
  ledger: 256 * 1024 * 1024,
} as const;

export type FileKind = keyof typeof SIZE_LIMITS;

const KIND_NAMES: Record<FileKind, string> = {
  page: "a page",
  pdf: "a PDF",
  editor: "a sidecar, corrections or settings file",
  ledger: "the ledger of story ids",
};

export type GuardedRead = { ok: true; bytes: Buffer } | { ok: false; reason: string };

const inside = (root: string, target: string) => target === root || target.startsWith(root + sep);

const code = (e: unknown) => (e as NodeJS.ErrnoException).code ?? "unknown error";

/** The content folder with its links followed, once: what every read is checked against. */
export function realRoot(dir: string): string {
  try {
    return realpathSync(dir);
  } catch {
    return dir;
  }
}

/**
 * Whether a path names something (a file, a folder, or a link, even one leading nowhere). A name too long for the
 * file system (the sidecar of a page whose own name is 250 characters) names nothing.
 */
export const present = (file: string): boolean => {
  try {
    return lstatSync(file, { throwIfNoEntry: false }) !== undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENAMETOOLONG") return false;
    throw e;
  }
};

/** A file's bytes, when it is a regular file inside the (real) content folder and within its kind's size. */
export function readInside(root: string, file: string, kind: FileKind): GuardedRead {
  let real: string;
  try {
    real = realpathSync(file);
  } catch (e) {
    return {
      ok: false,
      reason:
        code(e) === "ENOENT" && present(file)
          ? "a link to nothing: not read"
          : `cannot be read (${code(e) === "ENOENT" ? "no such file" : code(e)})`,
    };
  }
  if (!inside(realRoot(root), real)) return { ok: false, reason: "leads outside the content folder: not read" };
  let fd: number;
  try {
    // non-blocking, so a FIFO without a writer cannot hold the ingest; no link followed past the real path
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  } catch (e) {
    return { ok: false, reason: `cannot be read (${code(e)})` };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, reason: "is not a regular file (a pipe, a device or a folder): not read" };
    const limit = SIZE_LIMITS[kind];
    if (stat.size > limit)
      return {
        ok: false,
        reason: `is ${megabytes(stat.size)}; ${KIND_NAMES[kind]} may be at most ${megabytes(limit)}`,
      };
    // read to the limit and one byte more: a file that grows while it is read is refused, not read forever
    const bytes = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(stat.size, 0) + 1));
    let filled = 0;
    for (let n = 1; n > 0 && filled < bytes.length; filled += n)
      n = readSync(fd, bytes, filled, bytes.length - filled, null);
    if (filled > limit) return { ok: false, reason: `grew past ${megabytes(limit)} while it was read: not read` };
    return { ok: true, bytes: bytes.subarray(0, filled) };
  } catch (e) {
    return { ok: false, reason: `cannot be read (${code(e)})` };
  } finally {
    closeSync(fd);
  }
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;

/**
 * Why a JSON text does not parse, with its line and column, never with its content: JSON.parse's own
 * message quotes the text it met, which for a file that should not have been read would publish it.
 */
export function jsonError(text: string, e: unknown): string {
  const message = (e as Error).message;
  const lineColumn = /line (\d+) column (\d+)/u.exec(message);
  if (lineColumn) return `not valid JSON (line ${lineColumn[1]}, column ${lineColumn[2]})`;
  const position = /position (\d+)/u.exec(message);
  const at = position ? Number(position[1]) : tokenPosition(text, message);
  if (at === null) return /end of JSON input/u.test(message) ? "not valid JSON (it ends too soon)" : "not valid JSON";
  const before = text.slice(0, at);
  return `not valid JSON (line ${before.split("\n").length}, column ${before.length - before.lastIndexOf("\n")})`;
}

/**
 * Where V8's "Unexpected token 'x', ..."context"... is not valid JSON" stands: it prints the ten characters on
 * either side of the token, with "..." where it cut, so the context is found in the text (used, not quoted).
 */
function tokenPosition(text: string, message: string): number | null {
  const m = /^Unexpected token '(.)', (\.\.\.)?"(.*)"(?:\.\.\.)? is not valid JSON/su.exec(message);
  if (!m) return null;
  const [, token, cut, context] = m as unknown as [string, string, string | undefined, string];
  const start = text.indexOf(context);
  if (start < 0) return null;
  return cut ? start + 10 : start + Math.max(0, context.indexOf(token));
}
