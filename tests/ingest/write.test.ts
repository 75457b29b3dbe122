// Writing the records (write.ts): aside, then swapped in whole; a write that fails leaves the data as it was.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect, test } from "vitest";
import { ingestFolder } from "../../ingest/ingest.ts";
import { pack } from "../../ingest/pack.ts";
import { writeArchive } from "../../ingest/write.ts";
import { PAGE, folder } from "./folder.ts";
import { freshTarget } from "./written.ts";

test("a write that fails half-way leaves the data in place as it was, and no half-written folder", () => {
  const target = freshTarget();
  const good = pack(ingestFolder(folder({ "good.txt": PAGE })));
  writeArchive(good, target);
  const before = readFileSync(join(target, "articles.json"), "utf8");
  // a record JSON cannot hold fails the write after the first files are written
  const bad = { ...good, places: [{ code: 1n }] } as unknown as typeof good;
  expect(() => writeArchive(bad, target)).toThrow(/BigInt/u);
  expect(readFileSync(join(target, "articles.json"), "utf8")).toBe(before);
  expect(readdirSync(dirname(target))).toEqual(["data"]);
});
