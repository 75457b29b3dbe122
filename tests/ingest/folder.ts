import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

export const TEST_PUBS = [{ id: "test-paper", name: "测试报", nameKnown: true, home: "370115" }];
export const PAGE = "全区秋粮收购工作全面启动\n\n本报讯 2024年9月20日，全区秋粮收购工作全面启动。 （王小明）\n";

/** A content folder in a temporary directory: publications.json (unless given) and the named files. */
export function folder(files: Record<string, string | Buffer>, publications: unknown = TEST_PUBS): string {
  const dir = mkdtempSync(join(tmpdir(), "lubao-in-"));
  if (publications !== null) writeFileSync(join(dir, "publications.json"), JSON.stringify(publications));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

export const cli = join(import.meta.dirname, "../../ingest/cli.ts");
