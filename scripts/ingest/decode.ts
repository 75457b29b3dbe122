import iconv from "iconv-lite";
import chardet from "chardet";

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

/** Share of control bytes above which a file is binary, not text in any encoding. */
const BINARY_SHARE = 0.01;

/** Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, else the detected CJK encoding (GB18030 covers GBK and GB2312). */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le"), encoding: "UTF-16LE" };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"), encoding: "UTF-16BE" };
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && (b < 0x09 || (b > 0x0d && b !== 0x1b))) controls++;
  }
  if (bytes.length > 0 && controls / bytes.length > BINARY_SHARE) return { ok: false, reason: `not text: ${controls} control bytes in ${bytes.length}` };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { ok: true, text, encoding: bom ? "UTF-8 (BOM)" : "UTF-8" };
  } catch {
    // not UTF-8: ask the detector, and fall back to GB18030, the superset of what Chinese papers use
  }
  const guess = chardet.detect(bytes) ?? "GB18030";
  const encoding = /big5/iu.test(guess) ? "Big5" : "GB18030";
  return { ok: true, text: iconv.decode(Buffer.from(bytes), encoding), encoding };
}
