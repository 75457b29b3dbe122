import { describe, expect, test } from "vitest";
import iconv from "iconv-lite";
import { decode } from "../../scripts/ingest/decode.ts";
import { normalise } from "../../scripts/ingest/page/normalise.ts";

const text = "本报讯 全区秋粮收购工作全面启动。各收购点准备充分，群众满意。";

describe("decode and normalise", () => {
  test("UTF-8 with a byte-order mark", () => expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toMatchObject({ ok: true, text, encoding: "UTF-8 (BOM)" }));
  test("GB18030 (GBK) is detected and decoded", () => expect(decode(iconv.encode(text, "gb18030"))).toMatchObject({ ok: true, text, encoding: "GB18030" }));
  test("binary is refused with a reason", () => {
    const r = decode(Buffer.from([0, 1, 2, 3, 0, 0, 255, 0, 4, 5]));
    expect(r.ok).toBe(false);
  });
  test("CRLF and CR line ends, tabs and full-width spaces", () => {
    const lines = normalise("第一行\r\n第二行\r第三行\n\u3000\u3000第四行\t尾");
    expect(lines.map((l) => l.text)).toEqual(["第一行", "第二行", "第三行", "第四行  尾"]);
    expect(lines[3]!.indent).toBe(2);
  });
});
