import { describe, expect, test } from "vitest";
import { storyHabitsOf } from "../../ingest/page/stories/habits.ts";
import { unitsOf } from "../../ingest/page/units/units.ts";
import { relabel } from "../../ingest/page/line-model/relabel.ts";
import { readPage } from "../../ingest/page/line-model/model.ts";
import { normalise } from "../../ingest/page/lines/normalise.ts";
import { type HeadingsInStory, headingsOpenStory } from "../../ingest/page/stories/boundary.ts";
import type { StoryHabits } from "../../ingest/page/stories/habits.ts";
import { heading, paragraph } from "./units.ts";

const HABITS: StoryHabits = {
  opening: true,
  closing: false,
  someOpen: true,
  headsApart: true,
  blanksPartStories: true,
  paragraphsInBlocks: true,
  headsBelow: false,
  headsAtMargin: false,
  why: "",
};

/** A head after a story's finished text and a blank line, over text that shares no words with that story. */
const apart = (habits: StoryHabits): HeadingsInStory => ({
  headings: [heading("红叶谷迎来赏秋客", 13)],
  subheads: [],
  headline: [heading("老旧小区加装电梯", 7)],
  before: paragraph("居民可向所在社区提交加装申请。", [11]),
  last: paragraph("居民可向所在社区提交加装申请。", [11]),
  storyLead: "今年全市计划为老旧小区加装电梯一百部。",
  credited: false,
  after: paragraph("深秋时节，南山的枫叶渐次变红，层林尽染。", [14, 15]),
  shifts: false,
  habits,
});

describe("headings inside an open story, on a page whose stories open with a dateline", () => {
  test("where blank lines part stories, a head apart after finished text over new words opens a story", () => {
    expect(headingsOpenStory(apart(HABITS)).opens).toBe(true);
  });
  test("its first sentence tells: words the story's lead has later in the paragraph do not hold it", () => {
    const h = apart(HABITS);
    const after = paragraph("深秋时节，南山的枫叶渐次变红。全市计划明年再加装电梯一百部。", [14, 15]);
    expect(headingsOpenStory({ ...h, after }).opens).toBe(true);
  });
  test("where they do not, it is the story's subhead", () => {
    expect(headingsOpenStory(apart({ ...HABITS, blanksPartStories: false })).opens).toBe(false);
  });
});

describe("a short head where blank lines do not part stories", () => {
  const h = apart({ ...HABITS, blanksPartStories: false });
  test("over text that shares the open story's words, it is the story's subhead", () =>
    expect(headingsOpenStory(h).opens).toBe(false));
  test("over text sharing none of the finished story's words, it opens a story", () =>
    expect(headingsOpenStory({ ...h, shifts: true }).opens).toBe(true));
  test("after an unfinished sentence the topic does not matter: it stays in the story", () =>
    expect(headingsOpenStory({ ...h, shifts: true, before: paragraph("居民可向所在社区", [11]) }).opens).toBe(false));
});

describe("the page's habit of parting stories by blank lines", () => {
  const LINES = [
    "停车场实行智能收费，市民可通过手机扫码缴费。",
    "据了解，今年城区还将新建停车场五处。",
    "首小时免费，此后每小时收费两元。",
    "今年以来，我市加快推进老旧小区加装电梯工作。",
    "全市今年计划加装电梯一百部。",
    "其余四十部将在年底前完工。",
  ];
  // (paragraphs opened by an indent, so each line is one)
  const habitsOf = (lines: string[]) =>
    storyHabitsOf(
      unitsOf(relabel(readPage(normalise(lines.map((l) => (l ? `　　${l}` : l)).join("\n")), null, new Map()))),
    );
  test("is read where blank lines part blocks whose paragraphs break inside them", () =>
    expect(
      habitsOf([...LINES.slice(0, 3), "", ...LINES.slice(3), "", "景区提醒游客错峰出行。"]).blanksPartStories,
    ).toBe(true));
  test("is not read off a page with no blank line: nothing there says what a blank line parts", () =>
    expect(habitsOf([...LINES, "景区提醒游客错峰出行。"]).blanksPartStories).toBe(false));
});
