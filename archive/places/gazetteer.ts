import { pinyin } from "pinyin-pro";
import type { Place, PlaceLevel } from "../schema/place.ts";
import { PLACE_READINGS, ZONES } from "./zones.ts";

/** One row of a GB/T 2260 table: a six-digit code and a name. */
export interface DivisionRow {
  code: string;
  name: string;
}

export const PROVINCE_CODE = "370000";

function levelOf(code: string): PlaceLevel {
  if (code.endsWith("0000")) return "province";
  if (code.endsWith("00")) return "city";
  return "district";
}

/**
 * The short name papers use: 济阳区 → 济阳, 济南市 → 济南, 西海岸新区 → 西海岸; 单县 keeps its 县 (one
 * character is no name), and 高新区 keeps its 新 (济南高新区 → 济南高新: 高新 is one word).
 */
export function shortName(name: string): string | null {
  const short = name.replace(/(自治县|(?<!高)新区|区|县|市|省)$/u, "");
  return [...short].length >= 2 && short !== name ? short : null;
}

/** A place's name in pinyin as a reader types it (jiyang, jinangaoxin, shanxian): its slug, and the export's pinyin. */
export function pinyinOf(name: string): string {
  const known = PLACE_READINGS[name];
  if (known) return known;
  const base = shortName(name) ?? name;
  return pinyin(base, { toneType: "none", type: "array", nonZh: "removed" })
    .join("")
    .toLowerCase()
    .replace(/[^a-z0-9]/gu, "");
}

/** Build Shandong's gazetteer from a GB/T 2260 table plus the functional zones, with aliases and unique slugs. */
export function buildGazetteer(rows: readonly DivisionRow[]): Place[] {
  const shandong = rows.filter(
    (r) => r.code.startsWith("37") && /^\d{6}$/u.test(r.code) && !/市辖区|省直辖/u.test(r.name),
  );
  const places: Place[] = shandong.map((r) => {
    const level = levelOf(r.code);
    const parent = level === "province" ? null : level === "city" ? PROVINCE_CODE : `${r.code.slice(0, 4)}00`;
    return {
      code: r.code,
      name: r.name,
      level,
      parent,
      slug: pinyinOf(r.name),
      aliases: [],
      codeSource: "gb2260" as const,
    };
  });
  for (const z of ZONES) {
    // newer tables list some zones themselves (济南高新技术产业开发区 370171): one place per code, the zone's reading of it
    const listed = places.findIndex((p) => p.code === z.code);
    const aliases = [...z.aliases];
    if (listed >= 0) {
      if (!aliases.includes(places[listed]!.name)) aliases.push(places[listed]!.name);
      places.splice(listed, 1);
    }
    places.push({
      code: z.code,
      name: z.name,
      level: "zone",
      parent: z.parent,
      slug: z.slug,
      aliases,
      codeSource: z.codeSource,
    });
  }
  // short names, only where no other place would claim the same words
  const shortCount = new Map<string, number>();
  for (const p of places) {
    const s = shortName(p.name);
    if (s && p.level !== "zone") shortCount.set(s, (shortCount.get(s) ?? 0) + 1);
  }
  for (const p of places) {
    const s = shortName(p.name);
    if (s && p.level !== "zone" && shortCount.get(s) === 1 && !p.aliases.includes(s)) p.aliases.push(s);
  }
  // unique slugs: a clash is settled by the city's slug in front
  const byCode = new Map(places.map((p) => [p.code, p]));
  const seen = new Map<string, number>();
  for (const p of places) seen.set(p.slug, (seen.get(p.slug) ?? 0) + 1);
  for (const p of places) {
    if ((seen.get(p.slug) ?? 0) > 1 && p.level !== "city" && p.parent)
      p.slug = `${byCode.get(p.parent)?.slug ?? "sd"}-${p.slug}`;
  }
  return places;
}

/** The city a place belongs to (itself for a city), or null for the province. */
export function cityOf(p: Place, place: Map<string, Place>): Place | null {
  if (p.level === "city") return p;
  if (p.level === "province") return null;
  return p.parent ? (place.get(p.parent) ?? null) : null;
}

/** Province → city → place, for breadcrumbs. */
export function lineage(p: Place, place: Map<string, Place>): Place[] {
  const out: Place[] = [];
  for (let x: Place | undefined = p; x; x = x.parent ? place.get(x.parent) : undefined) out.unshift(x);
  return out;
}
