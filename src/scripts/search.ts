// The search page: Pagefind in the browser, with the query and filters kept in the URL.
import { Converter } from "opencc-js/t2cn";
import { SEARCH_FILTERS } from "../lib/search-config.ts";
import { toCsv } from "../lib/csv.ts";
import { urls } from "../lib/urls.ts";

interface PagefindResult {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(o: object): Promise<void>;
  mergeIndex(path: string, o?: object): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: object): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}
interface PlaceHint {
  name: string;
  slug: string;
  pinyin: string;
  url: string;
  count: number;
}

/** Results checked for whole-term matches and shown; Pagefind has ranked them already. */
const MAX_CHECKED = 100;

/** Traditional characters folded to Simplified, so 濟陽 finds 济阳. */
const toSimplified = Converter({ from: "tw", to: "cn" });

const form = document.querySelector<HTMLFormElement>("#search-form")!;
const input = form.querySelector<HTMLInputElement>("#q")!;
const status = document.querySelector<HTMLElement>("#search-status")!;
const list = document.querySelector<HTMLOListElement>("#results")!;
const hint = document.querySelector<HTMLElement>("#place-hint")!;
const exportBox = document.querySelector<HTMLElement>("#export")!;
const params = new URLSearchParams(location.search);

input.value = params.get("q") ?? "";
for (const sel of form.querySelectorAll<HTMLSelectElement>("select"))
  sel.dataset["wanted"] = params.get(sel.name) ?? "";
form.querySelector<HTMLInputElement>("input[name=issue]")!.value = params.get("issue") ?? "";

// keep the URL clean: drop empty parameters on submit, so a search can be copied and shared
form.addEventListener("submit", (e) => {
  e.preventDefault();
  const out = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (typeof v === "string" && v.trim()) out.set(k, v.trim());
  location.search = out.toString();
});

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Pagefind's excerpt is HTML with <mark>; keep only the text and the marks. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html");
  return [...doc.body.firstChild!.childNodes].map((n) =>
    n.nodeName === "MARK" ? el("mark", {}, n.textContent ?? "") : document.createTextNode(n.textContent ?? ""),
  );
}

async function placeHints(q: string): Promise<void> {
  if (!/^[a-z\s'-]{2,}$/iu.test(q)) return;
  const places = (await (await fetch(urls.placesData())).json()) as PlaceHint[];
  const key = q.toLowerCase().replace(/[\s'-]/gu, "");
  const found = places.filter((p) => p.pinyin === key || p.slug.replace(/-/gu, "") === key).slice(0, 5);
  if (!found.length) return;
  hint.hidden = false;
  hint.replaceChildren(
    "您是否在找地方：",
    ...found.flatMap((p, i) => [i ? "、" : "", el("a", { href: p.url }, `${p.name}（${p.count}篇）`)]),
  );
}

function download(rows: PagefindResult[]): void {
  const records = rows.map((r) => ({
    title: r.meta["title"] ?? "",
    url: new URL(r.url, location.href).href,
    date: r.meta["date"] ?? "",
    publication: r.meta["publication"] ?? "",
    places: r.meta["places"] ?? "",
  }));
  const json = new Blob([JSON.stringify(records, null, 2)], { type: "application/json" });
  const csv = new Blob(
    [
      toCsv(
        ["title", "url", "date", "publication", "places"],
        records.map((r) => [r.title, r.url, r.date, r.publication, r.places]),
      ),
    ],
    { type: "text/csv" },
  );
  document.querySelector<HTMLAnchorElement>("#export-json")!.href = URL.createObjectURL(json);
  document.querySelector<HTMLAnchorElement>("#export-csv")!.href = URL.createObjectURL(csv);
  exportBox.hidden = false;
}

async function run(): Promise<void> {
  // one index, or several shards (by publication or year) searched together with mergeIndex
  const { bundles } = (await (await fetch(urls.searchBundles())).json()) as { bundles: string[] };
  const [primary, ...others] = bundles;
  // an archive with no story yet has no index to load
  if (!primary) {
    status.textContent = "档案里还没有可以检索的报道。";
    return;
  }
  const pagefind = (await import(/* @vite-ignore */ `${primary}pagefind.js`)) as Pagefind;
  await pagefind.options({ excerptLength: 40 });
  for (const bundle of others) await pagefind.mergeIndex(bundle);
  await pagefind.init();
  const available = await pagefind.filters();
  for (const [key] of SEARCH_FILTERS) {
    const sel = form.querySelector<HTMLSelectElement>(`select[name=${key}]`)!;
    for (const [value, count] of Object.entries(available[key] ?? {}).sort())
      sel.append(el("option", { value }, `${value}（${count}）`));
    sel.value = sel.dataset["wanted"] ?? "";
  }
  const sortSel = form.querySelector<HTMLSelectElement>("select[name=sort]")!;
  sortSel.value = sortSel.dataset["wanted"] ?? "";

  const raw = input.value.trim();
  if (!raw) {
    status.textContent = "请输入关键词。";
    return;
  }
  const query = toSimplified(raw);
  void placeHints(raw);
  const filters: Record<string, string> = {};
  for (const [key] of SEARCH_FILTERS) {
    const v = params.get(key);
    if (v) filters[key] = v;
  }
  const issue = params.get("issue");
  if (issue) filters["issue"] = issue;
  const sort = params.get("sort");
  const search = await pagefind.search(query, {
    filters,
    ...(sort ? { sort: { date: sort === "date-asc" ? "asc" : "desc" } } : {}),
  });
  // Pagefind indexes Chinese character by character and ANDs them, so 比特币 would match any page holding
  // 比, 特 and 币 apart; keep the pages where each Chinese term stands whole.
  const terms = query
    .split(/\s+/u)
    .map((t) => t.replace(/["“”]/gu, ""))
    .filter((t) => /\p{Script=Han}/u.test(t));
  const loaded = await Promise.all((search?.results ?? []).slice(0, MAX_CHECKED).map((r) => r.data()));
  const shown = loaded.filter((d) => terms.every((t) => d.content.replace(/\s+/gu, "").includes(t)));
  const note = query !== raw ? `（已按简体“${query}”检索）` : "";
  if (!shown.length) {
    status.textContent = `没有找到与“${raw}”相符的报道${note}。可以换一个词，或去掉筛选条件。`;
    return;
  }
  const more =
    (search?.results.length ?? 0) > MAX_CHECKED
      ? `（只核对了相关度最高的 ${MAX_CHECKED} 篇，请加词或用筛选缩小范围）`
      : "";
  status.textContent = `找到 ${shown.length} 篇与“${raw}”相符的报道${note}${more}。`;
  const q = encodeURIComponent(query);
  list.replaceChildren(
    ...shown.map((r) =>
      el(
        "li",
        {},
        el("a", { href: `${r.url}?q=${q}` }, r.meta["title"] ?? r.url),
        el(
          "span",
          { className: "meta" },
          [r.meta["publication"], r.meta["date"], r.meta["places"]].filter(Boolean).join(" · "),
        ),
        el("span", { className: "excerpt" }, ...excerptNodes(r.excerpt)),
      ),
    ),
  );
  download(shown);
}

run().catch((e: unknown) => {
  status.textContent = `检索暂时不可用：${e instanceof Error ? e.message : String(e)}`;
});
