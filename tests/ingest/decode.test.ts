// A page's bytes as text: UTF-8, UTF-16, or line by line the most plausible of UTF-8, GB18030 and Big5. One bad byte
// spoils one character, never the page; the raw line keeps every character for 原文.
import { describe, expect, test } from "vitest";
import iconv from "iconv-lite";
import { decode } from "../../ingest/decode/decode.ts";
import { plausibility } from "../../ingest/decode/plausibility.ts";
import { ingestFolder } from "../../ingest/ingest.ts";
import { normalise } from "../../ingest/page/lines/normalise.ts";
import { PAGE, folder, problems, runIn } from "./folder.ts";

const text = "本报讯 全区秋粮收购工作全面启动。各收购点准备充分，群众满意。";
const ok = (r: ReturnType<typeof decode>) => {
  if (!r.ok) throw new Error(r.reason);
  return r;
};

describe("decode", () => {
  test("UTF-8 with a byte-order mark", () =>
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toMatchObject({
      ok: true,
      text,
      encoding: "UTF-8 (BOM)",
      warnings: [],
    }));
  test("GB18030 (GBK) is detected and decoded", () =>
    expect(decode(iconv.encode(text, "gb18030"))).toMatchObject({ ok: true, text, encoding: "GB18030" }));
  test("binary is refused, and the reason says so", () => {
    const r = decode(Buffer.from([0, 1, 2, 3, 0, 0, 255, 0, 4, 5]));
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/^not text: 9 control bytes in 10/u) });
  });

  test("one bad byte in a UTF-8 page spoils that byte only, with a warning at its line", () => {
    const bytes = Buffer.concat([
      Buffer.from("济阳区召开秋粮收购工作会议\n\n本报讯 全区会议"),
      Buffer.from([0xff]),
      Buffer.from("召开。\n"),
    ]);
    const r = ok(decode(bytes));
    expect(r.text).toBe("济阳区召开秋粮收购工作会议\n\n本报讯 全区会议\uFFFD召开。\n");
    expect(r.encoding).toBe("UTF-8");
    expect(r.warnings).toEqual([{ line: 3, message: expect.stringContaining("0xFF") }]);
  });

  test("a UTF-8 page cut inside its last character keeps every whole line", () => {
    const full = Buffer.from("全区会议召开\n群众满意。");
    const r = ok(decode(full.subarray(0, full.length - 2)));
    expect(r.text).toBe("全区会议召开\n群众满意\uFFFD");
    expect(r.warnings.map((w) => w.line)).toEqual([2]);
  });

  test("a UTF-8 page with GBK lines pasted in: each line in its own encoding", () => {
    const bytes = Buffer.concat([
      Buffer.from("济阳区召开秋粮收购工作会议\n"),
      iconv.encode("□ 本报记者 金小雨\n", "gbk"),
      Buffer.from("本报讯 全区秋粮收购工作全面启动。\n"),
    ]);
    const r = ok(decode(bytes));
    expect(r.text).toBe("济阳区召开秋粮收购工作会议\n□ 本报记者 金小雨\n本报讯 全区秋粮收购工作全面启动。\n");
    expect(r.encoding).toMatch(/^mixed: UTF-8 \(2 lines\), GB18030 \(1 line\)/u);
  });

  test("a short GBK page is not read as Big5, nor a short Big5 page as GB18030", () => {
    expect(ok(decode(iconv.encode("□ 本报记者 金小雨", "gbk")))).toMatchObject({
      text: "□ 本报记者 金小雨",
      encoding: "GB18030",
    });
    expect(ok(decode(iconv.encode("本報記者 金小雨 報道", "big5")))).toMatchObject({
      text: "本報記者 金小雨 報道",
      encoding: "Big5",
    });
  });

  test("plausibility ranks a right reading over a misreading", () => {
    const gbk = iconv.encode("本报记者", "gbk");
    expect(plausibility(iconv.decode(gbk, "gb18030"))).toBeGreaterThan(plausibility(iconv.decode(gbk, "big5")));
    expect(plausibility("全区\uFFFD")).toBeLessThan(plausibility("全区"));
  });

  test("UTF-16: a lone surrogate is reported at its line, the rest kept", () => {
    const units = [
      0xfeff,
      ...[..."第一行\n第二"].map((c) => c.charCodeAt(0)),
      0xd83d,
      ...[..."行"].map((c) => c.charCodeAt(0)),
    ];
    const le = Buffer.alloc(units.length * 2);
    for (const [i, u] of units.entries()) le.writeUInt16LE(u, i * 2);
    const r = ok(decode(le));
    expect(r.text).toBe("第一行\n第二\uFFFD行");
    expect(r.warnings).toEqual([{ line: 2, message: expect.stringContaining("surrogate") }]);
    expect(ok(decode(Buffer.from([0xfe, 0xff, 0xd8, 0x3d, 0xde, 0x00]))).text).toBe("😀");
  });
});

