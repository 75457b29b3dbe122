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
