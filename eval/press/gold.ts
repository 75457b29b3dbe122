import type { PagePlan, Role } from "./layout.ts";

/** The gold format of ../shared/gold (the scorer's header says what each field holds), by construction. */
export interface Gold {
  file: string;
  about: string;
  issue: { publication: string; year: number; month: number; day: number };
  furniture: string[];
  articles: {
    title: string | null;
    kicker: string | null;
    subtitle: string | null;
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

/** A caption's words without its photographer's credit (the credit is a byline's, the words the story's). */
const withoutCredit = (caption: string) =>
  caption.replace(/[（(]?(本报记者\s*)?[\p{Script=Han}·]{2,4}\s*摄[）)]?$/u, "").trim();

export function goldOf(plan: PagePlan, file: string): Gold {
  const [year, month, day] = (/(\d{4})年(\d{1,2})月(\d{1,2})日/u.exec(plan.date) ?? []).slice(1).map(Number);
  return {
    file,
    about: `A page set by the page press (eval/press) from ${plan.paper.id} stories: ${plan.stories.length} stories.`,
    issue: { publication: plan.paper.id, year: year!, month: month!, day: day! },
    furniture: plan.furniture,
    articles: plan.stories.map((p) => ({
      title: p.titlePrinted ? p.story.title : null,
      kicker: p.kickerPrinted ? p.story.kicker : null,
      subtitle: p.subtitlePrinted ? printedSubtitle(plan, p) : null,
      authors: p.authors,
      anchors: anchorsOf(p.paragraphs.length ? p.paragraphs : p.captions.map(withoutCredit)),
      districts: [],
    })),
    optional: [],
    reflow: [],
  };
}

/** The subtitle as printed (the press may set it after a dash). */
function printedSubtitle(plan: PagePlan, p: PagePlan["stories"][number]): string | null {
  const k = plan.stories.indexOf(p);
  const lines = plan.lines.filter((l) => l.story === k && l.role === "subtitle").map((l) => l.text);
  return lines.length ? lines.join("") : p.story.subtitle;
}

/** The line model's labels for a role. */
export const LABEL: Record<Role, "furniture" | "headline" | "byline" | "text" | "caption"> = {
  furniture: "furniture",
  kicker: "headline",
  title: "headline",
  subtitle: "headline",
  subhead: "headline",
  byline: "byline",
  text: "text",
  caption: "caption",
};

/** Every printed line with its label and story, in the order it was set (match them to a reading by text). */
export const labelsOf = (plan: PagePlan) =>
  plan.lines.map((l) => ({ text: l.text, label: LABEL[l.role], role: l.role, story: l.story }));
