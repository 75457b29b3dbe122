import { statSync } from "node:fs";
import { resolve } from "node:path";
import type { Printed } from "../../../archive/schema/index.ts";

/** Where a printed page's PDF is: `printed.file` names it from the repository's root, as `source` names a page. */
export const pdfPath = (p: Printed): string => resolve(p.file);

/** The PDF's size in bytes; a PDF the records name but that is not there stops the build, naming it. */
export function pdfBytes(p: Printed): number {
  try {
    return statSync(pdfPath(p)).size;
  } catch {
    throw new Error(`${p.file}: the PDF a printed page was read from is missing`);
  }
}
