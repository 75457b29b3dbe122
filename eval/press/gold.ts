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

/**
 * A dateline a story's text opens with (新华社北京11月18日电, 本报讯): the parser keeps it apart from the body,
 * so no anchor takes it in.
 */
const OWN_DATELINE = /^(新华社|本报|中新社|据)[^，。：]{0,24}?(电|讯)\s*/u;

/** Names a story's text opens with (（记者 X）, 记者X报道：): the parser reads them as its byline. */
const OPENING_BYLINE = /^(（[^（）]{2,30}）|记者[^：:]{1,16}报道[：:])\s*/u;

/** A story's first paragraph as its body keeps it: without the dateline and names it opens with. */
const opening = (p: string) => p.replace(OWN_DATELINE, "").replace(OPENING_BYLINE, "");

/** A story's last paragraph as its body keeps it: to its last finished sentence (a credit after it is a byline's). */
function closing(p: string): string {
  const end = Math.max(...[..."。！？"].map((m) => p.lastIndexOf(m)));
  // a closing quotation mark goes with its sentence
  const kept = /^[”’」』）]/u.test(p.slice(end + 1)) ? end + 2 : end + 1;
  return end > ANCHOR ? p.slice(0, kept) : p;
}

/**
 * Anchors of a story: its opening words, words from the middle of its middle paragraph and its closing words,
 * each within one paragraph (a subhead may stand between two).
 */
function anchorsOf(printed: readonly string[]): string[] {
  const paragraphs = printed.map((p, k) => {
    const t = k === 0 ? opening(p) : p;
    return [...(k === printed.length - 1 ? closing(t) : t)];
  });
  const first = paragraphs[0]!;
  const last = paragraphs.at(-1)!;
  const middle = paragraphs[Math.floor(paragraphs.length / 2)]!;
  const piece = (chars: string[], from: number) => chars.slice(Math.max(0, from), Math.max(0, from) + ANCHOR).join("");
  const picks = [
    piece(first, 0),
    piece(middle, Math.floor((middle.length - ANCHOR) / 2)),
    piece(last, last.length - ANCHOR),
  ];
  return [...new Set(picks.filter((p) => p.length > 0))];
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
