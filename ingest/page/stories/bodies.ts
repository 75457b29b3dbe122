import { isFiled } from "../units/paragraph-edges.ts";
import { opensStory } from "../patterns/printed-headline.ts";
import { bulletClass, ITEM_BULLET } from "../text/bullets.ts";
import { CONTINUATION_START, endsSentence, finished } from "../text/marks.ts";
import { headlineLike, ORDINAL, PICTURE_LABEL } from "../patterns/heading.ts";
import { LEAD_OPENING, PICTURE_LEAD } from "../patterns/lead.ts";
import { isCreditOnly, PICTURE_CREDIT_END } from "../patterns/caption.ts";
import type { Body, Heading, Layout, Paragraph, Unit } from "../types.ts";
import { append } from "../../../archive/array.ts";
import { headingsOpenStory } from "./boundary.ts";
import { storyHabitsOf } from "./habits.ts";
import { sharedPairs } from "../text/han.ts";

/**
 * Least share of two-character words a paragraph after a blank line has with its story's last paragraphs to be
 * that story's: paragraphs of one story share their story's words, stories set apart share next to none. Of the
 * real-text development pages' paragraph pairs after finished text, under 0.01 were 12 of 619 in one story and
 * 295 of 920 across two (development stories 1230 -> 1237 of 1406; 0.02 cut the seeds' stories).
 */
const TOPIC_SHARE_MIN = 0.01;
/**
 * Fewest Han characters of the paragraph, and of the story's text above it, for their words to tell: a short
 * paragraph shares few words with anything (区发改局负责人表示，将持续跟进。 after its story's one sentence).
 */
const TOPIC_PARAGRAPH_MIN = 20;
const TOPIC_STORY_MIN = 40;

/** A list's items the ordinals (ORDINAL) miss: 第二， （2） (二). */
const MORE_ITEMS = /^(第[一二三四五六七八九十\d]{1,2}[，,、]|[（(][一二三四五六七八九十\d]{1,2}[)）])/u;

/**
 * Whether a paragraph shares almost none of the words of the story's last paragraphs above it (not a list's next
 * item, nor a paragraph opening on a connective: those share little by their nature, and go on with the story).
 */
function topicShifts(open: Body, u: Paragraph): boolean {
  const hanOf = (t: string) => t.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (
    hanOf(u.text) < TOPIC_PARAGRAPH_MIN ||
    ITEM_BULLET.test(u.text) ||
    ORDINAL.test(u.text) ||
    MORE_ITEMS.test(u.text) ||
    GOES_ON.test(u.text)
  )
    return false;
  const above = open.units
    .filter((x): x is Paragraph => x.kind === "paragraph")
    .slice(-3)
    .map((x) => x.text)
    .join("");
  if (hanOf(above) < TOPIC_STORY_MIN) return false;
  return sharedPairs(u.text, above) < TOPIC_SHARE_MIN;
}

/** A body holds story text: a paragraph that is not only an editor's note (a note opens the story it introduces). */
const hasText = (b: Body) => b.units.some((u) => u.kind === "paragraph" && !u.note);

/** A paragraph set like a subhead: one line standing alone, headline-shaped, no sentence end. */
const sectionLine = (p: Paragraph) =>
  p.isolated && p.lines.length === 1 && !p.dateline && !endsSentence(p.text) && headlineLike(p.text);

/** Words a paragraph goes on with its story by (据介绍，… / 此外，… / 其次，…): no picture's story opens so. */
const GOES_ON =
  /^(据(介绍|了解|悉|统计|测算)|此外|另外|与此同时|同时|其中|目前|随后|之后|据此|其次|再次|最后|然而|但是|不过|因此|所以|而且|总之|可见)[，,]/u;

/** Shortest caption that tells a picture's story (characters), not a photo's label. */
const PICTURE_CAPTION_MIN = 20;
/**
 * Shortest credited paragraph after a story's finished text that tells a picture's story of its own (characters):
 * a story's own photo is labelled in a sentence or two, a picture story tells what happened.
 */
