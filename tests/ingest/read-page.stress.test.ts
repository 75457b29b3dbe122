// Very large pages are read whole and in linear time: no call spreads a page's lines, no join is quadratic. Stress
// tests: `npm test` runs them (the stress project), `npm run test:unit` does not.
import { describe, expect, test } from "vitest";
import { ingestFolder } from "../../ingest/ingest.ts";
import { folder } from "./folder.ts";

describe("large inputs", () => {
  // (200,000: well past the 150,000 arguments a spread overflows Node 24's stack at, a third quicker than 300,000)
  test("200,000 one-line paragraphs are read without overflowing the stack", () => {
    const page = `全区会议召开\n\n${Array.from({ length: 200_000 }, (_, i) => `第${i}段。`).join("\n\n")}\n`;
    const a = ingestFolder(folder({ "big.txt": page }));
    expect(a.reports[0]!.ok).toBe(true);
    expect(a.articles.flatMap((x) => x.blocks).length).toBeGreaterThan(1000);
  }, 120_000);
  test("100,000 short lines of one paragraph are joined (a guard against the quadratic join, which took 55 s)", () => {
    const pool = "全区秋粮收购工作全面启动各收购点准备充分群众十分满意今年粮食生产形势良好农民增收明显";
    const lines = Array.from({ length: 100_000 }, (_, i) =>
      (pool + pool).slice((i * 7) % pool.length, ((i * 7) % pool.length) + 14),
    );
    const a = ingestFolder(folder({ "long.txt": `全区会议召开\n\n本报讯 ${lines.join("\n")}。\n` }));
    expect(a.articles[0]!.blocks).toHaveLength(1);
    expect(a.articles[0]!.blocks[0]!.text).toBe(`${lines.join("")}。`);
  }, 30_000);
  test("a 20 MB page is read whole", () => {
    const big = Array.from(
      { length: 2600 },
      (_, i) => `第${i}则消息\n\n本报讯 ${"全区秋粮收购工作全面启动，各收购点准备充分。".repeat(120)} （王小明）\n`,
    ).join("\n");
    expect(Buffer.byteLength(big)).toBeGreaterThan(20_000_000);
    const a = ingestFolder(folder({ "big.txt": big }));
    expect(a.reports[0]).toMatchObject({ ok: true });
    expect(a.articles.length).toBe(2600);
  }, 120_000);
});
