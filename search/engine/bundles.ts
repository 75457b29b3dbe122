/**
 * The list of the search index's bundles, as search/index/index.ts writes it (/pagefind-bundles.json) and
 * the search page reads it first.
 */
export interface BundleList {
  /** The bundles to search, newest first. */
  bundles: string[];
  /**
   * Each bundle's stretch of time (date keys, "" undated) and paper (its name, as the filter has it), in the
   * order of bundles; absent for one index.
   */
  spans?: { newest: string; oldest: string; publication: string; stories: number }[];
  /** Where the routing index is, for a sharded archive. */
  routes?: string;
  /** The whole archive's count of stories for each value of each search filter: the search page's menus. */
  filters: Record<string, Record<string, number>>;
}
