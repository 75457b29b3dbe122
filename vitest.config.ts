import { availableParallelism } from "node:os";
import { relative } from "node:path";
import { configDefaults, defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** The quick loop's folders: the archive core, the ingest, the search's rules, the commands' logic. */
const UNIT = ["archive", "ingest", "property", "search", "bench", "lib", "scripts"].map(
  (d) => `tests/${d}/**/*.test.ts`,
);
/** Tests of very large inputs: slow by design, run by `npm test`, left out of the quick loop. */
const STRESS = "tests/**/*.stress.test.ts";

/**
 * The files that take longest, started first and in this order, whatever their project: the site's files that run
 * builds (which take turns, build-from.ts buildTurn) beside those that spend their time in Chromium and the stress
 * file's large inputs, so that no core waits at the end on one of them. Vitest's own order runs a project's files
 * after another's and, with no times recorded (a fresh checkout, as in CI), the largest files first.
 */
const FIRST = [
  "tests/site/hostile-site.test.ts",
  "tests/site/search-reading.test.ts",
  "tests/ingest/read-page.stress.test.ts",
  "tests/site/parts.test.ts",
  "tests/site/pages.test.ts",
  "tests/site/incremental.test.ts",
  "tests/site/search.test.ts",
  "tests/site/printed.test.ts",
  "tests/site/search-routes.test.ts",
];

class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const k = FIRST.indexOf(relative(import.meta.dirname, f.moduleId));
      return k < 0 ? FIRST.length : k;
    };
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

// Three projects: unit (quick, no site; `npm run test:unit`), stress (large inputs) and site (the built site in real
// Chromium). `npm test` runs all three.
export default defineConfig({
  test: {
    // a test file per core and one more, the three projects' files side by side: a site test waits on its builds'
    // turn and on Chromium much of the time, which another file's work fills (vitest's own default leaves a core to
    // itself)
    maxWorkers: availableParallelism() + 1,
    sequence: { sequencer: SlowestFirst },
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
