import { HELD_OUT } from "./generator/papers.ts";
import { PRESS_HELD_OUT } from "./press/papers.ts";

/**
 * Papers never fitted on, whose failures are not read while the parser is built: the generator's held-out
 * papers and the pressed held-out papers (their pdftotext text in eval/corpus/pressed, their layouts in
 * eval/press/layouts).
 */
export const isHeldOut = (paper: string) => HELD_OUT.has(paper) || PRESS_HELD_OUT.has(paper);
