/**
 * The PDF layer alone, measured: each real corpus PDF (../shared/corpus) and each pressed page
 * (eval/press/out) read to its lines in reading order. Where gold exists (eval/pdf/gold or
 * --gold DIR for the real pages; the press's own .gold.json beside each pressed page), it checks, per page:
 *   - stories whole: each gold story's anchors all fall in one contiguous run of lines that holds no other
 *     story's anchor (its body read in one piece);
 *   - titles: the gold title comes out as whole lines (joined, the title exactly) standing before the story's
 *     first anchor, with no other story's anchor between.
 *
 *   node eval/pdf/reading-order.ts [--text] [--gold DIR] [--press DIR] [FILE.pdf …]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { layoutPdf } from "../../ingest/pdf/layout.ts";
import { isRefusal } from "../../ingest/pdf/stages.ts";

const ROOT = join(import.meta.dirname, "../..");
const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : dflt;
};
const showText = args.includes("--text");
const goldDir = opt("--gold", join(ROOT, "eval/pdf/gold"));
const pressDir = opt("--press", join(ROOT, "eval/press/out"));
const corpus = join(ROOT, "../shared/corpus");

interface GoldStory {
  title?: string | null;
  anchors: string[];
}
const norm = (s: string) => s.normalize("NFKC").replace(/\s+/gu, "");

function walk(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name), ext) : e.name.endsWith(ext) ? [join(dir, e.name)] : [],
  );
}

/** The gold of a real page: a file in the gold folder named after the page (any .json whose name holds it). */
function goldFor(pdf: string): { articles: GoldStory[] } | null {
  const press = pdf.replace(/\.pdf$/u, ".gold.json");
  if (existsSync(press)) return JSON.parse(readFileSync(press, "utf8"));
  const stem = basename(pdf, ".pdf");
  const paper = basename(join(pdf, ".."));
  const hit = walk(goldDir, ".json").find((f) => f.includes(paper) && basename(f).includes(stem));
  return hit ? JSON.parse(readFileSync(hit, "utf8")) : null;
}

/** Where each story's anchors and title fall in the page's lines. */
function score(lines: string[], gold: { articles: GoldStory[] }) {
  const joined = lines.map(norm);
  // the line index each anchor starts in (an anchor may run over a line end)
  const text = joined.join("");
  const starts: number[] = [];
  for (let i = 0, at = 0; i < joined.length; at += joined[i]!.length, i++) starts.push(at);
  const lineOf = (pos: number) => {
    let k = 0;
    while (k + 1 < starts.length && starts[k + 1]! <= pos) k++;
    return k;
  };
  const where = gold.articles.map((a) =>
    a.anchors.map((an) => {
      const pos = text.indexOf(norm(an));
      return pos < 0 ? -1 : lineOf(pos);
    }),
  );
  let whole = 0;
  let titles = 0;
  let titled = 0;
  const misses: string[] = [];
  for (const [k, a] of gold.articles.entries()) {
    const mine = where[k]!;
    const others = where.filter((_, j) => j !== k).flat();
    const lo = Math.min(...mine);
    const hi = Math.max(...mine);
    const ok = !mine.includes(-1) && !others.some((x) => x > lo && x < hi);
    if (ok) whole++;
    else
      misses.push(
        `story ${a.title ?? "(untitled)"}: ${mine.includes(-1) ? "anchor not found" : "split by another story"}`,
      );
    if (!a.title) continue;
    titled++;
    const t = norm(a.title);
    // whole lines, joined, that make the title, before the first anchor with no other story's anchor between
    let found = false;
    for (let i = 0; i < joined.length && !found; i++) {
      let acc = "";
      for (let j = i; j < joined.length && acc.length < t.length; j++) {
        // a brief's mark (■) stands before its title on the page; the gold title is without it
        acc += j === i ? joined[j]!.replace(/^[■◆●▲★□]/u, "") : joined[j];
        if (acc === t && j < lo && !others.some((x) => x > j && x < lo)) found = true;
      }
    }
    if (found) titles++;
    else misses.push(`title ${a.title}: not whole lines before its story`);
  }
  return { stories: gold.articles.length, whole, titles, titled, misses };
}

const files =
  args.filter((a) => a.endsWith(".pdf")).length > 0
    ? args.filter((a) => a.endsWith(".pdf"))
    : [...walk(corpus, ".pdf").sort(), ...walk(pressDir, ".pdf").sort()];
const rows: string[][] = [["page", "ms", "lines", "stories whole", "titles over their story", "note"]];
const sums = { real: [0, 0, 0, 0], pressed: [0, 0, 0, 0] };
for (const file of files) {
  const t0 = performance.now();
  const r = await layoutPdf(new Uint8Array(readFileSync(file)), file);
  const ms = Math.round(performance.now() - t0);
  const name = file.startsWith(corpus) ? file.slice(corpus.length + 1) : file.replace(`${pressDir}/`, "press/");
  if (!r.ok) {
    rows.push([name, String(ms), "-", "-", "-", r.message]);
    continue;
  }
  for (const page of r.pages) {
    if (isRefusal(page)) {
      rows.push([name, String(ms), "-", "-", "-", `refused: ${page.reason}`]);
      continue;
    }
    const lines = page.lines.map((l) => l.text);
    if (showText) console.log(`\n=== ${name} (page ${page.index}, folio ${page.folio ?? "none"})\n${page.text}`);
    const gold = goldFor(file);
    if (!gold) {
      rows.push([name, String(ms), String(lines.length), "no gold", "", ""]);
      continue;
    }
    const s = score(lines, gold);
    const sum = file.startsWith(corpus) ? sums.real : sums.pressed;
    sum[0]! += s.whole;
    sum[1]! += s.stories;
    sum[2]! += s.titles;
    sum[3]! += s.titled;
    rows.push([
      name,
      String(ms),
      String(lines.length),
      `${s.whole}/${s.stories}`,
      `${s.titles}/${s.titled}`,
      s.misses.slice(0, args.includes("--misses") ? 99 : 2).join("; "),
    ]);
  }
}
for (const r of rows) console.log(r.join("\t"));
for (const [k, [w, n, t, tn]] of Object.entries(sums))
  console.log(`${k}: stories whole ${w}/${n}, titles over their story ${t}/${tn}`);
