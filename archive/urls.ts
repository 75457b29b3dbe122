/** Every site path is built here, so a link and the page it points at cannot disagree. */
export const urls = {
  home: () => "/",
  article: (id: string) => `/articles/${id}/`,
  issue: (id: string) => `/issues/${id}/`,
  /** One 版 of an issue: its slot is its 版次, or its page id where the 版次 is unknown or taken (issuePages). */
  issuePage: (issue: string, slot: string) => `/issues/${issue}/${slot}/`,
  publication: (id: string) => `/publications/${id}/`,
  /** A paper's issues of one year, as a calendar. */
  publicationYear: (id: string, year: number) => `/publications/${id}/${year}/`,
  place: (slug: string) => `/places/${slug}/`,
  /**
   * A place's stories of one month (`2024-07`, or `undated` for those dated less precisely), in pages of a fixed
   * size counted from the month's oldest story: page 1 holds its oldest. The newest page is the month's own address.
   */
  placeMonth: (slug: string, month: string, page?: number) =>
    page === undefined ? `/places/${slug}/${month}/` : `/places/${slug}/${month}/${page}/`,
  places: () => "/places/",
  /** 往期回顾: every paper's issues by year and day. */
  days: () => "/days/",
  daysYear: (year: number) => `/days/${year}/`,
  /** One day across all papers (an ISO date, 2025-01-03). */
  day: (iso: string) => `/days/${iso}/`,
  about: () => "/about/",
  data: () => "/data/",
  search: (q?: string) => (q ? `/search/?q=${encodeURIComponent(q)}` : "/search/"),
  issueData: (id: string) => `/data/issues/${id}.json`,
  dataIndex: () => "/data/index.json",
  placesData: () => "/data/places.json",
  /** Every file of the data export, one path a line: what a bulk download fetches. */
  dataFiles: () => "/data/files.txt",
  placeFeed: (slug: string) => `/feeds/places/${slug}.xml`,
  publicationFeed: (id: string) => `/feeds/publications/${id}.xml`,
  /** A printed page's image at one width (WebP), made at build from its PDF. */
  printedImage: (pageId: string, width: number) => `/printed/${pageId}-${width}.webp`,
  /** The PDF a printed page came from, as the paper published it. */
  printedPdf: (pageId: string) => `/printed/${pageId}.pdf`,
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
 * whole (`folders`: the search index, the data export, the feeds, Astro's assets, 往期回顾, the printed pages, an
 * issue's 版, a paper's years, a place's months), where no other page may be put. A moved address (content/moved.json) is checked against these: a page that sends the
 * reader on cannot stand where the site builds one.
 */
export function siteAddresses(r: SiteRecords): { pages: Set<string>; folders: string[] } {
  const pages = new Set<string>([urls.home(), urls.search(), urls.places(), urls.about()]);
  for (const id of r.articles) pages.add(urls.article(id));
  for (const id of r.issues) pages.add(urls.issue(id));
  for (const id of r.publications) pages.add(urls.publication(id));
  const folders = [urls.searchBundle(), urls.searchRoutes(), "/data/", "/feeds/", "/_astro/", urls.days(), "/printed/"];
  // below an issue's page are its 版, below a paper's its years
  for (const id of r.issues) folders.push(urls.issue(id));
  for (const id of r.publications) folders.push(urls.publication(id));
  for (const slug of r.placeSlugs) folders.push(urls.place(slug));
  return { pages, folders };
}

/**
 * A site path as a reader can copy it: on the site's public address when one is set (Settings.site), else the path
 * itself, relative to wherever the site is served; never a made-up host.
 */
export const permalink = (path: string, site: string | null): string => (site ? `${site}${path}` : path);
