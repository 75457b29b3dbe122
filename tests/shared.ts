import { existsSync } from "node:fs";
import { join } from "node:path";

/** The team's shared folder beside the project (../shared): the seeds' gold, the scorer, real e-paper pages. */
export const SHARED = join(import.meta.dirname, "../../shared");

/**
 * A path under ../shared that a test reads. Missing, it fails the test with a message saying what is missing
 * and why, rather than letting the test skip: a run without the real pages must not look like a passing one.
 */
export function shared(path: string): string {
  const file = join(SHARED, path);
  if (!existsSync(file))
    throw new Error(
      `${file} is missing: this test reads the shared folder beside the project (../shared: the gold, the scorer, real e-paper pages). Put it there and run again.`,
    );
  return file;
}
