/**
 * Pressed papers whose pages are never fitted on (their PDF layouts nor their pdftotext text): the pressed
 * split's held-out part, by paper, as the text corpus's held-out papers are (eval/generator/papers.ts). Their
 * stories come from papers no other pressed page prints.
 */
export const PRESS_HELD_OUT = new Set<string>([
  "press-yantai-evening",
  "press-zhoukou-evening",
  "press-huanghai-morning-etc",
  "press-sinopec-news-etc",
]);