const PICTURE_TOLD_MIN = 60;
/** The unit after i is a picture's credit: on a line of its own, or taken off the caption's end (…乐趣。记者 李伟 摄). */
const creditFollows = (units: readonly Unit[], i: number) => {
  const next = units[i + 1];
  return next !== undefined && (next.kind === "caption" || next.kind === "closing") && isCreditOnly(next.text);
};

/**
 * Whether the unit at i is a picture story's caption: long enough to tell what happened, with its credit run
 * on or on the next line, and standing apart from a story's text (what follows it is no paragraph of the story
 * before it).
 */
function pictureAt(units: readonly Unit[], i: number): boolean {
  if (!credited(units, i)) return false;
  const after = units[creditFollows(units, i) ? i + 2 : i + 1];
  return (
    after === undefined ||
    after.kind !== "paragraph" ||
    isFiled(after) ||
    credited(units, i + 1 + (creditFollows(units, i) ? 1 : 0))
  );
}

/** The unit at i is a caption long enough to tell what happened, with its credit run on or on the next line. */
function credited(units: readonly Unit[], i: number): boolean {
  const u = units[i];
  if (!u || (u.kind !== "caption" && u.kind !== "paragraph") || (u.kind === "caption" && u.cutInto)) return false;
  if ([...u.text].length < PICTURE_CAPTION_MIN || isCreditOnly(u.text)) return false;
  return PICTURE_CREDIT_END.test(u.text) || creditFollows(units, i);
}

/** Fewest pictures in a row, each told with its credit, that make one photo story (a 组图), not stories each. */
const SERIES_MIN = 3;

/**
 * The captions that go on a series of pictures, each after the first: captions that show rather than tell, their
 * credits run on, one after another with nothing between (黄蓝交汇，…的样子。张晓龙 摄 / 旭日东升，…瞬间打开。孙崇伦 摄 / …).
 */
function photoSeries(units: readonly Unit[]): Set<number> {
  const out = new Set<number>();
  // (a picture story opens as a lead does, with when it happened: a row of those is pictures each a story)
  const told = (k: number) =>
    credited(units, k) && PICTURE_CREDIT_END.test(units[k]!.text) && !PICTURE_LEAD.test(units[k]!.text);
  for (let i = 0; i < units.length; ) {
    let j = i;
    while (j < units.length && told(j)) j++;
    if (j - i >= SERIES_MIN) for (let k = i + 1; k < j; k++) out.add(k);
    i = Math.max(j, i + 1);
  }
  return out;
}

/** A credit for the text and the pictures both: 文图/新华社记者陶明, 图文/X, 文/图 X. */
const TEXT_AND_PICTURES = /^(文图|图文|文\s*[/／]\s*图)(?![\p{Script=Han}]{2,}[，。])/u;
/** A picture's note in brackets, its day and 摄: （9月11日摄，无人机照片）. */
const PICTURE_NOTE = /[（(][^（）()]*摄[^（）()]*[）)]/u;
/** Every paragraph the story has so far is pictures' captions, each with its note: a picture story's captions. */
const captionsOnly = (b: Body) => {
  const ps = b.units.filter((u) => u.kind === "paragraph");
  return ps.length > 0 && ps.every((u) => PICTURE_NOTE.test(u.text));
};

/** A byline right after text whose next unit is a head, furniture or the page's end: it belongs to the text above. */
function endsStoryAbove(units: readonly Unit[], i: number): boolean {
  const before = units[i - 1];
  const after = units[i + 1];
  return (
    (before?.kind === "paragraph" || before?.kind === "caption") &&
    (after === undefined || after.kind === "heading" || after.kind === "furniture")
  );
}

/** A brief's opening after its mark: a lead's (近日，…) or a day, or days (4月15日至16日，…). */
const BRIEF_OPENING = new RegExp(`${LEAD_OPENING.source}|^(\\d{1,2}月)?\\d{1,2}日`, "u");

/**
 * A paragraph opening with the mark the story's first paragraph opened with, then a lead (■4月16日，…), after the
 * story's closing byline. (A mark before a brief's own head, ■一季度全区经济实现良好开局, opens a story of its own.)
 */
