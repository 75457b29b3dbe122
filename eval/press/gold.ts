import type { PagePlan, Role } from "./layout.ts";

/** The gold format of ../shared/gold (the scorer's header says what each field holds), by construction. */
export interface Gold {
  file: string;
  about: string;
  issue: { publication: string; year: number; month: number; day: number };
  furniture: string[];
  articles: {
    title: string;
    kicker?: string | null;
    subtitle?: string | null;
    authors: string[];
    anchors: string[];
    districts: string[];
  }[];
  optional: { anchors: string[] }[];
  reflow: string[];
}

/** Anchor length: long enough to be unique on a page, short enough to stay inside one printed line pair. */
const ANCHOR = 12;

/** Anchors of a story: the opening, a middle and the closing words of its printed text. */
function anchorsOf(paragraphs: readonly string[]): string[] {
  const text = paragraphs.join("");
  const chars = [...text];
  if (chars.length <= ANCHOR) return [text];
  const at = (i: number) => chars.slice(i, i + ANCHOR).join("");
  const picks = [0, Math.floor((chars.length - ANCHOR) / 2), chars.length - ANCHOR];
  return [...new Set(picks.map(at))];
}

export function goldOf(plan: PagePlan, file: string): Gold {
  const [year, month, day] = (/(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(plan.date) ?? []).slice(1).map(Number);
  return {
    file,
    about: `A page set by the page press (eval/press) from ${plan.stories[0]?.story.paper ?? "no"} stories: ${plan.stories.length} stories in a six-column grid.`,
    issue: { publication: plan.paper.id, year: year!, month: month!, day: day! },
    furniture: plan.furniture,
    articles: plan.stories.map((p) => ({
      title: p.story.title,
      ...(p.brief ? {} : { kicker: p.story.kicker, subtitle: p.story.subtitle }),
      authors:
        p.bylinePrinted || p.dateline?.includes("记者")
          ? p.story.authors.slice(0, p.bylinePrinted ? undefined : 2)
          : [],
      anchors: anchorsOf(p.paragraphs),
      districts: [],
    })),
    optional: [],
    reflow: [],
  };
}

/** The line model's labels for a role. */
const LABEL: Record<Role, "furniture" | "headline" | "byline" | "text" | "caption"> = {
  furniture: "furniture",
  kicker: "headline",
  title: "headline",
  subtitle: "headline",
  byline: "byline",
  text: "text",
  caption: "caption",
};

/** Every printed line with its label and story, in the order it was set (match them to a reading by text). */
export const labelsOf = (plan: PagePlan) =>
  plan.lines.map((l) => ({ text: l.text, label: LABEL[l.role], role: l.role, story: l.story }));
