import { defineConfig } from "astro/config";
import { settingsFrom } from "./archive/settings.ts";

const settings = settingsFrom();

// A static site: every page is built ahead of time, and search runs in the reader's browser.
export default defineConfig({
  // the public address, where one is set (LUBAO_SITE): links are otherwise written relative to the site
  ...(settings.site ? { site: settings.site } : {}),
  output: "static",
  trailingSlash: "always",
  // pages rendered four at a time: some render while others wait on their files being written
  build: { format: "directory", inlineStylesheets: "never", concurrency: 4 },
  // kept beside the parse cache; the bench gives each archive its own
  cacheDir: settings.cache.astro,
  // pages whose getStaticPaths() gives a cacheKey (articles, issues) are copied from the last build when
  // their records and code are unchanged
  experimental: { incrementalBuild: true },
  // never inline scripts: the Content-Security-Policy allows only scripts served from the site
  vite: { build: { assetsInlineLimit: 0 } },
});