function nextBrief(story: Body, u: Unit): boolean {
  const first = story.units.find((x) => x.kind === "paragraph");
  const mark = ITEM_BULLET.exec(u.text)?.[0];
  return (
    mark !== undefined &&
    first?.text.startsWith(mark) === true &&
    BRIEF_OPENING.test(u.text.slice(mark.length).trimStart()) &&
    story.units.at(-1)?.kind === "closing"
  );
}

/** The first of numbered briefs: 1. / 1、 (not a decimal). */
const FIRST_ITEM = /^1[.．、](?!\d)/u;

/** Briefs: a heading marked ■ (or ◆ ●) long enough to be a headline, not a label like ◆活动时间. */
const BRIEF_HEADLINE = new RegExp(`^${bulletClass("brief")}\\s*[^\\s：:]{8,}$`, "u");

/**
 * Cut the unit stream into story bodies. A story opens with a dateline or a byline, or with text after a
 * closed story; it closes with a closing byline or page furniture. Headings inside an open story that text
 * follows are its subheads; headings where one story ends and the next opens are headline material.
 */
export function layoutOf(units: Unit[], wrapped = true, printed = false): Layout {
  const habits = storyHabitsOf(units);
  const bodies: Body[] = [];
  const gaps: Heading[][] = [];
  const furniture: Layout["furniture"] = [];
  const stray: Unit[] = [];
  const series = photoSeries(units);
  const inserts: Layout["inserts"] = [];
  /** A unit an insert took with it (a picture story's credit line). */
  let taken = -1;
  // set inside start(), which the compiler does not follow: read it through current()
  let cur: Body | null = null;
  const current = (): Body | null => cur;
  let pending: Heading[] = [];

  /** The size of the open story's printed title (its largest heading), when the page is printed. */
  let openTitleSize: number | null = null;
  const start = (): Body => {
    const sizes = pending.flatMap((h) => (h.printed ? [h.printed.size] : []));
    openTitleSize = sizes.length ? Math.max(...sizes) : null;
    gaps.push(pending);
    pending = [];
    const b: Body = { units: [], closed: false };
    bodies.push(b);
    cur = b;
    return b;
  };
  const openBody = (): Body | null => {
    const b = current();
    return b && !b.closed ? b : null;
  };
  /** Captions set after headlines: they go with whichever story the headlines turn out to open. */
  let held: Unit[] = [];
  const asSubheads = (b: Body, why = "text of the same story follows") => {
    for (const h of pending) b.units.push({ ...h, why: `${h.why}; ${why}: subhead` });
    pending = [];
    append(b.units, held);
    held = [];
  };
  const startWithHeld = (): Body => {
    const b = start();
    append(b.units, held);
    held = [];
    return b;
  };

  /** The last unit before this one that is no caption or box (reflow sets those after the paragraph they stood in). */
  let lastMain: Unit | undefined;
  for (const [i, u] of units.entries()) {
    // (a letter its reader signed, 。读者 薛芳玲, ends its story, as a closing byline does; what reflow set after it
    // stood inside it)
    const inserted = u.kind === "caption" || u.kind === "box";
    const before = lastMain;
    if (!inserted) lastMain = u;
    // (a closing byline under the signature, （作者系城东小区居民）, is still the letter's: it closes it itself)
    if (!inserted && u.kind !== "closing" && before?.kind === "paragraph" && before.signed !== null) {
      const b = current();
      if (b?.units.some((x) => x.kind === "paragraph" && x.lines[0] === before.lines[0])) b.closed = true;
    }
    // a picture story set into the open story's cut sentence: a story of its own, beside the one it stood in
    if (i === taken) continue;
    if (u.kind === "box" && u.picture && openBody()) {
      // (a closing byline after it is its credit, unless its own text ends on one: then it is the host story's)
      const credit = units[i + 1]?.kind === "closing" && !PICTURE_CREDIT_END.test(u.text) ? units[i + 1]! : null;
      inserts.push({ after: bodies.length - 1, body: { units: credit ? [u, credit] : [u], closed: true } });
      if (credit) taken = i + 1;
      continue;
    }
    // a picture story: a caption with its credit standing apart from the stories around it (a printed page's
    // reading order has already set each caption with its picture and its story, under their headline)
    if (!printed && (u.kind === "caption" || (u.kind === "paragraph" && !isFiled(u))) && pictureAt(units, i)) {
      const shown = current();
      if (series.has(i) && shown && pending.length === 0) {
        shown.units.push({ ...u, why: `${u.why}; the next picture of a series, each with its credit: the same story` });
        continue;
      }
      const open = openBody();
      // a paragraph a credit ends goes on the story it follows, and ends it, unless it opens as a picture's story
      // does after that story's finished text (“今年的草莓收成不错！”3月1日，… / 近日，…) or is as long as one
      const last = open?.units.findLast((x) => x.kind === "paragraph");
      const ownStory =
        last !== undefined &&
        finished(last.text) &&
        !(
          (habits.headsApart || habits.blanksPartStories) &&
          habits.paragraphsInBlocks &&
          u.lines[0] === last.lines.at(-1)! + 1
        ) &&
        !GOES_ON.test(u.text) &&
        (PICTURE_LEAD.test(u.text) || [...u.text].length >= PICTURE_TOLD_MIN);
      if (u.kind === "paragraph" && !pending.length && open && hasText(open) && !ownStory) {
        open.units.push(u);
        open.closed = !creditFollows(units, i);
        continue;
      }
      if (pending.length || !open || hasText(open) || open.units.some((x) => x.kind === "caption")) {
        const b = startWithHeld();
        b.units.push({ ...u, why: `${u.why}; a picture's caption with its credit: a picture story` });
        b.closed = !creditFollows(units, i);
        continue;
      }
    }
    // the credit line of a picture story closes it
    if (u.kind === "caption" && isCreditOnly(u.text)) {
      const open = openBody();
      // (a picture told in a paragraph of its own is a picture story too: its credit closes it)
      const told = open?.units.filter((x) => x.kind === "paragraph" || x.kind === "caption") ?? [];
      const lonePicture = told.length === 1 && told[0]!.lines[0] === units[i - 1]?.lines[0];
      // (under 图片新闻 a lone paragraph its credit ends is the picture's story, whatever text follows it)
      const labelled = lonePicture && units[i - 2]?.kind === "heading" && PICTURE_LABEL.test(units[i - 2]!.text);
      if (open && (open.units.at(-1)?.kind !== "paragraph" || lonePicture) && (pictureAt(units, i - 1) || labelled)) {
        // (the credit of a picture story told by one caption or paragraph names its authors, as a closing does)
        open.units.push(
          lonePicture
            ? {
                kind: "closing",
                text: u.text,
                lines: u.lines,
                why: `${u.why}; the credit of a picture story: its authors`,
              }
            : u,
        );
        open.closed = true;
        continue;
      }
      // …主要品种有西红柿、西芹、黄瓜等。 / 新华社记者徐速绘摄 / (blank) / 7月9日，… — a credit right under the story's
      // finished text, a blank line and a lead after it: the story's picture credit, its last line (a picture set
      // into the story, its text going on after the blank line, 种植户李大姐告诉记者，…, is no end)
      const after = units[i + 1];
      const last = open?.units.at(-1);
      if (
        open &&
        last?.kind === "paragraph" &&
        last.lines.at(-1)! + 1 === u.lines[0] &&
        finished(last.text) &&
        after?.kind === "paragraph" &&
        after.lines[0]! > u.lines.at(-1)! + 1 &&
        LEAD_OPENING.test(after.text)
      ) {
        open.units.push({
          kind: "closing",
          text: u.text,
          lines: u.lines,
          why: `${u.why}; the story's picture credit, after its text`,
        });
        open.closed = true;
        continue;
      }
    }
    switch (u.kind) {
      case "furniture": {
        furniture.push(u);
        const b = openBody();
        const last = b?.units.findLast((x) => x.kind === "paragraph");
        if (b && hasText(b) && (!last || endsSentence(last.text))) b.closed = true;
        break;
      }
      case "heading": {
        // a brief's own headline closes the story before it: briefs are stories of their own; so does a
        // headline the printed page sets as a story's (large, or across columns)
        const b = openBody();
        const opens = opensStory(u, openTitleSize);
        if (b && hasText(b) && (BRIEF_HEADLINE.test(u.text) || opens)) b.closed = true;
        // a printed headline with a caption under it, and the next story's headline after: a picture story,
        // the caption its text
        if (opens && held.length && pending.some((h) => h.printed)) startWithHeld().closed = true;
        pending.push(u);
        break;
      }
      case "byline": {
        const b = current();
        // (where heads stand below their stories, a picture story its credit closed is whole: a byline after it opens
        // the next story)
        if (b && !hasText(b) && pending.length === 0 && !(b.closed && habits.headsBelow)) {
          // (a byline under the picture a story opens with, 现场特写 / … / caption … 摄 / 本报特派记者 X: the text after
          // it is that story's, though the picture's credit closed what it had)
          b.units.push(u);
          b.closed = false;
        } else if (b && !b.closed && pending.length === 0 && TEXT_AND_PICTURES.test(u.text) && captionsOnly(b)) {
          // (榆林是个好地方 / …的变迁（9月11日摄，无人机照片）。… / 文图/新华社记者陶明 / 榆林，一块…: a photo essay's
          // captions come first, then the credit for its text and pictures, then its text)
          b.units.push({
            ...u,
            why: `${u.why}; a credit for text and pictures under the story's captions: its byline`,
          });
        } else if (endsStoryAbove(units, i) && pending.length === 0 && openBody()) {
          // a byline after the text with no text of its own before the next head: it closes the story above
          const open = openBody()!;
          open.units.push({
            kind: "closing",
            text: u.text,
            lines: u.lines,
            why: `${u.why}; no text follows it before a head: the story's closing byline`,
          });
          open.closed = true;
        } else startWithHeld().units.push(u);
        break;
      }
      case "closing": {
        const b = openBody();
        if (!b) {
          stray.push(u);
          break;
        }
        asSubheads(b);
        b.units.push(u);
        // (on a printed page, after a sentence left unfinished the story goes on past its closing: reading order
        // set a note at a column's foot before the story's last lines)
        b.closed = !printed || finished(b.units.findLast((x) => x.kind === "paragraph")?.text ?? "。");
        break;
      }
      case "paragraph":
      case "caption":
      case "box": {
        // a caption under headlines waits: a story opening after it takes headlines and caption both
        if (u.kind === "caption" && pending.length) {
          held.push(u);
          break;
        }
        // a dateline opens a story; so does a column of numbered briefs (1. … 2. …), read as one story; a
        // list a sentence leads into with a colon is the story's own
        const lastText = current()?.units.findLast((x) => x.kind === "paragraph");
        const briefs = u.kind === "paragraph" && FIRST_ITEM.test(u.text) && (!lastText || endsSentence(lastText.text));
        // (a second report filed from the same place on the same day, 本报广州11月28日电 again, with no head between, is
        // the same story's: a roundup of two reports under one head)
        const sameFiling =
          u.kind === "paragraph" &&
          u.dateline !== null &&
          /\d|[一二三四五六七八九十]日/u.test(u.dateline) &&
          pending.length === 0 &&
          openBody()?.units.find((x) => x.kind === "paragraph")?.dateline === u.dateline;
        const opens = u.kind === "paragraph" && (isFiled(u) || briefs) && !sameFiling;
        const b = current();
        if (opens) {
          // (a story whose text opens here is open, though a picture's credit above closed what it had: its caption)
          if (b && !hasText(b) && pending.length === 0) {
            append(b.units, held.splice(0)).push(u);
            b.closed = false;
          } else startWithHeld().units.push(u);
          break;
        }
        const open = openBody();
        // text opening mid-sentence (，… / 的…) starts no story: it goes on with the story before, closed or not
        const last = current();
        if (!open && last && !pending.length && u.kind === "paragraph" && CONTINUATION_START.test(u.text)) {
          append(last.units, held.splice(0)).push({
            ...u,
            why: `${u.why}; it opens mid-sentence: the story above goes on`,
          });
          break;
        }
        // (■4月16日，… after ■4月18日，…（记者 王某）: briefs under one head, each closed by its writer, are one story)
        if (!open && last && !pending.length && u.kind === "paragraph" && nextBrief(last, u)) {
          append(last.units, held.splice(0)).push({
            ...u,
            why: `${u.why}; marked as the story's first brief: its next`,
          });
          last.closed = false;
          break;
        }
        if (!open) {
          startWithHeld().units.push(u);
          break;
        }
        // finished text, a blank line, then a paragraph's opening, where the page's blank lines part stories
        // (a caption reflow set after the paragraph it stood in is still inside that paragraph's lines)
        const lastUnit = open.units.findLast(
          (x, k, all) =>
            !(
              (x.kind === "caption" || x.kind === "box") &&
              all.slice(0, k).some((p) => p.kind === "paragraph" && p.lines.at(-1)! > x.lines.at(-1)!)
            ),
        );
        // (a text page's: a printed page's blank lines are its layout's blocks)
        if (
          !printed &&
          habits.blanksPartStories &&
          !pending.length &&
          u.kind === "paragraph" &&
          lastUnit?.kind === "paragraph" &&
          hasText(open) &&
          finished(lastUnit.text) &&
          u.lines[0]! > lastUnit.lines.at(-1)! + 1
        ) {
          startWithHeld().units.push({
            ...u,
            why: `${u.why}; after finished text and a blank line, where blank lines part stories: a new story`,
          });
          break;
        }
        // finished text, a blank line, then a paragraph that shares almost none of the story's words: a story of its
        // own set under the other with no head (picture stories, headless briefs)
        if (
          !printed &&
          !pending.length &&
          u.kind === "paragraph" &&
          lastUnit?.kind === "paragraph" &&
          hasText(open) &&
          finished(lastUnit.text) &&
          u.lines[0]! > lastUnit.lines.at(-1)! + 1 &&
          topicShifts(open, u)
        ) {
          startWithHeld().units.push({
            ...u,
            why: `${u.why}; after finished text, sharing almost none of the story's words: a story of its own`,
          });
          break;
        }
        // headings met inside an open story: a new story's headline, or the story's subheads
        if (pending.length && hasText(open) && u.kind === "paragraph") {
          const before = open.units.findLast((x) => x.kind === "paragraph");
          const subheads = open.units.flatMap((x, k) =>
            x.kind === "heading" || (x.kind === "paragraph" && sectionLine(x))
              ? [{ text: x.text, apart: k === 0 || x.lines[0]! > open.units[k - 1]!.lines.at(-1)! + 1 }]
              : [],
          );
          // the open body is the last one started: its headline material is the last gap pushed
          const headline = gaps.at(-1) ?? [];
          const last = open.units.at(-1);
          const lead = open.units.find((x) => x.kind === "paragraph" && !x.note);
          const storyLead = lead?.text ?? "";
          // (a byline over its text, or in brackets after its dateline: 山西晚报讯（记者 孙轶琼）…)
          const credited =
            open.units.some((x) => x.kind === "byline") || (lead?.kind === "paragraph" && lead.datelineByline !== null);
          const verdict = headingsOpenStory({
            headings: pending,
            subheads,
            headline,
            before,
            last,
            storyLead,
            credited,
            after: u,
            shifts: topicShifts(open, u),
            habits,
          });
          if (verdict.opens) {
            pending = pending.map((h) => ({ ...h, why: `${h.why}; ${verdict.why}: a new story's headline` }));
            startWithHeld().units.push(u);
            break;
          }
          asSubheads(open, verdict.why);
        } else asSubheads(open);
        open.units.push(u);
        break;
      }
    }
  }
  // captions still held at the page's end stay with the last story, or stand alone; under a printed headline
  // they are a picture story of their own
  if (held.length && pending.some((h) => h.printed)) startWithHeld();
  else if (held.length) append((openBody() ?? current() ?? startWithHeld()).units, held.splice(0));
  gaps.push(pending);
  return { bodies, gaps, furniture, stray, inserts, why: [habits.why], wrapped };
}
