import { defineConfig } from "vitest/config";

// Two projects: unit (the archive core, the ingest, the search's rules: quick, no site; `npm run test:unit`) and
// site (the built site in real Chromium).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "tests/archive/**/*.test.ts",
            "tests/ingest/**/*.test.ts",
            "tests/property/**/*.test.ts",
            "tests/search/**/*.test.ts",
            "tests/bench/**/*.test.ts",
            "tests/lib/**/*.test.ts",
          ],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: "site",
          include: ["tests/site/**/*.test.ts"],
          globalSetup: ["tests/site/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
