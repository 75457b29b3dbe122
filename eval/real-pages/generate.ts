#!/usr/bin/env node
/**
 * Lays out real stories (eval/real-pages/harvest.ts) as pages of their papers in the forms real e-paper text
 * exports take (forms.ts), with gold by construction and a label for every line.
 *
 *   node eval/real-pages/generate.ts OUT_DIR       (a folder not there yet)
 *
 * Deterministic: the same harvest always gives the same pages. The harvest itself stays outside the
 * repository (its text is copied from web pages); what is written here is derived: the pages, their gold,
 * and SOURCES.tsv naming the page every story was read from.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom as rng } from "../seeded-random.ts";
import { REAL_TEXT_HELD_OUT, TWIN_SUFFIX } from "../splits.ts";
import { pick, seedOf } from "../typeset.ts";
import { habitsOf, pdfTextHabits, type Habits } from "./forms.ts";
import { creditsOf, headerOf, slogansOf } from "./furniture.ts";
import { readHarvest, type HarvestPaper, type RealStory } from "./harvest.ts";
import { layPage, type Item, type PagePlan } from "./lay-out.ts";

/** Most pages a paper gets, and how many stories a page holds at least and at most. */
const MAX_PAGES = 6;
const MIN_STORIES = 4;
const MAX_STORIES = 7;

/** A paper's name as its pages print it, or null when the harvest could not tell it (its id names it then). */
const printedName = (p: HarvestPaper) => (p.name.startsWith("(") ? null : p.name);

/** A page's number from its code: A03 → 3. */
const pageNumberOf = (code: string) => Number(code.replace(/^[A-Z]/u, ""));

/** The page a story was printed on, as a file name's part: A03, 02. */
const pageCodeOf = (s: RealStory | undefined, n: number) =>
  s?.page && /^[A-Z]?\d{1,2}$/u.test(s.page) ? s.page : String(n).padStart(2, "0");

/** Stories of the split, least used first: a page fills up with other papers' stories when its own run out. */
class Pool {
  private used = new Map<RealStory, number>();
  private readonly stories: RealStory[];
  constructor(stories: RealStory[]) {
    this.stories = stories;
  }
  take(n: number, not: Set<RealStory>, ok: (s: RealStory) => boolean): RealStory[] {
    const out = this.stories
      .filter((s) => !not.has(s) && ok(s))
      .map((s, i) => ({ s, k: (this.used.get(s) ?? 0) * 1000 + i }))
      .sort((a, b) => a.k - b.k)
      .slice(0, n)
      .map((x) => x.s);
    for (const s of out) this.use(s);
    return out;
  }
  use(s: RealStory) {
    this.used.set(s, (this.used.get(s) ?? 0) + 1);
  }
}

const textParts = (s: RealStory) => s.body.filter((b) => b.kind === "text").length;

