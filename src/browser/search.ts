// The search page: Pagefind in the browser, with the query and filters kept in the URL. Pagefind finds
// pages holding every character of a Chinese query; this page keeps those where each term stands whole,
// cuts the excerpt from the story's own body around the first whole match, and marks only whole terms.
import { Converter } from "opencc-js/t2cn";
import { toCsv } from "../lib/csv.ts";
import { SEARCH_EXPORT_HEADER, type SearchExportRecord, searchExportRow, storyIdOf } from "../lib/search-export.ts";
import { excerptAround } from "../../search/engine/excerpt.ts";
import { SEARCH_FILTERS } from "../../search/engine/filters.ts";
import { adjacency, holdsEvery, normaliseQuery, termsOf } from "../../search/engine/terms.ts";
import type { BundleList } from "../../search/engine/bundles.ts";
import { bucketOf, shardsFor, type RouteBucket } from "../../search/engine/routes.ts";
import { urls } from "../../archive/urls.ts";
import { markedNodes } from "./marked.ts";

interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindHit {
  id: string;
  score: number;
  words: number[];
  data(): Promise<PagefindFragment>;
}
interface PagefindSearch {
  results: PagefindHit[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
interface Pagefind {
  createInstance(o: { basePath: string }): Pagefind;
  options(o: object): Promise<void>;
  mergeIndex(path: string, o?: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: object): Promise<PagefindSearch | null>;
}
interface PlaceHint {
  name: string;
  slug: string;
  pinyin: string;
  url: string;
  count: number;
}

/** Stories shown at a time; fragments are fetched in batches until that many have been checked whole. */
const PAGE_SIZE = 10;
const BATCH = 10;
/**
 * Most fragments fetched before the reader asks for more: a query whose candidates are mostly not whole costs
 * little.
 */
const MAX_CHECKED_PER_ROUND = 30;

/** Traditional characters folded to Simplified, so 濟陽 finds 济阳 (the form typed is searched too: 乾河 stays 乾河). */
const toSimplified = Converter({ from: "tw", to: "cn" });

const form = document.querySelector<HTMLFormElement>("#search-form")!;
const input = form.querySelector<HTMLInputElement>("#q")!;
const status = document.querySelector<HTMLElement>("#search-status")!;
const list = document.querySelector<HTMLOListElement>("#results")!;
const hint = document.querySelector<HTMLElement>("#place-hint")!;
const exportBox = document.querySelector<HTMLElement>("#export")!;
const moreButton = document.querySelector<HTMLButtonElement>("#more")!;
const params = new URLSearchParams(location.search);
const selects = [...form.querySelectorAll<HTMLSelectElement>("select")];

input.value = params.get("q") ?? "";
for (const sel of selects) sel.dataset["wanted"] = params.get(sel.name) ?? "";
form.querySelector<HTMLInputElement>("input[name=issue]")!.value = params.get("issue") ?? "";

// keep the URL clean: drop empty parameters on submit, so a search can be copied and shared
form.addEventListener("submit", (e) => {
  e.preventDefault();
  const out = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (typeof v === "string" && v.trim()) out.set(k, v.trim());
  location.search = out.toString();
});
// a filter or an order applies as soon as it is chosen
for (const sel of selects) sel.addEventListener("change", () => form.requestSubmit());

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The place a pinyin query names (jiyang → 济阳区), if it names one. */
async function placeNamed(q: string): Promise<PlaceHint | null> {
  if (!/^[a-z\s'-]{2,}$/iu.test(q)) return null;
  const places = (await (await fetch(urls.placesData())).json()) as PlaceHint[];
  const key = q.toLowerCase().replace(/[\s'-]/gu, "");
  return places.find((p) => p.pinyin === key || p.slug.replace(/-/gu, "") === key) ?? null;
}

/** The story's own words: the indexed text from where its body begins (its headline and byline come first). */
function bodyOf(f: PagefindFragment): string {
  const lead = f.meta["lead"] ?? "";
  const at = lead ? f.content.indexOf(lead) : -1;
  return at >= 0 ? f.content.slice(at) : f.content;
}

/** An excerpt as text and <mark>s, from the body around the first whole term. */
function excerptNodes(f: PagefindFragment, terms: string[]): Node[] {
  const { text, marks } = excerptAround(bodyOf(f), terms);
  return markedNodes(text, marks);
}

/** A file name that says what was searched: 鲁报检索-高新区-2026-11-30.csv */
function exportName(query: string, filters: Record<string, string>, ext: string): string {
  const said = [query, ...Object.values(filters)]
    .filter(Boolean)
    .join("-")
    .replace(/[\\/:*?"<>|\s]+/gu, "_");
  return `鲁报检索-${said || "全部"}-${new Date().toISOString().slice(0, 10)}.${ext}`;
}

function offerDownload(rows: PagefindFragment[], terms: string[], name: (ext: string) => string): void {
  const records = rows.map(
    (r): SearchExportRecord => ({
      id: storyIdOf(r.url),
      title: r.meta["title"] ?? "",
      publication: r.meta["publication"] ?? "",
      date: r.meta["isodate"] ?? "",
      pageNumber: r.meta["pagenumber"] ?? "",
      places: r.meta["places"] ?? "",
      url: new URL(r.url, location.href).href,
      excerpt: excerptAround(bodyOf(r), terms).text,
    }),
  );
  const json = new Blob([JSON.stringify(records, null, 2)], { type: "application/json" });
  const csv = new Blob([toCsv(SEARCH_EXPORT_HEADER, records.map(searchExportRow))], { type: "text/csv" });
  const jsonLink = document.querySelector<HTMLAnchorElement>("#export-json")!;
  const csvLink = document.querySelector<HTMLAnchorElement>("#export-csv")!;
  jsonLink.href = URL.createObjectURL(json);
  jsonLink.download = name("json");
  csvLink.href = URL.createObjectURL(csv);
  csvLink.download = name("csv");
  exportBox.hidden = false;
}

/** The option counts of the filter menus: for this query, as far as it has been checked. */
function showCounts(
  all: Record<string, Record<string, number>>,
  counts: Record<string, Record<string, number>>,
  bound: "" | "≤",
): void {
  for (const [key] of SEARCH_FILTERS) {
    const sel = form.querySelector<HTMLSelectElement>(`select[name=${key}]`)!;
    const wanted = sel.dataset["wanted"] ?? "";
    const values = Object.keys(all[key] ?? {}).sort();
    sel.replaceChildren(
      el("option", { value: "" }, "全部"),
      ...values.map((value) => {
        const n = counts[key]?.[value] ?? 0;
        return el("option", { value, disabled: n === 0 && value !== wanted }, `${value}（${n ? bound : ""}${n}）`);
      }),
    );
    sel.value = wanted;
  }
}

/** Filter counts added up over several searches or bundles. */
function sumCounts(all: Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const counts of all)
    for (const [key, values] of Object.entries(counts)) {
      const into = out[key] ?? {};
      for (const [v, n] of Object.entries(values)) into[v] = (into[v] ?? 0) + n;
      out[key] = into;
    }
  return out;
}

/** One story's filter values as counts of one. */
const countsOf = (filters: Record<string, string[]>) =>
  Object.fromEntries(Object.entries(filters).map(([k, vs]) => [k, Object.fromEntries(vs.map((v) => [v, 1]))]));

/** Where the stories to check come from, in the order they are shown: their text fetched only as far as asked. */
interface Feed {
  take(max: number): Promise<PagefindFragment[]>;
  taken(): number;
  remaining(): number;
}

/**
 * By relevance: each page once, those whose matched positions stand in a row first (most likely to hold
 * the terms whole), then Pagefind's order.
 */
function relevanceFeed(hits: PagefindHit[], evidence: (r: PagefindHit) => number): Feed {
  const seen = new Set<string>();
  const ordered = hits
    .filter((r) => !seen.has(r.id) && seen.add(r.id))
    .map((r, order) => ({ r, order, evidence: evidence(r) }))
    .sort((a, b) => b.evidence - a.evidence || a.order - b.order)
    .map((x) => x.r);
  let at = 0;
  return {
    take: async (max) => {
      const batch = ordered.slice(at, at + max);
      at += batch.length;
      return Promise.all(batch.map((r) => r.data()));
    },
    taken: () => at,
    remaining: () => ordered.length - at,
  };
}

/** A fragment's date as it sorts (isodate, with a "not before" bound's open end dropped; undated first of all). */
const sortDate = (f: PagefindFragment) => (f.meta["isodate"] ?? "").replace("/..", "");

/**
 * By date across bundles: each bundle's list is in date order, so the lists are merged by their heads,
 * fetching one fragment per list ahead. Each story once.
 */
function dateFeed(lists: PagefindHit[][], direction: "asc" | "desc"): Feed {
  const streams = lists.map((hits) => ({ hits, at: 0, head: null as PagefindFragment | null }));
  const seen = new Set<string>();
  let taken = 0;
  const total = new Set(lists.flat().map((r) => r.id)).size;
  const next = async (): Promise<PagefindFragment | null> => {
    for (;;) {
      await Promise.all(
        streams.map(async (s) => {
          if (!s.head && s.at < s.hits.length) s.head = await s.hits[s.at]!.data();
        }),
      );
      const live = streams.filter((s) => s.head);
      if (!live.length) return null;
      const best = live.reduce((a, b) => {
        const c = sortDate(a.head!).localeCompare(sortDate(b.head!));
        return (direction === "desc" ? c >= 0 : c <= 0) ? a : b;
      });
      const f = best.head!;
      const id = best.hits[best.at]!.id;
      best.head = null;
      best.at++;
      if (seen.has(id)) continue;
      seen.add(id);
      return f;
    }
  };
  let done = false;
  return {
    take: async (max) => {
      const out: PagefindFragment[] = [];
      while (out.length < max) {
        const f = await next();
        if (!f) {
          done = true;
          break;
        }
        out.push(f);
        taken++;
      }
      return out;
    },
    taken: () => taken,
    remaining: () => (done ? 0 : total - taken),
  };
}

/**
 * Bundles searched one after another, newest first (oldest first by date ascending): the first is searched at
 * once and each further one only when the reader asks for older stories, so a query costs one bundle however
 * large the archive. Stories of a newer bundle come before those of an older one; within a bundle, in the
 * order asked for.
 */
function chainedFeed(bundles: string[], open: (bundle: string) => Promise<Feed>) {
  const feeds: Feed[] = [];
  let taken = 0;
  const feed: Feed = {
    take: async (max) => {
      const out: PagefindFragment[] = [];
      for (const f of feeds) {
        if (out.length >= max) break;
        if (f.remaining() > 0) out.push(...(await f.take(max - out.length)));
      }
      taken += out.length;
      return out;
    },
    taken: () => taken,
    remaining: () => feeds.reduce((n, f) => n + f.remaining(), 0),
  };
  return {
    feed,
    async loadNext(): Promise<void> {
      const next = bundles[feeds.length];
      if (next) feeds.push(await open(next));
    },
    loaded: () => feeds.length,
    bundlesLeft: () => bundles.length - feeds.length,
  };
}

/** A stretch of date keys as a reader says it: 2021年3月—2023年12月. */
function spanText(spans: { newest: string; oldest: string }[]): string {
  const keys = spans
    .flatMap((s) => [s.newest, s.oldest])
    .filter(Boolean)
    .sort();
  const say = (k: string) => {
    const [y, m] = k.split("-");
    return m ? `${y}年${Number(m)}月` : `${y}年`;
  };
  if (!keys.length) return "日期不详";
  const [a, b] = [say(keys[0]!), say(keys.at(-1)!)];
  return a === b ? a : `${a}—${b}`;
}

/**
 * The bundles a query can be answered from: all of them, unless the archive has a routing index and every
 * term is Han, in which case only the shards printing every character of a term (perhaps none).
 */
async function bundlesFor(bundles: string[], routes: string | undefined, termSets: string[][]): Promise<string[]> {
  if (!routes || !termSets.length) return bundles;
  const chars = [...new Set(termSets.flat().flatMap((t) => [...t]))].filter((c) => /\p{Script=Han}/u.test(c));
  const buckets = new Map(
    await Promise.all(
      [...new Set(chars.map(bucketOf))].map(
        async (k) => [k, (await (await fetch(urls.searchRoute(k))).json()) as RouteBucket] as const,
      ),
    ),
  );
  const shards = shardsFor(termSets, (c) => BigInt(`0x${buckets.get(bucketOf(c))?.[c] ?? "0"}`));
  return shards === null ? bundles : shards.map((i) => bundles[i]!).filter(Boolean);
}

/** Whether a bundle's stretch of time can hold stories of a year. */
const spanHoldsYear = (span: { newest: string; oldest: string } | undefined, year: string) =>
  !span?.newest || (span.oldest.slice(0, 4) <= year && year <= span.newest.slice(0, 4));

async function run(): Promise<void> {
  // one index, or shards of time, newest first, searched one after another
  const index = (await (await fetch(urls.searchBundles())).json()) as BundleList;
  const { bundles, routes, spans } = index;
  // an archive with no story yet has no index to load
  if (!bundles.length) {
    status.textContent = "档案里还没有可以检索的报道。";
    return;
  }
  const filters: Record<string, string> = {};
  for (const [key] of SEARCH_FILTERS) {
    const v = params.get(key);
    if (v) filters[key] = v;
  }
  const issue = params.get("issue");
  if (issue) filters["issue"] = issue;
  const filtered = Object.keys(filters).length > 0;
  const typed = normaliseQuery(input.value);
  // without a keyword, a filter lists its stories newest first
  const sort = params.get("sort") ?? (typed ? "" : "date-desc");
  const sortSel = form.querySelector<HTMLSelectElement>("select[name=sort]")!;
  sortSel.value = sortSel.dataset["wanted"] ?? "";

  // a place's name in pinyin is searched as the place (jiyang → 济阳区)
  const place = typed ? await placeNamed(typed) : null;
  if (place) {
    hint.hidden = false;
    hint.replaceChildren("地方页面：", el("a", { href: place.url }, `${place.name}（${place.count}篇）`));
  }
  const query = place ? place.name : typed;
  // the typed form and its Simplified form, both searched: a conversion the archive does not attest (乾河 → 干河)
  // loses nothing
  const forms = [...new Set([query, toSimplified(query)])].filter(Boolean);
  const termSets = forms.map(termsOf);
  const said = query ? `与“${query}”相符的报道` : "报道";
  const spanOf = new Map(bundles.map((b, i) => [b, spans?.[i]]));
  // the shards that can hold the query, in the order searched: newest first, or oldest first by date ascending;
  // a year or a paper asked for leaves out the shards of others (searching one issue asks for both)
  const routed = (await bundlesFor(bundles, routes, termSets)).filter(
    (b) =>
      (!filters["year"] || spanHoldsYear(spanOf.get(b), filters["year"])) &&
      (!filters["publication"] || !spanOf.get(b) || spanOf.get(b)!.publication === filters["publication"]),
  );
  const order = sort === "date-asc" ? routed.reverse() : routed;
  if (!order.length) {
    // no shard prints every character of the query: nothing to load, nothing found
    status.textContent = `没有找到${said}。${filtered ? "可以去掉筛选条件再试。" : "可以换一个词、缩短关键词，或按地方浏览。"}`;
    hint.hidden = false;
    hint.replaceChildren(el("a", { href: urls.places() }, "按地方浏览报道"));
    return;
  }

  // one copy of Pagefind's code, one instance of it per bundle
  const pagefind = (await import(/* @vite-ignore */ `${order[0]}pagefind.js`)) as Pagefind;
  const engineOf = async (bundle: string) => {
    const engine = pagefind.createInstance({ basePath: bundle });
    await engine.init();
    return engine;
  };
  // the whole archive's filter counts come with the list of bundles
  const everything = index.filters;

  if (!typed && !filtered) {
    showCounts(everything, everything, "");
    status.textContent = "请输入关键词，或选一个报纸、地方或年份浏览。";
    return;
  }
  const options = { filters, ...(sort ? { sort: { date: sort === "date-asc" ? "asc" : "desc" } } : {}) };
  const pagefindCounts: Record<string, Record<string, number>>[] = [];
  const chain = chainedFeed(order, async (bundle) => {
    const engine = await engineOf(bundle);
    const searches = (await Promise.all((forms.length ? forms : [null]).map((f) => engine.search(f, options)))).filter(
      (x): x is PagefindSearch => x !== null,
    );
    pagefindCounts.push(...searches.map((x) => x.totalFilters ?? {}));
    // by date: each form's list is in date order, merged by their heads; else Pagefind's order, whole-looking first
    return sort && searches.length > 1
      ? dateFeed(
          searches.map((x) => x.results),
          sort === "date-asc" ? "asc" : "desc",
        )
      : relevanceFeed(
          searches.flatMap((x) => x.results),
          sort ? () => 0 : (r) => Math.max(0, ...termSets.map((t) => adjacency(r.words, t))),
        );
  });
  const feed = chain.feed;
  const shown: PagefindFragment[] = [];
  const notes = [
    place ? `“${typed}”是地名“${place.name}”的拼音，按“${place.name}”检索` : "",
    forms.length > 1 ? `同时按简体“${forms[1]}”检索` : "",
  ].filter(Boolean);

  const render = () => {
    const left = feed.remaining();
    const more = left > 0;
    const older = chain.bundlesLeft() > 0;
    const termsOfHit = (f: PagefindFragment) =>
      termSets.find((terms) => holdsEvery(f.content, terms)) ?? termSets[0] ?? [];
    list.replaceChildren(
      ...shown.map((r) => {
        const terms = termsOfHit(r);
        return el(
          "li",
          {},
          el(
            "a",
            { href: query ? `${r.url}?q=${encodeURIComponent(terms.join(" "))}` : r.url },
            r.meta["title"] ?? r.url,
          ),
          el(
            "span",
            { className: "meta" },
            [r.meta["publication"], r.meta["date"], r.meta["places"]].filter(Boolean).join(" · "),
          ),
          el("span", { className: "excerpt" }, ...excerptNodes(r, terms)),
        );
      }),
    );
    const note = notes.length ? `（${notes.join("；")}）` : "";
    const advice = filtered ? "可以去掉筛选条件再试。" : "可以换一个词、缩短关键词，或按地方浏览。";
    // where older (or newer) shards are still unsearched, say which stretch of time was searched
    const searchedSpan =
      older && spans
        ? `已检索${spanText(order.slice(0, chain.loaded()).map((b) => spanOf.get(b)!))}的报道，${sort === "date-asc" ? "更晚" : "更早"}的还有 ${chain.bundlesLeft()} 卷未检索。`
        : "";
    if (!shown.length) {
      // nothing whole among those checked: say so, and what is left (pages holding the characters apart)
      status.textContent = more
        ? `在最可能的 ${feed.taken()} 篇中没有找到${said}${note}；另有 ${left} 篇含有这些字，未必含整词，可点“继续核对”。${searchedSpan}${advice}`
        : `没有找到${said}${note}。${searchedSpan}${older ? "" : advice}`;
      hint.hidden = false;
      hint.replaceChildren(
        ...(filtered
          ? [el("a", { href: urls.search(query || undefined) }, "去掉全部筛选条件")]
          : [el("a", { href: urls.places() }, "按地方浏览报道")]),
      );
    } else
      status.textContent = more
        ? `已找到 ${shown.length} 篇${said}${note}，另有 ${left} 篇待核对。${searchedSpan}`
        : `找到 ${shown.length} 篇${said}${note}。${searchedSpan}`;
    moreButton.textContent = more
      ? shown.length
        ? "显示更多"
        : "继续核对"
      : sort === "date-asc"
        ? "检索更晚的报道"
        : "检索更早的报道";
    moreButton.hidden = !more && !older;
    // counts: exact where every candidate has been checked and no filter narrows them; else Pagefind's own
    // for this query in the shards searched, which are at most what they say
    const counts = sumCounts(pagefindCounts);
    if (!more && !older && !filtered)
      showCounts(everything, sumCounts(shown.map((r) => countsOf(r.filters ?? {}))), "");
    else showCounts(everything, Object.keys(counts).length ? counts : everything, "≤");
    if (shown.length) offerDownload(shown, termSets[0] ?? [], (ext) => exportName(query, filters, ext));
  };

  /**
   * Fetch and check candidates until a page more is shown, none are left, or a round's fetching is spent; with
   * none left, the next shard is searched first.
   */
  const showMore = async () => {
    if (feed.remaining() === 0) await chain.loadNext();
    const target = shown.length + PAGE_SIZE;
    const stop = feed.taken() + MAX_CHECKED_PER_ROUND;
    while (shown.length < target && feed.remaining() > 0 && feed.taken() < stop) {
      const batch = await feed.take(Math.min(BATCH, stop - feed.taken()));
      if (!batch.length) break;
      for (const f of batch)
        if (!termSets.length || termSets.some((terms) => holdsEvery(f.content, terms))) shown.push(f);
    }
    render();
  };
  moreButton.addEventListener("click", () => void showMore());
  await showMore();
}

run().catch((e: unknown) => {
  status.textContent = `检索暂时不可用：${e instanceof Error ? e.message : String(e)}`;
});
