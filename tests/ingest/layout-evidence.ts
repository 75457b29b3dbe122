import type { LayoutEvidence } from "../../ingest/page/types.ts";

/** A printed line's layout evidence for a test: one block, one column, halfway down, unless the test says otherwise. */
export const layoutEvidence = (relSize: number, bold: boolean, over: Partial<LayoutEvidence> = {}): LayoutEvidence => ({
  relSize,
  bold,
  family: bold ? "hei" : "song",
  vertical: false,
  block: 0,
  blockLines: 1,
  column: 0,
  span: 1,
  box: { x: 0, y: 0, w: 100, h: 10 },
  gapAbove: null,
  gapBelow: null,
  ruleAbove: false,
  ruleBelow: false,
  letterSpaced: false,
  picture: false,
  framed: false,
  top: 0.5,
  reversed: false,
  ...over,
});
