/**
 * The marks papers print before a line (■ ◆ ● □ …) and what each can mean there: every pattern that asks
 * about a bullet takes its set from this one table.
 */

/** What a mark before a line can tell. */
export type BulletRole =
  /** it opens a list item or a brief (the line model's `bullet` feature) */
  | "item"
  /** it stands before a headline and is kept apart from the title (an article's `mark`) */
  | "headline"
  /** before a long enough headline it opens a brief, which closes the story above */
  | "brief"
  /** a byline or an author's name is set after it (□ 本报记者 X) */
  | "byline"
  /** before a line with no sentence in it, it marks nothing but a brief's headline */
  | "brief-only";

/** Each row: the mark, what it can mean, and an example. */
const BULLETS: readonly { mark: string; roles: readonly BulletRole[]; example: string }[] = [
  { mark: "■", roles: ["item", "headline", "brief", "byline", "brief-only"], example: "■城区新增三处口袋公园" },
  { mark: "◆", roles: ["item", "headline", "brief", "byline"], example: "◆活动时间：" },
  { mark: "●", roles: ["item", "headline", "brief", "byline"], example: "●市图书馆延长开放时间" },
  { mark: "▲", roles: ["item", "headline", "brief"], example: "▲农机手在田间作业" },
  { mark: "★", roles: ["item", "headline", "brief"], example: "★全市春耕生产有序推进" },
  { mark: "◎", roles: ["item", "byline"], example: "◎本报记者 王小明" },
  { mark: "○", roles: ["item"], example: "○报名方式" },
  { mark: "☆", roles: ["item"], example: "☆温馨提示" },
  { mark: "▶", roles: ["item"], example: "▶相关链接" },
  { mark: "►", roles: ["item"], example: "►办理时间" },
  { mark: "◇", roles: ["item"], example: "◇活动地点" },
  { mark: "□", roles: ["headline", "byline"], example: "□ 本报记者 王小明" },
  {
    mark: "•",
    roles: ["item"],
    example: "•   5月6日，市民在人民公园观赏盛开的月季花（a picture's story set into a column）",
  },
];

/** The marks that can play a role, as a regular expression's character class: `[■◆●]`. */
export function bulletClass(role: BulletRole): string {
  return `[${BULLETS.filter((b) => b.roles.includes(role))
    .map((b) => b.mark)
    .join("")}]`;
}

/** A list item's or a brief's mark opening a line (■4月16日，…, ◆9月27日，…). */
export const ITEM_BULLET = new RegExp(`^${bulletClass("item")}`, "u");