/** What one page of a paper holds, in print order, with its furniture. */
function planPage(
  paper: HarvestPaper,
  own: RealStory[],
  pool: Pool,
  habits: Habits,
  slogans: string[],
  pageNo: number,
  date: Date,
  r: () => number,
  printedElsewhere: ReadonlySet<RealStory>,
): { plan: PagePlan; stories: RealStory[] } {
  // a story printed on another page of the paper is not printed again: the scorer finds a page by its stories
  const on = new Set([...own, ...printedElsewhere]);
  const fill = Math.max(0, MIN_STORIES + Math.floor(r() * 2) - own.length);
  const stories = [...own, ...pool.take(fill, on, (s) => s.paper !== paper.id)];
  for (const s of stories) on.add(s);
  const items: Item[] = [];
  // a page opening with the rest of a story from another page (（上接第一版）…), from the split's pool
  if (pageNo > 1 && r() < 0.3) {
    const [cont] = pool.take(1, on, (s) => textParts(s) >= 3 && !s.picture);
    if (cont) {
      on.add(cont);
      stories.push(cont);
      const rest = cont.body.filter((b) => b.kind === "text").slice(1);
      items.push({ kind: "continuation", story: { ...cont, body: rest }, runIn: r() < 0.5 });
    }
  }
  const pictures = stories.filter(
    (s) => s.picture && !items.some((i) => i.kind === "continuation" && i.story.url === s.url),
  );
  const reports = stories.filter(
    (s) => !s.picture && !items.some((i) => i.kind === "continuation" && i.story.url === s.url),
  );
  // the first report printed without its head now and then: a page whose first story has none
  const headless = habits.headline === "above" && r() < 0.15;
  reports.forEach((s, i) => {
    items.push({ kind: "story", story: s, headless: headless && i === 0 });
    if (i === 0 && slogans.length && r() < 0.35) items.push({ kind: "furniture", text: pick(slogans, r) });
  });
  // a picture set into another story's sentence, in wrapped forms; the others as a 图片新闻 block or alone
  let inSentence: PagePlan["inSentence"] = null;
  const rest = [...pictures];
  if (habits.form.wrap !== null && r() < 0.8) {
    const host = items.findIndex(
      (it) => it.kind === "story" && it.story.body.some((b) => b.kind === "text" && b.text.length > 60),
    );
    // the page's own picture, or one from the split's pool
    const picture = rest.shift() ?? pool.take(1, on, (s) => s.picture && s.body.length <= 3)[0];
    if (host >= 0 && picture) {
      inSentence = { host, picture };
      if (!stories.includes(picture)) stories.push(picture);
    } else if (picture && pictures.includes(picture)) rest.unshift(picture);
  }
  if (rest.length) {
    const block = rest.length > 1 || r() < 0.5;
    const at = Math.min(items.length, 1 + Math.floor(r() * items.length));
    // under the block's label a picture titled only 图片新闻 prints no head of its own
    const under = block ? rest.map((p) => (p.title === "图片新闻" ? { ...p, title: null } : p)) : rest;
    items.splice(at, 0, { kind: "pictures", label: block ? "图片新闻" : null, stories: under });
  }
  const code = pageCodeOf(own[0], pageNo);
  const header = headerOf(printedName(paper), date, code, pageNumberOf(code), r);
  const footer = [creditsOf(r)];
  if (slogans.length && r() < 0.3) footer.push(pick(slogans, r));
  if (r() < 0.3) header.push(footer.shift()!);
  return { plan: { header, items, footer, inSentence }, stories };
}

/** A date for a page: its first story's, else one drawn for the paper. */
function dateOf(own: RealStory[], r: () => number): Date {
  const d = own.find((s) => s.date && /^\d{4}-\d{2}-\d{2}$/u.test(s.date))?.date;
  return d ? new Date(`${d}T00:00:00Z`) : new Date(Date.UTC(2024, Math.floor(r() * 12), 1 + Math.floor(r() * 28)));
}

