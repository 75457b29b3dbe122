import { pinyin } from "pinyin-pro";

/**
 * A page's id from its path below the content folder: lower-case ASCII, Han characters spelt in pinyin
 * (济阳一版.txt → jiyang-yi-ban), everything else a hyphen. Ids are part of every story's link, so the
 * same path gives the same id on every build; two paths that give one id are refused by the folder walk.
 */
export function pageIdOf(path: string): string {
  const stem = path.replace(/\.(?:txt|pdf)$/iu, "");
  const spelt = /\p{Script=Han}/u.test(stem)
    ? pinyin(stem, { toneType: "none", type: "array", nonZh: "consecutive", v: true }).join("-")
    : stem;
  return (
    spelt
      .toLowerCase()
      .replace(/[^a-z0-9]+/gu, "-")
      .replace(/^-+|-+$/gu, "") || "page"
  );
}
