import { endsSentence } from "../../src/lib/text/punctuation.ts";
import type { Unit } from "./units.ts";

export type Heading = Extract<Unit, { kind: "heading" }>;

/** A story's body as the page prints it: its openers, text, inserts and closing byline, without its headline. */
export interface Body {
  units: Unit[];
  /** A closing byline (or the page's furniture) ended it: what follows is another story. */
  closed: boolean;
}

/** The page cut into bodies and the headline material standing between them. */
export interface Layout {
  bodies: Body[];
  /** gaps[k]: headings between body k−1 and body k; gaps[0] before the first, gaps[n] after the last. */
  gaps: Heading[][];
  furniture: Extract<Unit, { kind: "furniture" }>[];
  /** Units with no story to belong to (a closing byline before any text…). */
  stray: Unit[];
}

const hasText = (b: Body) => b.units.some((u) => u.kind === "paragraph");

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

  const start = (): Body => {
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
  const asSubheads = (b: Body) => {
    for (const h of pending) b.units.push({ ...h, why: `${h.why}; text of the same story follows: subhead` });
    pending = [];
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
      case "heading":
        pending.push(u);
        break;
      case "byline": {
        const b = current();
        if (b && !hasText(b) && pending.length === 0) b.units.push(u);
        else start().units.push(u);
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
        const opens = u.kind === "paragraph" && u.dateline !== null;
        const b = current();
        if (opens) {
          if (b && !hasText(b) && pending.length === 0) b.units.push(u);
          else start().units.push(u);
          break;
        }
        const open = openBody();
        if (open) {
          asSubheads(open);
          open.units.push(u);
        } else start().units.push(u);
        break;
      }
    }
  }
  gaps.push(pending);
  return { bodies, gaps, furniture, stray };
}
