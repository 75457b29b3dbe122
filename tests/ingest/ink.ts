import type { PageDraft } from "../../scripts/ingest/page/assemble.ts";
import { pageInk } from "../../src/lib/ink.ts";

export { multiset } from "../../src/lib/ink.ts";

/** Every non-blank character a parsed page keeps, from every place it can keep one. */
export const inkKept = (page: PageDraft): string => pageInk(page.articles, page.furniture, page.unassigned);
