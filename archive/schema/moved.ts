import { z } from "astro/zod";

/** A site path: starts and ends with a slash, as every path of the site does (trailingSlash: always). */
const sitePath = z.string().regex(/^\/(?:[a-z0-9-]+\/)+$/u, "a site path such as /issues/some-paper-2024-01/");
/** Where a moved address leads: a site path, or the home page. */
const target = z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/u, "a site path such as /issues/some-paper-2024-01/, or /");

/**
 * content/moved.json: pages whose address changed (an issue re-dated, a page renamed), old path → new.
 * Each old address is built as a page that sends the reader on, so a link once given keeps working.
 */
export const movedSchema = z.record(sitePath, target);
export type Moved = z.infer<typeof movedSchema>;
