import { opensStory } from "../patterns/printed-headline.ts";
import { bulletClass } from "../text/bullets.ts";
import { endsSentence } from "../text/marks.ts";
import type { Body, Heading, Layout, Unit } from "../types.ts";
import { append } from "../../../archive/array.ts";

/** A body holds story text: a paragraph that is not only an editor's note (a note opens the story it introduces). */
const hasText = (b: Body) => b.units.some((u) => u.kind === "paragraph" && !u.note);

/** Briefs: a heading marked ■ (or ◆ ●) long enough to be a headline, not a label like ◆活动时间. */
const BRIEF_HEADLINE = new RegExp(`^${bulletClass("brief")}\\s*[^\\s：:]{8,}$`, "u");

/**
 * Cut the unit stream into story bodies. A story opens with a dateline or a byline, or with text after a
 * closed story; it closes with a closing byline or page furniture. Headings inside an open story that text
 * follows are its subheads; headings where one story ends and the next opens are headline material.
 */
export function layoutOf(units: Unit[]): Layout {
  const bodies: Body[] = [];
  const gaps: Heading[][] = [];
  const furniture: Layout["furniture"] = [];
  const stray: Unit[] = [];
  // set inside start(), which the compiler does not follow: read it through current()
  let cur: Body | null = null;
  const current = (): Body | null => cur;
  let pending: Heading[] = [];
  /** Inside a numbered list: true when its items are briefs (stories of their own), false when a story's list. */
  let briefList: boolean | null = null;

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
  const asSubheads = (b: Body) => {
    for (const h of pending) b.units.push({ ...h, why: `${h.why}; text of the same story follows: subhead` });
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

  for (const u of units) {
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
        if (b && !hasText(b) && pending.length === 0) b.units.push(u);
        else startWithHeld().units.push(u);
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
        b.closed = true;
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
        // a dateline opens a story; so does each numbered brief of a list of briefs (1. … 2. …); a list a
        // sentence leads into with a colon is the story's own
        let nextItem = false;
        if (u.kind === "paragraph") {
          const prevText = current()?.units.findLast((x) => x.kind === "paragraph");
          if (!u.item) briefList = null;
          else if (briefList === null || !prevText || !prevText.item)
            briefList = !prevText || !/[：:]$/u.test(prevText.text);
          nextItem = u.item && briefList === true && (!prevText || endsSentence(prevText.text));
        }
        const opens = u.kind === "paragraph" && (u.dateline !== null || nextItem);
        const b = current();
        if (opens) {
          if (b && !hasText(b) && pending.length === 0) append(b.units, held.splice(0)).push(u);
          else startWithHeld().units.push(u);
          break;
        }
        const open = openBody();
        if (open) {
          asSubheads(open);
          open.units.push(u);
        } else startWithHeld().units.push(u);
        break;
      }
    }
  }
  // captions still held at the page's end stay with the last story, or stand alone; under a printed headline
  // they are a picture story of their own
  if (held.length && pending.some((h) => h.printed)) startWithHeld();
  else if (held.length) append((openBody() ?? current() ?? startWithHeld()).units, held.splice(0));
  gaps.push(pending);
  return { bodies, gaps, furniture, stray };
}
