/** Marks that end a sentence: a paragraph whose last mark is one of these is complete. */
export const SENTENCE_END = /[。！？!?…；;]["”’」』）)]*$|……$|——$/u;

/** Characters that cannot open a sentence, so a paragraph starting with one continues the one before. */
export const CONTINUATION_START = /^[的之等，,、。；;：:！？!?）)”」』》〉%％]/u;

/** Whether a paragraph reads as finished at its end. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/** A sentence: text up to its closing marks (and the quotes or brackets closed after them), or to the end. */
const SENTENCE = /[^。！？!?；;]+(?:[。！？!?；;]+["”’」』）)]*|$)/gu;

/** Split text into sentences, keeping each sentence's closing marks. */
export function sentences(text: string): string[] {
  return text.match(SENTENCE)?.filter((s) => s.trim()) ?? [];
}

/** The first sentence of a text (sentences(text)[0]) without splitting the rest of it. */
export function firstSentence(text: string): string | undefined {
  const re = new RegExp(SENTENCE);
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) return m[0];
  return undefined;
}

/** Remove column-wrap spaces that a PDF extraction left between two CJK characters or marks. */
export function closeCjkGaps(text: string): string {
  return text.replace(/(?<=[\p{Script=Han}，。、；：！？“”「」（）《》…—])[ \t\u3000]+(?=[\p{Script=Han}，。、；：！？“”「」（）《》…—])/gu, "");
}
