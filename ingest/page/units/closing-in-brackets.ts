import { closingLineForm } from "../patterns/byline.ts";
import type { RunReader } from "./block.ts";

/** Names in brackets on a line of their own after the text close the story, whatever else they look like. */
export const closingInBrackets: RunReader = {
  name: "closing in brackets",
  does: "names in brackets on a line of their own, right after text or a caption, are the story's closing byline",
  read: (block, at, before) => {
    const l = block.lines[at]!;
    const prev = before.at(-1);
    if ((prev?.kind !== "paragraph" && prev?.kind !== "caption") || closingLineForm(l.text) !== "bracketed")
      return null;
    return {
      units: [
        {
          kind: "closing",
          text: l.text,
          lines: [l.n],
          why: `${block.why(l)}; names in brackets after the text: closing byline`,
        },
      ],
      taken: 1,
    };
  },
};
