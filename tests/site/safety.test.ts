import { mkdtempSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Browser } from "playwright-core";
import { hasChromium, launch } from "./browser.ts";
import { buildFrom } from "./build-from.ts";

const HOSTILE = [
  "报纸上的代码不该被执行",
  "",
  '本报讯 有读者来信写道：<script>window.__pwned = 1</script> 还有 <img src=x onerror="window.__pwned = 2"> 以及 [点我](javascript:window.__pwned=3) 和 **加粗** 字样。 （王小明）',
  "",
].join("\n");

describe("raw text that looks like markup is shown as the text it is", () => {
  let out: string;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const content = mkdtempSync(join(tmpdir(), "lubao-content-"));
    mkdirSync(join(content, "test-paper"));
    writeFileSync(
      join(content, "publications.json"),
      JSON.stringify([{ id: "test-paper", name: "测试报", nameKnown: true, home: "370115" }]),
    );
    writeFileSync(join(content, "test-paper", "2024-09-20-p01.txt"), HOSTILE);
    writeFileSync(
      join(content, "test-paper", "2024-09-20-p01.meta.json"),
      JSON.stringify({ publication: "test-paper", page: 1 }),
    );
    out = buildFrom(content);
    if (hasChromium) browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("in the HTML: escaped, not interpreted", () => {
    const dir = readdirSync(join(out, "articles"))[0]!;
    const html = readFileSync(join(out, "articles", dir, "index.html"), "utf8");
    expect(html).toMatch(/&lt;script(&gt;|>)window\.__pwned = 1&lt;\/script/u);
    expect(html).toContain("&lt;img src=x onerror=");
    expect(html).toContain("[点我](javascript:window.__pwned=3)");
    expect(html).toContain("**加粗**");
    // (inside a quoted attribute such as the page description, a bare < is inert text)
    const body = html.slice(html.indexOf("<main"));
    expect(body).not.toMatch(/<img src=x|<script>window/u);
    expect(html).not.toMatch(/href="javascript:/u);
  });

  test.skipIf(!hasChromium)("in Chromium: nothing runs, and the reader sees the characters", async () => {
    const dir = readdirSync(join(out, "articles"))[0]!;
    const page = await browser!.newPage();
    await page.goto(`file://${join(out, "articles", dir, "index.html")}`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("article").textContent()).toContain("<script>window.__pwned = 1</script>");
    expect(await page.locator("article img, article a[href^='javascript:']").count()).toBe(0);
    await page.close();
  });
});

describe("determinism", () => {
  test("two builds of the same input give byte-identical data and article pages", () => {
    const snapshot = (root: string) => {
      const files = new Map<string, string>();
      const walk = (d: string) => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
          const p = join(d, e.name);
          if (e.isDirectory()) walk(p);
          else files.set(p.slice(root.length), readFileSync(p, "utf8"));
        }
      };
      walk(join(root, "data"));
      walk(join(root, "articles"));
      return files;
    };
    const first = snapshot(buildFrom("content"));
    const second = snapshot(buildFrom("content"));
    expect(first.size).toBeGreaterThan(25);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [k, v] of first) expect(second.get(k), k).toBe(v);
  });
});
