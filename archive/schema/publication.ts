import { z } from "astro/zod";
import { printableText } from "./editor-text.ts";

/**
 * Longest paper id: it is part of every address of the paper (/publications/<id>/, its feeds, its issues' ids, which
 * are file names), and a file name may be at most 255 bytes.
 */
export const MAX_PUBLICATION_ID = 64;

/** A newspaper. Editors declare these in content/publications.json. */
export const publicationSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, "publication id: lower-case letters, digits and hyphens")
    .max(MAX_PUBLICATION_ID, `publication id: at most ${MAX_PUBLICATION_ID} characters`),
  /** The paper's name as printed, or a descriptive name when the page does not print it. */
  name: printableText().min(2),
  /** false where the pages we hold do not print the paper's name. */
  nameKnown: z.boolean(),
  /** GB/T 2260 code of the place the paper serves: resolves 我区/本区/全区. */
  home: z.string().min(6),
  /** What readers should know of the paper (who publishes it, why its name is not printed…), shown on its page. */
  note: printableText().optional(),
  /**
   * What the paper's texts may be used for, as an editor has it from the paper (使用条件: 仅供研究, 转载请联系…),
   * shown on the paper's page and the about page. Without it the site says no terms have been recorded.
   */
  rights: printableText().optional(),
  /** What an editor knows of the paper's habits, where its pages alone do not tell. */
  hints: z
    .object({
      /** Where the paper prints its headlines: above its stories or below them. */
      headline: z.enum(["above", "below"]).optional(),
      /** Lines the paper prints as furniture (a slogan, a section nameplate), exactly as printed. */
      furniture: z.array(printableText()).optional(),
    })
    .strict()
    .optional(),
});
export type Publication = z.infer<typeof publicationSchema>;
