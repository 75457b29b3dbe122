import { describe, expect, test } from "vitest";
import iconv from "iconv-lite";
import { decode } from "../../ingest/decode/decode.ts";
import { plausibility } from "../../ingest/decode/plausibility.ts";
import { normalise } from "../../ingest/page/lines/normalise.ts";

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
