import type { PageDraft } from "../../ingest/page/types.ts";
import { pageInk } from "../../archive/text/ink.ts";

export { multiset } from "../../archive/text/ink.ts";

/** Every non-blank character a parsed page keeps, from every place it can keep one. */
export const inkKept = (page: PageDraft): string => pageInk(page.articles, page.furniture, page.unassigned);
