/**
 * The page press: stories set as newspaper PDF pages, with gold by construction (a development tool).
 *
 *   node eval/press/press.ts [--stories FILE|DIR] [--out DIR] [--pages N] [--seed S]
 *
 * --stories: eval/generator/stories.json by default, or a folder of real stories (one JSON file a paper,
 * `{ paper: { id }, stories: [...] }`). Each page goes to DIR/<paper>/<paper>-p<NN>.pdf with its gold
 * (.gold.json, the format of ../shared/gold), its line labels (.labels.json) and, when poppler's pdftotext is
 * installed, the text it extracts (.txt, no -layout, as the corpus's pages were). DIR is eval/press/out/ by
 * default: generated files are never committed.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { goldOf, labelsOf } from "./gold.ts";
import { layPage } from "./layout.ts";
import { missingFonts, renderPdf } from "./render.ts";
import { type PressStory, readStories } from "./stories.ts";

const ROOT = join(import.meta.dirname, "../..");
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const storiesPath = opt("--stories", join(ROOT, "eval/generator/stories.json"));
const outDir = opt("--out", join(ROOT, "eval/press/out"));
const pages = Number(opt("--pages", "6"));
const seed = Number(opt("--seed", "1"));

const missing = missingFonts();
if (missing.length) {
  console.error(
    `the press needs CJK fonts (apt-get install fonts-arphic-uming fonts-wqy-zenhei fonts-arphic-ukai): missing ${missing.join(", ")}`,
  );
  process.exit(1);
}

const byPaper = new Map<string, PressStory[]>();
for (const s of readStories(storiesPath)) byPaper.set(s.paper, [...(byPaper.get(s.paper) ?? []), s]);
let hasPdftotext = true;
let made = 0;
for (const [paper, stories] of byPaper) {
  const dir = join(outDir, paper);
  mkdirSync(dir, { recursive: true });
  let next = 0;
  for (let p = 1; p <= pages && next < stories.length; p++) {
    const plan = layPage(
      stories.slice(next),
      seed * 1000 + p,
      { id: paper, name: paper === "generated" ? "鲁中日报" : paper },
      p,
    );
    next += plan.stories.length;
    const name = `${paper}-p${String(p).padStart(2, "0")}`;
    const pdf = join(dir, `${name}.pdf`);
    await renderPdf(plan, pdf);
    writeFileSync(join(dir, `${name}.gold.json`), `${JSON.stringify(goldOf(plan, `${name}.txt`), null, 1)}\n`);
    writeFileSync(
      join(dir, `${name}.labels.json`),
      `${JSON.stringify({ source: basename(pdf), lines: labelsOf(plan) }, null, 1)}\n`,
    );
    if (hasPdftotext)
      try {
        execFileSync("pdftotext", [pdf, join(dir, `${name}.txt`)]);
      } catch {
        hasPdftotext = false;
        console.warn("pdftotext not found (Debian's poppler-utils): pressed pages without their text");
      }
    made++;
    console.log(`${name}: ${plan.stories.length} stories`);
  }
}
console.log(`${made} pages pressed into ${outDir}`);
