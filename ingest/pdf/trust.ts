import { plausibility } from "../decode/plausibility.ts";
import type { Refusal } from "./types.ts";

/**
 * Whether a page's text layer can be trusted. A scanned page has no text layer (or a few stray characters);
 * a page whose fonts carry no Unicode map decodes to mojibake: ASCII punctuation, Latin-1 letters and rare
 * characters where Chinese should stand. That is judged by the text itself, with the decoder's measure of
 * how plausible a text is as Chinese newsprint (decode/plausibility.ts), never by which program made the PDF.
 */

/** Fewer printed characters than this: no text layer (a scan, a page that is all pictures). */
const MIN_CHARACTERS = 20;
/**
 * Least plausibility per character. Chinese newsprint scores about 1.5–2 (most characters are among the
 * 3,755 most used); mojibake scores about 0 or below (ASCII symbols score 0, Latin-1 and rare Han less).
 */
const MIN_PLAUSIBILITY = 0.6;

/** The page's plausibility per printed (non-space) character. */
export function plausibilityPerCharacter(text: string): number {
  const printed = text.replace(/\s/gu, "");
  const n = [...printed].length;
  return n === 0 ? 0 : plausibility(printed) / n;
}

/** A refusal naming the file and page, or null when the page's text can be read. */
export function trustOf(text: string, file: string, page: number): Refusal | null {
  const n = [...text.replace(/\s/gu, "")].length;
  const refuse = (reason: Refusal["reason"], why: string): Refusal => {
    const detail = `page ${page}: ${why}`;
    return { file, page, reason, detail, message: `${file}, ${detail}` };
  };
  if (n < MIN_CHARACTERS)
    return refuse(
      "no text layer",
      `no text layer (${n} characters; a scanned page?) — it cannot be read without OCR, and is not published`,
    );
  const score = plausibilityPerCharacter(text);
  if (score < MIN_PLAUSIBILITY)
    return refuse(
      "not plausible Chinese",
      `its text does not read as Chinese (plausibility ${score.toFixed(2)} a character, at least ${MIN_PLAUSIBILITY} expected): its fonts probably carry no Unicode map, so the text layer is mojibake, and it is not published`,
    );
  return null;
}