function main() {
  // (a new folder: eval/corpus/real-text holds pages of four harvests, the first three no longer at hand, so a
  // harvest's pages are laid out apart and their papers' folders copied in)
  const out = process.argv[2];
  if (!out || existsSync(out)) {
    console.error("usage: node eval/real-pages/generate.ts OUT_DIR   (OUT_DIR must not exist yet)");
    process.exit(2);
  }
  const papers = readHarvest().filter((p) => p.stories.length > 0);
  const pools = new Map<boolean, Pool>(
    [true, false].map((held) => [
      held,
      new Pool(papers.filter((p) => REAL_TEXT_HELD_OUT.has(p.id) === held).flatMap((p) => p.stories)),
    ]),
  );
  const sources: string[] = ["paper\tpage\tstory\turl"];
  const publications: unknown[] = [];
  let pages = 0;
  /** Lay out one paper's pages: as the harvest's paper, or as its twin (another export of the same stories). */
  const layPaper = (paper: HarvestPaper, twin: boolean) => {
    const id = twin ? `${paper.id}${TWIN_SUFFIX}` : paper.id;
    const r = rng(seedOf(`real-${id}`));
    const drawn = habitsOf(r);
    const original = twin ? habitsOf(rng(seedOf(`real-${paper.id}`))) : null;
    // a twin prints its heads on the other side of its stories from the paper's own pages
    const habits: Habits = original ? { ...drawn, headline: original.headline === "above" ? "below" : "above" } : drawn;
    const paperSlogans = slogansOf(paper.name, r);
    const hinted = r() < 0.4;
    const pool = pools.get(REAL_TEXT_HELD_OUT.has(paper.id))!;
    // a paper's own stories first, a page's worth at a time
    const perPage = MIN_STORIES + 1;
    const count = Math.min(MAX_PAGES, Math.max(1, Math.ceil(paper.stories.length / perPage)));
    const names = new Set<string>();
    // a paper whose export gives a paragraph a line has one more page as its PDF's text gives it
    const editions = Array.from({ length: count }, (_, i) => ({ n: i + 1, habits }));
    if (habits.form.wrap === null && paper.stories.length >= 3)
      editions.push({ n: count + 1, habits: pdfTextHabits(habits, r) });
    // a paper's slogans stand on its pages where something tells them from heads: its editor's hints, or their
    // standing on more than one of its pages (the profile); a lone page's slogan is a head to any reader
    const slogans = hinted || editions.length > 1 ? paperSlogans : [];
    const printedHere = new Set<RealStory>();
    for (const { n, habits: h } of editions) {
      const own = paper.stories.slice((n - 1) * perPage, Math.min(n * perPage, (n - 1) * perPage + MAX_STORIES));
      for (const s of own) pool.use(s);
      const date = dateOf(own.length ? own : paper.stories, r);
      const { plan, stories } = planPage(paper, own, pool, h, slogans, n, date, r, printedHere);
      for (const s of stories) printedHere.add(s);
      const page = layPage(plan, h, r);
      let base = `${date.toISOString().slice(0, 10)}-${pageCodeOf(own[0], n)}${h === habits ? "" : "-pdf"}`;
      while (names.has(base)) base += "b";
      names.add(base);
      const dir = join(out, id);
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, `${base}.txt`), `${page.lines.join("\n")}\n`);
      const gold = {
        file: `${base}.txt`,
        about: `${paper.name} (${id}): real stories laid out as "${h.form.name}", headlines ${h.headline} their stories, by eval/real-pages; every story's source is in SOURCES.tsv.`,
        ...page.gold,
        optional: [],
        lineLabels: page.labels,
      };
      writeFileSync(join(dir, `${base}.gold.json`), `${JSON.stringify(gold, null, 1)}\n`);
      for (const s of stories) sources.push([id, `${base}.txt`, s.title ?? "（无标题）", s.url].join("\t"));
      pages++;
    }
    publications.push({
      id,
      name: printedName(paper) ?? `某县报（${paper.id}）`,
      nameKnown: printedName(paper) !== null,
      home: "370000",
      note: `real stories of ${paper.name}, laid out by eval/real-pages${twin ? " a second time, in another export's form" : ""}`,
      ...(hinted ? { hints: { furniture: paperSlogans, ...(r() < 0.5 ? { headline: habits.headline } : {}) } } : {}),
    });
  };
  for (const paper of papers) layPaper(paper, false);
  // development papers once more, after every paper's own pages (which stay as they were): the held-out papers'
  // habits are drawn per paper, so a few papers decide how many pages print heads below their stories; twins give
  // the parser's development both habits and more forms for each paper's real stories
  for (const paper of papers) if (!REAL_TEXT_HELD_OUT.has(paper.id)) layPaper(paper, true);
  writeFileSync(join(out, "SOURCES.tsv"), `${sources.join("\n")}\n`);
  writeFileSync(join(out, "publications.json"), `${JSON.stringify(publications, null, 1)}\n`);
  console.log(`laid out ${pages} pages of ${papers.length} papers into ${out}`);
}

if (import.meta.filename === process.argv[1]) main();
