// A page of three stories opening alike (notices of one meeting), jiyang/2024-03-05-a.txt: what story ids, the
// ledger of ids, corrections, moved addresses and the check are tried on.
import type { Archive } from "../../ingest/merge.ts";
import { folder } from "./folder.ts";

export const PUBS = [{ id: "jiyang", name: "济阳日报", nameKnown: true, home: "370115" }];
/** The first 40 characters of every story's text are the same: notices of one meeting. */
export const SAME = "本报讯 3月4日，全区召开春季农业生产工作会议，安排部署当前春耕备播和农田水利建设等各项工作任务，";
const LINES = [
  "济阳区召开春季农业生产会议", // 1
  "", // 2
  "□ 本报记者 王小明", // 3
  `${SAME}副区长李明出席会议并讲话。`, // 4
  "会议要求各街镇抓紧抓实春耕生产。", // 5  (the same paragraph as line 4, wrapped)
  "", // 6
  "曲堤街道部署春耕备播工作", // 7
  "", // 8
  `${SAME}曲堤街道负责人参加会议。`, // 9
  "会议强调要做好农资供应保障。", // 10
  "", // 11
  "仁风镇推进农田水利建设", // 12
  "", // 13
  "□ 本报记者 赵小红", // 14
  `${SAME}仁风镇主要负责人参加。`, // 15
  "会议要求加快水利工程进度。", // 16
  "", // 17
];
export const BASE = LINES.join("\n");
/** The page's path below the content folder, less `.txt`. */
export const AT = "jiyang/2024-03-05-a";

/** A content folder holding the page (and more files), with the paper jiyang. */
export const base = (more: Record<string, string> = {}, pubs: unknown = PUBS) =>
  folder({ [`${AT}.txt`]: BASE, ...more }, pubs);
/** The page's corrections file holding these fixes. */
export const fixes = (...f: unknown[]) => ({ [`${AT}.fix.json`]: JSON.stringify({ fixes: f }) });
/** The story whose text holds a raw line. */
export const holding = (a: Archive, line: number) =>
  a.articles.find((x) => x.blocks.some((b) => b.lines.includes(line)));
