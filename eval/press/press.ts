/**
 * The page press: stories set as newspaper PDF pages, with gold by construction (a development tool).
 *
 *   node eval/press/press.ts [--stories FILE|DIR …] [--out DIR] [--passes N] [--seed S] [--no-keep]
 *
 * --stories: a folder of real stories, one JSON file a paper (`{ paper: { id, name }, stories: [...] }`, as the
 * harvest of ../scratch/real-stories writes them), or a file of stories (eval/generator/stories.json); by
 * default the harvest, when it stands beside the project, and the generator's invented stories. Small papers'
 * stories are pressed together. Each paper's stories are set `--passes` times, each pass in another house style, as many
 * pages as they fill. Every page goes to DIR/<paper>/<page>.pdf (DIR is eval/press/out/, never committed)
 * with its gold (.gold.json, the format of ../shared/gold), its printed lines' labels (.labels.json) and the
 * text poppler's `pdftotext` extracts (.txt, default mode, as the corpus's real pages were). Then the derived
 * data the project keeps (corpus.ts): each page's `pdftotext` text with its gold and line labels as a text
 * corpus page (eval/corpus/pressed/), and the PDF layer's reading of it with line labels for fitting the line
 * model's layout features (eval/press/layouts/).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { goldOf, labelsOf } from "./gold.ts";
import { layPage } from "./layout.ts";
import { missingFonts, renderPdf } from "./render.ts";
import { type PressPaper, type PressStory, readStories } from "./stories.ts";
import { keepDerived } from "./corpus.ts";
import { random } from "./layout.ts";

const ROOT = join(import.meta.dirname, "../..");
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
/** Where stories come from: every --stories given, else the harvest beside the project (when there) and the generator's. */
const given = args.flatMap((a, i) => (args[i - 1] === "--stories" ? [a] : []));
const HARVEST = join(ROOT, "../scratch/real-stories");
const sources = given.length
  ? given
  : [...(existsSync(HARVEST) ? [HARVEST] : []), join(ROOT, "eval/generator/stories.json")];
const outDir = opt("--out", join(ROOT, "eval/press/out"));
const passes = Number(opt("--passes", "3"));
const seed = Number(opt("--seed", "1"));

/** Fewest stories a pressed paper has: smaller papers' stories are pressed together. */
const MIN_STORIES = 8;

const missing = missingFonts();
if (missing.length) {
  console.error(
    `the press needs CJK fonts (apt-get install fonts-arphic-uming fonts-wqy-zenhei fonts-arphic-ukai): missing ${missing.join(", ")}`,
  );
  process.exit(1);
}

/** Papers with their stories; papers with few stories grouped, named after the first of the group. */
function groups(stories: PressStory[], papers: PressPaper[]): { paper: PressPaper; stories: PressStory[] }[] {
  const out: { paper: PressPaper; stories: PressStory[] }[] = [];
  let small: { paper: PressPaper; stories: PressStory[] } | null = null;
  for (const p of papers) {
    const own = stories.filter((s) => s.paper === p.id);
    if (own.length === 0) continue;
    if (own.length >= MIN_STORIES) {
      out.push({ paper: { id: `press-${p.id}`, name: p.name }, stories: own });
      continue;
    }
    small ??= { paper: { id: `press-${p.id}-etc`, name: p.name }, stories: [] };
    small.stories.push(...own);
    if (small.stories.length >= MIN_STORIES) {
      out.push(small);
      small = null;
    }
  }
  if (small) out.push(small);
  return out;
}

/** A deterministic shuffle (a pass sets a paper's stories in another order). */
function shuffled<T>(xs: readonly T[], s: number): T[] {
  const rnd = random(s);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd.next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const read = sources.map((s) => readStories(s));
const stories = read.flatMap((r) => r.stories);
const papers = read.flatMap((r) => r.papers);
rmSync(outDir, { recursive: true, force: true });
let hasPdftotext = true;
let made = 0;
const pressed: { paper: string; name: string; dir: string }[] = [];
const all = groups(stories, papers);
for (const [g, { paper, stories: own }] of all.entries()) {
  const dir = join(outDir, paper.id);
  mkdirSync(dir, { recursive: true });
  let page = 0;
  for (let pass = 0; pass < passes; pass++) {
    const pool = shuffled(own, seed * 7919 + g * 101 + pass);
    // teasers on a front page name other papers' stories
    const teasers = all[(g + 1) % all.length]!.stories.flatMap((s) => (s.title ? [s.title] : []));
    let next = 0;
    for (let guard = 0; next < pool.length && guard < 20; guard++) {
      page++;
      const plan = layPage(pool.slice(next), seed * 100_000 + g * 1000 + page, paper, page, teasers);
      if (plan.stories.length === 0) break;
      next += plan.stories.length;
      // the pass is in the name: pages of one pass print each story once (the eval scores passes apart)
      const name = `${paper.id}-s${pass + 1}-p${String(page).padStart(2, "0")}`;
      const pdf = join(dir, `${name}.pdf`);
      await renderPdf(plan, pdf);
      writeFileSync(join(dir, `${name}.gold.json`), `${JSON.stringify(goldOf(plan, `${name}.txt`), null, 1)}\n`);
      writeFileSync(join(dir, `${name}.labels.json`), `${JSON.stringify({ lines: labelsOf(plan) }, null, 1)}\n`);
      if (hasPdftotext)
        try {
          execFileSync("pdftotext", [pdf, join(dir, `${name}.txt`)]);
        } catch {
          hasPdftotext = false;
          console.warn("pdftotext not found (Debian's poppler-utils): pressed pages without their text");
        }
      pressed.push({ paper: paper.id, name, dir });
      made++;
    }
  }
  console.log(`${paper.id}: ${page} pages from ${own.length} stories`);
}
writeFileSync(
  join(outDir, "publications.json"),
  `${JSON.stringify(
    all.map(({ paper }) => ({
      id: paper.id,
      name: paper.name,
      nameKnown: true,
      home: "370000",
      note: "pressed pages (eval/press)",
    })),
    null,
    1,
  )}\n`,
);
console.log(`${made} pages pressed into ${outDir}`);
if (!args.includes("--no-keep")) await keepDerived(pressed, join(outDir, "publications.json"));
