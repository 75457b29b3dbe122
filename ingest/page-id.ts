import { createHash } from "node:crypto";
import { pinyin } from "pinyin-pro";

/**
 * Longest page id. A page's id names its record file and begins the ids of its stories and of an undated issue
 * (`<paper>-undated-<page id>`), which are folder names of the site; a file name may be at most 255 bytes, and a
 * legal 80-character Chinese file name spells to more than 400 letters.
 */
export const MAX_PAGE_ID = 120;

/** How much of a longer id is kept before its hash: the id stays readable and the same on every build. */
const KEPT = MAX_PAGE_ID - 9;

const hash8 = (s: string) => createHash("sha1").update(s).digest("hex").slice(0, 8);

/**
 * A page's id from its path below the content folder: lower-case ASCII, Han characters spelt in pinyin
 * (济阳一版.txt → jiyang-yi-ban), everything else a hyphen. Ids are part of every story's link, so the
 * same path gives the same id on every build; two paths that give one id are refused by the folder walk.
 * An id longer than MAX_PAGE_ID is cut and ends with a hash of the whole (still the same on every build).
 */
export function pageIdOf(path: string): string {
  const stem = path.replace(/\.(?:txt|pdf)$/iu, "");
  const spelt = /\p{Script=Han}/u.test(stem)
    ? pinyin(stem, { toneType: "none", type: "array", nonZh: "consecutive", v: true }).join("-")
    : stem;
  const id =
    spelt
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, "-")
      .replace(/^-+|-+$/gu, "") || "page";
  return id.length <= MAX_PAGE_ID ? id : `${id.slice(0, KEPT).replace(/-+$/u, "")}-${hash8(id)}`;
}
