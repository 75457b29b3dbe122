import { createHash } from "node:crypto";

/** Digests of records by identity: the build loads each record once and never changes it. */
const digests = new WeakMap<object, string>();

function digestOf(record: object): string {
  let d = digests.get(record);
  if (d === undefined) {
    d = createHash("sha1").update(JSON.stringify(record)).digest("hex");
    digests.set(record, d);
  }
  return d;
}

/**
 * The key (Astro's `cacheKey`) under which Astro's incremental build may reuse a page from the last build: a digest of every
 * record the page shows (absent ones too, as a place in the list). The page's code is tracked by Astro
 * itself; a page given no key is always rendered again.
 */
export function renderKey(...records: (object | undefined)[]): string {
  const h = createHash("sha1");
  for (const r of records) h.update(r === undefined ? "-" : digestOf(r)).update("\0");
  return h.digest("hex");
}
