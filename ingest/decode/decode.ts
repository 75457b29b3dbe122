import iconv from "iconv-lite";
import { plausibility } from "./plausibility.ts";

/** Something a reader of the page should know about its bytes, at the line where it happened. */
export interface DecodeWarning {
  line: number;
  message: string;
}

export type Decoded =
  | { ok: true; text: string; encoding: string; warnings: DecodeWarning[] }
  | { ok: false; reason: string };

/** Share of control bytes above which a file is binary, not text in any encoding. */
const BINARY_SHARE = 0.01;

/** The encodings a Shandong page comes in: GB18030 covers GBK and GB 2312; Big5 for Traditional sources. */
const CANDIDATES = ["UTF-8", "GB18030", "Big5"] as const;
type Candidate = (typeof CANDIDATES)[number];

/** Points a line's reading gets for being in the encoding the rest of the file is in: short lines follow the file. */
const FILE_PRIOR = 3;

const utf8 = new TextDecoder("utf-8");
const utf8Strict = new TextDecoder("utf-8", { fatal: true });

const read = (bytes: Uint8Array, enc: Candidate): string =>
  enc === "UTF-8" ? utf8.decode(bytes) : iconv.decode(Buffer.from(bytes), enc);

/** Bytes split after each line end (CRLF, CR or LF: single bytes in every candidate encoding), ends kept. */
function byteLines(bytes: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0a || b === 0x0d) {
      if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
      out.push(bytes.subarray(start, i + 1));
      start = i + 1;
    }
  }
  if (start < bytes.length || out.length === 0) out.push(bytes.subarray(start));
  return out;
}

const isAscii = (bytes: Uint8Array) => bytes.every((b) => b < 0x80);

/** The bytes of a line that the chosen encoding cannot read, as hex for the warning: walked a character at a time. */
function badBytes(line: Uint8Array, enc: Candidate): string {
  const hex: string[] = [];
  for (let i = 0; i < line.length && hex.length < 4; ) {
    const width = [1, 2, 3, 4].find(
      (k) => i + k <= line.length && !read(line.subarray(i, i + k), enc).includes("\uFFFD"),
    );
    if (width) i += width;
    else hex.push(`0x${line[i++]!.toString(16).toUpperCase().padStart(2, "0")}`);
  }
  return hex.join(" ");
}

/**
 * Text of a file in a legacy encoding, decided line by line: the file's most plausible encoding is its
 * default, and a line goes another way only where that reading is clearly more plausible (a UTF-8 file
 * with GBK lines pasted in). A byte no candidate reads becomes U+FFFD, with a warning naming its line.
 */
function decodeLegacy(bytes: Uint8Array): Decoded {
  const fileScore = new Map(CANDIDATES.map((enc) => [enc, plausibility(read(bytes, enc))] as const));
  const fileEnc = [...fileScore].sort((a, b) => b[1] - a[1])[0]![0];
  const parts: string[] = [];
  const used = new Map<Candidate, number>();
  const warnings: DecodeWarning[] = [];
  for (const [i, line] of byteLines(bytes).entries()) {
    if (isAscii(line)) {
      parts.push(utf8.decode(line));
      continue;
    }
    let best: { enc: Candidate; text: string; score: number } | null = null;
    for (const enc of CANDIDATES) {
      const text = read(line, enc);
      const score = plausibility(text) + (enc === fileEnc ? FILE_PRIOR : 0);
      if (!best || score > best.score) best = { enc, text, score };
    }
    parts.push(best!.text);
    used.set(best!.enc, (used.get(best!.enc) ?? 0) + 1);
    if (best!.text.includes("\uFFFD"))
      warnings.push({
        line: i + 1,
        message: `byte(s) ${badBytes(line, best!.enc)} cannot be read as ${best!.enc}: shown as �`,
      });
  }
  const encs = [...used].sort((a, b) => b[1] - a[1]);
  const encoding =
    encs.length <= 1
      ? (encs[0]?.[0] ?? fileEnc)
      : `mixed: ${encs.map(([e, n]) => `${e} (${n} line${n > 1 ? "s" : ""})`).join(", ")}`;
  return { ok: true, text: parts.join(""), encoding, warnings };
}

/** UTF-16 by hand, so that a lone surrogate is reported at its line rather than silently replaced. */
function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): Decoded {
  const unit = (k: number) => (littleEndian ? bytes[k]! | (bytes[k + 1]! << 8) : (bytes[k]! << 8) | bytes[k + 1]!);
  const out: string[] = [];
  const warnings: DecodeWarning[] = [];
  let line = 1;
  let prev = -1;
  for (let k = 0; k + 1 < bytes.length; k += 2) {
    const u = unit(k);
    if (u >= 0xd800 && u <= 0xdbff && k + 3 < bytes.length && (unit(k + 2) & 0xfc00) === 0xdc00) {
      out.push(String.fromCharCode(u, unit(k + 2)));
      k += 2;
    } else if (u >= 0xd800 && u <= 0xdfff) {
      out.push("\uFFFD");
      warnings.push({
        line,
        message: `a lone UTF-16 surrogate (0x${u.toString(16).toUpperCase()}) cannot be read: shown as �`,
      });
    } else out.push(String.fromCharCode(u));
    if (u === 0x0a ? prev !== 0x0d : u === 0x0d) line++;
    prev = u;
  }
  if (bytes.length % 2) warnings.push({ line, message: "the file ends in half a UTF-16 character: it is dropped" });
  return { ok: true, text: out.join(""), encoding: littleEndian ? "UTF-16LE" : "UTF-16BE", warnings };
}

/**
 * Bytes to text: UTF-16 with a byte-order mark; UTF-8 (with or without BOM) when every byte of the file
 * is valid UTF-8; else each line in whichever of UTF-8, GB18030 and Big5 reads as the most plausible Chinese.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), true);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), false);
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && (b < 0x09 || (b > 0x0d && b !== 0x1b))) controls++;
  }
  if (bytes.length > 0 && controls / bytes.length > BINARY_SHARE)
    return { ok: false, reason: `not text: ${controls} control bytes in ${bytes.length}` };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: utf8Strict.decode(body), encoding: bom ? "UTF-8 (BOM)" : "UTF-8", warnings: [] };
  } catch {
    return decodeLegacy(body);
  }
}
