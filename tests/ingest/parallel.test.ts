// The ingest on worker threads (parallel.ts) writes byte for byte what one thread writes: each worker writes its
// pages' records as it goes, and what two files in different workers claim at once is still found.
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, test, vi } from "vitest";
import { ingestFolder } from "../../ingest/ingest.ts";
import { ingestFolderParallel } from "../../ingest/parallel.ts";
import { pack } from "../../ingest/pack.ts";
import { startDataStaging } from "../../ingest/write.ts";
import { freshTarget, written } from "./written.ts";

const content = join(import.meta.dirname, "../../content");

/** The seed pages three times over, as three more days of each paper, plus one page claiming a slot already taken. */
function archiveFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "lubao-scale-"));
  cpSync(join(content, "publications.json"), join(dir, "publications.json"));
  const seeds = readdirSync(content, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".txt"));
  for (const day of [1, 2, 3])
    for (const f of seeds) {
      const [pub] = f.split("/");
      const meta = JSON.parse(readFileSync(join(content, f.replace(/\.txt$/u, ".meta.json")), "utf8")) as Record<
        string,
        unknown
      >;
      const name = `${pub}-day${day}`;
      cpSync(join(content, f), join(dir, `${name}.txt`));
      writeFileSync(join(dir, `${name}.meta.json`), JSON.stringify({ ...meta, date: `2020-01-0${day}`, page: 2 }));
    }
  // sorts last, so it lands in another worker's files than the page it collides with
  cpSync(join(content, seeds[0]!), join(dir, "zz-twin.txt"));
  writeFileSync(
    join(dir, "zz-twin.meta.json"),
    JSON.stringify({ publication: seeds[0]!.split("/")[0], date: "2020-01-01", page: 2 }),
  );
  return dir;
}

describe("the ingest on worker threads", () => {
  afterEach(() => void vi.restoreAllMocks());

  test("writes byte for byte what one thread writes, slot warnings across workers included", async () => {
    const dir = archiveFolder();
    const stderr = vi.spyOn(process.stderr, "write");
    // the workers write each page's record into the staging folder as they go
    const target = freshTarget();
    const staging = startDataStaging(target);
    const threaded = await ingestFolderParallel(dir, { minFiles: 0, staging });
    expect(stderr.mock.calls.join()).not.toMatch(/worker threads unavailable/u); // the threads really ran
    expect(threaded.records).toEqual([]);
    expect(readdirSync(join(staging, "records"))).toHaveLength(16);
    const single = pack(ingestFolder(dir));
    const files = written(threaded, target, staging);
    expect(files).toEqual(written(single));
    expect(Object.keys(files).filter((f) => f.startsWith("records/"))).toHaveLength(16);
    expect(threaded.counts).toEqual({ pages: 16, articles: single.counts.articles });
    expect(threaded.reports).toEqual(single.reports);
    expect(
      threaded.reports
        .find((r) => r.file.endsWith("zz-twin.txt"))!
        .problems.map((p) => p.message)
        .join(),
    ).toMatch(/same issue and page/u);
  });
});
