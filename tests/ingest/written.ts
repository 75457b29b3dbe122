import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeArchive } from "../../ingest/write.ts";

export const freshTarget = () => join(mkdtempSync(join(tmpdir(), "lubao-out-")), "data");

/** Every file an archive's writing leaves, by path under the data folder; a staging folder may hold records already. */
export const written = (archive: Parameters<typeof writeArchive>[0], target = freshTarget(), staging?: string) => {
  writeArchive(archive, target, staging);
  return Object.fromEntries(
    readdirSync(target, { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".json"))
      .map((f) => [f, readFileSync(join(target, f), "utf8")]),
  );
};
