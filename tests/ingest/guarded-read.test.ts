// The guarded opener (guarded-read.ts): every file the ingest opens goes through it (inside the content folder, a
// regular file, a size limit), and a refusal never quotes the content of the file it refused.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { jsonError, readInside, SIZE_LIMITS } from "../../ingest/guarded-read.ts";
import { ingestFolder } from "../../ingest/ingest.ts";
import type { Archive } from "../../ingest/merge.ts";
import { PAGE, cli, folder, runIn } from "./folder.ts";

const said = (a: Archive) =>
  a.reports
    .flatMap((r) => r.problems)
    .map((p) => `${p.severity} ${p.file}: ${p.message}`)
    .join("\n");
/**
 * `--check` of a folder as a process, with a time limit: a read that blocks (a FIFO, /dev/zero) fails the test
 * rather than hanging it, as it would hang a check run in this process.
 */
const checkInTime = (target: string) =>
  spawnSync(process.execPath, [cli, "--check", target], { encoding: "utf8", timeout: 30_000 });

/** A secret beside the content folder, the way an editor's link could reach it. */
function outside(name: string, body: string): string {
  const dir = mkdtempSync(join(tmpdir(), "lubao-outside-"));
  writeFileSync(join(dir, name), body);
  return join(dir, name);
}

describe("links leading outside the content folder are refused and never read", () => {
  test("a sidecar linked to a file outside: the page is refused and nothing of the file is published", () => {
    const secret = outside("secret.json", JSON.stringify({ publication: "test-paper", pageName: "外部机密版名" }));
    const dir = folder({ "2024-03-05-a.txt": PAGE });
    symlinkSync(secret, join(dir, "2024-03-05-a.meta.json"));
    const a = ingestFolder(dir);
    expect(said(a)).toMatch(/2024-03-05-a\.txt: sidecar .*2024-03-05-a\.meta\.json: leads outside the content folder/u);
    expect(a.pages).toHaveLength(0);
    expect(JSON.stringify(a)).not.toContain("外部机密版名");
  });

  test("a corrections file linked to /etc/passwd: refused, and its first bytes are in no message", async () => {
    const dir = folder({ "p.txt": PAGE });
    symlinkSync("/etc/passwd", join(dir, "p.fix.json"));
    const a = ingestFolder(dir);
    expect(said(a)).toMatch(/p\.fix\.json: leads outside the content folder: not read/u);
    expect(said(a)).not.toMatch(/root:/u);
    const r = await runIn(dir, "check");
    expect(r.code).toBe(1);
    expect(`${r.out}${r.err}`).not.toMatch(/root:/u);
  });

  test("publications.json and moved.json linked outside are refused by name", async () => {
    const dir = folder({ "p.txt": PAGE }, null);
    symlinkSync(
      outside("pubs.json", '[{"id":"x","name":"外部报","nameKnown":true,"home":"370115"}]'),
      join(dir, "publications.json"),
    );
    symlinkSync(outside("m.json", '{"/a/":"/b/"}'), join(dir, "moved.json"));
    const r = await runIn(dir, "check");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/publications\.json: leads outside the content folder/u);
    expect(r.err).toMatch(/moved\.json: leads outside the content folder/u);
    expect(r.err).not.toContain("外部报");
  });

  test("a page linked to a file outside is refused; a link inside the folder is read", () => {
    const dir = folder({ "real/p.txt": PAGE });
    symlinkSync(outside("o.txt", PAGE), join(dir, "o.txt"));
    symlinkSync(join(dir, "real/p.txt"), join(dir, "inner.txt"));
    expect(readInside(dir, join(dir, "o.txt"), "page")).toEqual({
      ok: false,
      reason: "leads outside the content folder: not read",
    });
    expect(readInside(dir, join(dir, "inner.txt"), "page").ok).toBe(true);
  });
});

describe("files that never end or never open are refused at once", () => {
  test("a sidecar linked to /dev/zero: refused without reading (a check ends, and says why)", () => {
    const dir = folder({ "p.txt": PAGE });
    symlinkSync("/dev/zero", join(dir, "p.meta.json"));
    const r = checkInTime(dir);
    expect(r.error).toBeUndefined(); // no time-out
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/p\.meta\.json: leads outside the content folder/u);
  });

  test("a FIFO named like a page inside the folder: refused as no regular file, never blocking", () => {
    const dir = folder({ "p.txt": PAGE });
    execFileSync("mkfifo", [join(dir, "x.txt")]);
    execFileSync("mkfifo", [join(dir, "p.fix.json")]);
    const r = checkInTime(dir);
    expect(r.error).toBeUndefined();
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/x\.txt: is not a regular file/u);
    expect(r.stderr).toMatch(/p\.fix\.json: is not a regular file/u);
  });

  test("a folder named like a sidecar is no sidecar", () => {
    const dir = folder({ "p.txt": PAGE });
    mkdirSync(join(dir, "p.meta.json"));
    expect(said(ingestFolder(dir))).toMatch(/p\.meta\.json: is not a regular file/u);
  });

  test("a sidecar over the size limit is refused with its size, not read", () => {
    const dir = folder({ "p.txt": PAGE, "p.meta.json": " ".repeat(SIZE_LIMITS.editor + 1) });
    expect(said(ingestFolder(dir))).toMatch(
      /p\.meta\.json: is 4 MB; a sidecar, corrections or settings file may be at most 4 MB/u,
    );
  });

  test("a link to nothing where a sidecar would be is said, not taken for no sidecar", () => {
    const dir = folder({ "p.txt": PAGE });
    symlinkSync(join(dir, "gone.json"), join(dir, "p.meta.json"));
    expect(said(ingestFolder(dir))).toMatch(/p\.meta\.json: a link to nothing/u);
  });
});

describe("a message never quotes a file's content", () => {
  test.each([
    ["root:x:0:0:root:/root:/bin/bash\n", "not valid JSON"],
    ['{"fixes": [ {"op": "split", "line": 2}, ]}', "not valid JSON (line 1, column"],
    ['{"a":\n  "secret value"\n  "b": 1}', "not valid JSON (line 3, column"],
    ['{"a": "secret', "not valid JSON"],
  ])("%j → %s", (text, start) => {
    let message = "";
    try {
      JSON.parse(text);
    } catch (e) {
      message = jsonError(text, e);
    }
    expect(message.startsWith(start)).toBe(true);
    expect(message).not.toMatch(/root|secret|fixes|op/u);
  });

  test("an invalid corrections file inside the folder is named with its line, its text not echoed", () => {
    const dir = folder({ "p.txt": PAGE, "p.fix.json": "root:x:0:0:root:/root:/bin/bash\n" });
    const a = ingestFolder(dir);
    expect(said(a)).toMatch(/p\.fix\.json: not valid JSON/u);
    expect(said(a)).not.toMatch(/root:/u);
  });
});
