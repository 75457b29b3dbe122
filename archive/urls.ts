/** Every site path is built here, so a link and the page it points at cannot disagree. */
export const urls = {
  home: () => "/",
  article: (id: string) => `/articles/${id}/`,
  issue: (id: string) => `/issues/${id}/`,
  publication: (id: string) => `/publications/${id}/`,
  place: (slug: string) => `/places/${slug}/`,
  places: () => "/places/",
  search: (q?: string) => (q ? `/search/?q=${encodeURIComponent(q)}` : "/search/"),
  issueData: (id: string) => `/data/issues/${id}.json`,
  dataIndex: () => "/data/index.json",
  placesData: () => "/data/places.json",
  placeFeed: (slug: string) => `/feeds/places/${slug}.xml`,
  publicationFeed: (id: string) => `/feeds/publications/${id}.xml`,
  sitemap: () => "/sitemap.xml",
  favicon: () => "/favicon.svg",
  /** Which Pagefind bundles the search page loads (written by the Pagefind integration). */
  searchBundles: () => "/pagefind-bundles.json",
  /** The routing index: which shards print which characters, a bucket per file. */
  searchRoutes: () => "/pagefind-routes/",
  searchRoute: (bucket: number) => `/pagefind-routes/${bucket}.json`,
  /** A Pagefind bundle: the whole index, or one shard of it. */
  searchBundle: (shard?: string) => (shard === undefined ? "/pagefind/" : `/pagefind/${shard}/`),
} as const;

/** What the site's pages are built from: the ids and slugs of an archive's records. */
export interface SiteRecords {
  articles: Iterable<string>;
  issues: Iterable<string>;
  publications: Iterable<string>;
  /** Every place a page may be built for (a place's pages are paginated below its address). */
  placeSlugs: Iterable<string>;
}

/**
 * The addresses the site builds, as urls above spells them: each page (`pages`), and the folders the site fills
 * whole (`folders`: the search index, the data export, the feeds, Astro's assets, a place's numbered pages), where
 * no other page may be put. A moved address (content/moved.json) is checked against these: a page that sends the
 * reader on cannot stand where the site builds one.
 */
export function siteAddresses(r: SiteRecords): { pages: Set<string>; folders: string[] } {
  const pages = new Set<string>([urls.home(), urls.search(), urls.places()]);
  for (const id of r.articles) pages.add(urls.article(id));
  for (const id of r.issues) pages.add(urls.issue(id));
  for (const id of r.publications) pages.add(urls.publication(id));
  const folders = [urls.searchBundle(), urls.searchRoutes(), "/data/", "/feeds/", "/_astro/"];
  for (const slug of r.placeSlugs) folders.push(urls.place(slug));
  return { pages, folders };
}
