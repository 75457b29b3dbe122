/** Marks that end a sentence: a paragraph whose last mark is one of these is complete. */
export const SENTENCE_END = /[。！？!?…；;]["”’」』）)]*$|……$|——$/u;


/** Characters that cannot open a sentence, so a paragraph starting with one continues the one before. */
export const CONTINUATION_START = /^[的之等，,、。；;：:！？!?）)”」』》〉%％]/u;


/** Whether a paragraph reads as finished at its end. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text.trimEnd());
}

/** Split text into sentences, keeping each sentence's closing marks. */
export function sentences(text: string): string[] {
  return text.match(/[^。！？!?；;]+(?:[。！？!?；;]+["”’」』）)]*|$)/gu)?.filter((s) => s.trim()) ?? [];
}

/** Remove column-wrap spaces that a PDF extraction left between two CJK characters or marks. */
export function closeCjkGaps(text: string): string {
  return text.replace(/(?<=[\p{Script=Han}，。、；：！？“”「」（）《》…—])[ \t\u3000]+(?=[\p{Script=Han}，。、；：！？“”「」（）《》…—])/gu, "");
}
