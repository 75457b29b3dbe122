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
} as const;
