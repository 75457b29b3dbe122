import { fixLabel } from "../../../archive/schema/fix.ts";
import type { LineLabel } from "../types.ts";

/** Every label the line model chooses among, in the weights' order: the labels a correction can set too. */
export const LABELS: readonly LineLabel[] = fixLabel.options;