describe("normalise", () => {
  test("CRLF and CR line ends, tabs and full-width spaces", () => {
    const lines = normalise("第一行\r\n第二行\r第三行\n\u3000\u3000第四行\t尾");
    expect(lines.map((l) => l.text)).toEqual(["第一行", "第二行", "第三行", "第四行  尾"]);
    expect(lines[3]!.indent).toBe(2);
  });
  test("U+2028 and U+2029 are characters of a line, not line ends", () => {
    const lines = normalise("第一行\u2028续\n第二行\u2029");
    expect(lines.map((l) => l.n)).toEqual([1, 2]);
    expect(lines[0]!.raw).toBe("第一行\u2028续");
  });
  test("controls leave the parsed text but stay in the raw line (原文)", () => {
    const [line] = normalise("\f全区\u001b会议\u007f召开");
    expect(line!.raw).toBe("\f全区\u001b会议\u007f召开");
    expect(line!.text).toBe("全区会议召开");
  });
});

describe("a page's bytes as the ingest reads them", () => {
  test("a stray 0xFF in a UTF-8 page: every other character read right, a warning at its line", async () => {
    const dir = folder({
      "2024-03-08-p01.txt": Buffer.concat([
        Buffer.from("济阳区召开秋粮收购工作会议\n\n本报讯 全区会议"),
        Buffer.from([0xff]),
        Buffer.from("召开。\n"),
      ]),
    });
    const a = ingestFolder(dir);
    expect(a.articles[0]!.title).toBe("济阳区召开秋粮收购工作会议");
    expect(a.reports[0]).toMatchObject({ ok: true, encoding: "UTF-8" });
    expect(problems(a)).toContainEqual(
      expect.objectContaining({
        file: expect.stringMatching(/2024-03-08-p01\.txt$/u),
        line: 3,
        message: expect.stringContaining("0xFF"),
        severity: "warning",
      }),
    );
    const r = await runIn(dir, "check");
    expect(r.err).toMatch(/2024-03-08-p01\.txt:3: .*0xFF/u);
  });

  test("a short GBK page keeps its reporter's name", () => {
    const a = ingestFolder(
      folder({
        "p.txt": iconv.encode(
          "全区秋粮收购工作全面启动\n□ 本报记者 金小雨\n本报讯 全区秋粮收购工作全面启动。\n",
          "gbk",
        ),
      }),
    );
    expect(a.articles[0]!.bylines.join()).toContain("金小雨");
  });

  test("a GB18030 page reads like a UTF-8 one", () => {
    const a = ingestFolder(
      folder({ "p.txt": iconv.encode(PAGE, "gb18030"), "p.meta.json": '{"publication":"test-paper"}' }),
    );
    expect(a.reports[0]).toMatchObject({ ok: true, encoding: "GB18030", articles: 1 });
    expect(a.articles[0]!.title).toBe("全区秋粮收购工作全面启动");
  });

  test("a binary file is an error; an empty one is read with a warning", () => {
    const a = ingestFolder(folder({ "bin.txt": Buffer.from([0, 1, 2, 0, 0, 3, 0, 0]), "empty.txt": "" }));
    expect(a.reports.find((r) => r.file.endsWith("bin.txt"))!.ok).toBe(false);
    expect(a.reports.find((r) => r.file.endsWith("empty.txt"))).toMatchObject({ ok: true, articles: 0 });
  });

  test("a few NUL bytes in a text file are dropped and the page is read", () => {
    const a = ingestFolder(
      folder({
        "p.txt": Buffer.concat([Buffer.from(PAGE.slice(0, 20)), Buffer.from([0]), Buffer.from(PAGE.slice(20))]),
      }),
    );
    expect(a.reports[0]).toMatchObject({ ok: true, articles: 1 });
  });

  test("ESC, form feed and DEL stay in 原文", () => {
    const a = ingestFolder(folder({ "p.txt": `全区秋粮收购工作全面启动\n\n本报讯 全区\u001b会议\u007f召开。\f\n` }));
    expect(a.pages[0]!.rawLines[2]).toBe("本报讯 全区\u001b会议\u007f召开。\f");
    expect(a.articles[0]!.blocks[0]!.text).toBe("全区会议召开。");
  });
});
