// The commands: one build at a time (scripts/build.ts and the ingest both hold the folders' locks, archive/store/
// lock.ts), and every command the README gives runs through npm, on the project's own Node.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { holdLock, lockFileOf } from "../../archive/store/lock.ts";
import { base } from "../ingest/alike-page.ts";
import { cli } from "../ingest/folder.ts";

const root = join(import.meta.dirname, "../..");

test("a build while another holds the folders is stopped at once, naming the other; a dead one's lock is taken over", () => {
  const scratch = mkdtempSync(join(tmpdir(), "lubao-lock-"));
  const [out, data] = [join(scratch, "dist"), join(scratch, "data")];
  const env = { ...process.env, LUBAO_OUT_DIR: out, LUBAO_DATA_DIR: data, LUBAO_CONTENT_DIR: base() };
  const other = spawn("sleep", ["60"], { stdio: "ignore" });
  try {
    writeFileSync(lockFileOf(out), `${other.pid}\n`);
    const build = spawnSync(process.execPath, [join(root, "scripts/build.ts")], { env, encoding: "utf8" });
    expect(build.status).toBe(1);
    expect(build.stderr).toMatch(new RegExp(`build: another build is running \\(pid ${other.pid}\\)`, "u"));
    expect(readdirSync(scratch).sort()).toEqual(["dist.lock"]);
    writeFileSync(lockFileOf(data), `${other.pid}\n`);
    const ingest = spawnSync(process.execPath, [cli], { env, encoding: "utf8" });
    expect(ingest.status).toBe(1);
    expect(ingest.stderr).toMatch(/ingest: another build is running/u);
  } finally {
    other.kill();
  }
  // the process that held them is gone: its locks are stale, and taken
  writeFileSync(lockFileOf(out), "999999999\n");
  const lock = holdLock(out, "test");
  expect(lock.ok).toBe(true);
  if (lock.ok) lock.release();
  expect(readdirSync(scratch)).not.toContain("dist.lock");
});

test("a part is built through npm, as the README says (the machine's own Node may be too old for TypeScript)", () => {
  const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
  expect(pkg.scripts["build:part"]).toBe("node scripts/parts/build-part.ts");
  const readme = readFileSync(join(root, "README.md"), "utf8");
  expect(readme).toContain("npm run build:part -- content-parts/jinan-2024 out/jinan-2024");
  // no command the README gives runs a .ts file with the machine's node
  expect(readme.match(/\bnode [\w./-]+\.ts\b/gu) ?? []).toEqual([]);
});
