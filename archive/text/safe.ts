// Text from a page, made safe for the places it is shown: cut without splitting a character, fit for
// XML, and with its controls visible. The records keep the text exactly as printed.

const graphemes = new Intl.Segmenter("zh", { granularity: "grapheme" });

/** At most `max` characters as a reader counts them: never half a surrogate pair or half an emoji sequence. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = "";
  let n = 0;
  for (const { segment } of graphemes.segment(text)) {
    if (n++ >= max) break;
    out += segment;
  }
  return out;
}

/**
 * What XML 1.0 cannot carry (controls other than tab and line ends, lone surrogates, U+FFFE and U+FFFF):
 * one such character would make a whole feed ill-formed, so it is left out of the feed.
 */
const NOT_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu;

export const xmlSafe = (text: string): string => text.replace(NOT_XML, "");

/** Controls shown as their Unicode pictures (ESC as ␛, DEL as ␡) where a raw line is displayed. */
export const visibleControls = (text: string): string =>
  text
    .replace(/[\u0000-\u0008\u000b-\u001f]/gu, (c) => String.fromCharCode(0x2400 + c.charCodeAt(0)))
    .replace(/\u007f/gu, "\u2421");

/**
 * Markdown's strong-emphasis markers that an extraction left in a page's text (`总第**857**期`) taken out where the
 * text is shown to readers: a pair of `**` around a few characters with no space, star or line end inside. The
 * records and the 原文 view keep the characters as printed; a lone `**`, `2**3` and `__` (as in `window.__x`) are
 * text, and stay.
 */
export const withoutEmphasisMarks = (text: string): string => text.replace(/\*\*([^*\s]{1,40})\*\*/gu, "$1");
