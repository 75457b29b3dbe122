import { twoHeadlinesSideBySide } from "../patterns/heading.ts";
import { endsSentence } from "../text/marks.ts";
import type { RunReader } from "./block.ts";
import { headingsOf } from "./heading-units.ts";

/**
 * Two headlines side by side over a headline below them: the first line of a headline block, even when as
 * wide as the column and read as text (某区：…赢未来 我区召开动员会议 / 2024年第4期…).
 */
export const sideBySideHeadlines: RunReader = {
  name: "side-by-side headlines",
  does: "a block's first line holding two headlines side by side, over headline lines, is headline material",
  read: (block, at) => {
    const { lines, label } = block;
    const first = lines[at]!;
    if (
      at !== 0 ||
      label(first) !== "text" ||
      lines[1] === undefined ||
      label(lines[1]) !== "headline" ||
      endsSentence(first.text) ||
      !twoHeadlinesSideBySide(first.text)
    )
      return null;
    let j = 1;
    while (j + 1 < lines.length && label(lines[j + 1]!) === "headline") j++;
    const run = lines.slice(0, j + 1);
    return {
      units: headingsOf(
        run,
        (l) =>
          label(l) === "headline"
            ? block.why(l)
            : `${block.why(l)}; but two headlines side by side over the headline below them`,
        block.wrapped,
      ),
      taken: run.length,
    };
  },
};
