import { resolve } from "node:path";
import type { Printed } from "../../../archive/schema/index.ts";

/**
 * Where a printed page's PDF is: `printed.file` names it from the repository's root, as `source` names a page (the
 * ingest runs there), so it is found from the root the build gives, not from whatever folder a step runs in.
 */
export const pdfPath = (p: Printed, root: string): string => resolve(root, p.file);
