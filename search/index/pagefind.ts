// Pagefind, driven through its Node API: one index built from given documents, then the service stopped to
// free its memory. Pagefind answers with a list of errors rather than throwing: any error stops the build.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";

/** How every index is built: with the Pagefind version, part of what a cached shard must match. */
export const INDEX_OPTIONS = { excludeSelectors: ["[data-pagefind-ignore]"] };

/** The version of an installed package, found as Node finds it (its package.json is not among its exports). */
function installedVersion(name: string): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const file = join(dir, "node_modules", name, "package.json");
    if (existsSync(file)) return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
    if (dirname(dir) === dir) throw new Error(`${name} is not installed`);
  }
}
export const PAGEFIND_VERSION = installedVersion("pagefind");

function check<T extends { errors: string[] }>(answer: T, doing: string): T {
  if (answer.errors.length) throw new Error(`Pagefind ${doing}: ${answer.errors.join("; ")}`);
  return answer;
}

/** Documents sent to Pagefind before waiting for its answers: it works on one while the next is sent. */
const IN_FLIGHT = 16;

/** One document as Pagefind takes it: the URL its result links to, and its HTML. */
export interface SearchDocument {
  url: string;
  content: string;
}

/**
 * Build one index of the given documents into outputPath. Documents may be made as they are sent (an iterable):
 * the next is made while Pagefind indexes the ones in flight.
 */
export async function buildIndex(outputPath: string, documents: Iterable<SearchDocument>): Promise<void> {
  try {
    const { index } = check(await pagefind.createIndex(INDEX_OPTIONS), "could not start");
    if (!index) throw new Error("Pagefind could not start");
    const inFlight = new Set<Promise<void>>();
    for (const d of documents) {
      const sent: Promise<void> = index.addHTMLFile(d).then((added) => {
        check(added, `could not index ${d.url}`);
        inFlight.delete(sent);
      });
      inFlight.add(sent);
      if (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
    check(await index.writeFiles({ outputPath }), "could not write its index");
  } finally {
    await pagefind.close();
  }
}
