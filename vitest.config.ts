import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";

/** The quick loop's folders: the archive core, the ingest, the search's rules, the commands' logic. */
const UNIT = ["archive", "ingest", "property", "search", "bench", "lib", "scripts"].map(
  (d) => `tests/${d}/**/*.test.ts`,
);
/** Tests of very large inputs: slow by design, run by `npm test`, left out of the quick loop. */
const STRESS = "tests/**/*.stress.test.ts";

// Three projects: unit (quick, no site; `npm run test:unit`), stress (large inputs) and site (the built site in real
// Chromium). `npm test` runs all three.
export default defineConfig({
  test: {
    // a test file per core, the three projects' files side by side: a site test waits on its builds and on Chromium
    // much of the time, which another file's work fills (vitest's own default leaves a core to itself)
    maxWorkers: availableParallelism(),
    projects: [
      {
        test: {
          name: "unit",
          include: UNIT,
          exclude: [...configDefaults.exclude, STRESS],
          // files share a worker's modules: importing the ingest afresh for each file was half the project's time
          isolate: false,
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "stress",
          include: [STRESS],
          isolate: false,
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: "site",
          include: ["tests/site/**/*.test.ts"],
          exclude: [...configDefaults.exclude, STRESS],
          globalSetup: ["tests/site/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          // two files at once are safe: each scratch build has its own folders, and builds take turns on the
          // project's Astro work folder (build-from.ts buildTurn)
        },
      },
    ],
  },
});
