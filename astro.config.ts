import { defineConfig } from "astro/config";
import { pagefindIndex } from "./src/integrations/pagefind.ts";

// A static site: every page is built ahead of time, and search runs in the reader's browser.
export default defineConfig({
  site: process.env.LUBAO_SITE ?? "https://lubao.example",
  output: "static",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  integrations: [pagefindIndex()],
  // never inline scripts: the Content-Security-Policy allows only scripts served from the site
  vite: { build: { assetsInlineLimit: 0 } },
});
