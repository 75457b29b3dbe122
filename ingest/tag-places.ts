import type { ArticlePlace, Place } from "../archive/schema/place.ts";
import type { Town } from "../archive/places/gazetteer-data.ts";
import { cityOf } from "../archive/places/gazetteer.ts";
import { hanPairKey, isHanUnit } from "./page/text/han.ts";

/** Words by which a paper names its own place: 我区, 本县, 全市… (one scan; the last character says the level). */
const HOME_WORD = /[我本全][区县市省]/g;
const HOME_LEVEL: Readonly<Record<string, { level: "district" | "city" | "province"; why: string }>> = {
  区: { level: "district", why: "本报所在区县" },
  县: { level: "district", why: "本报所在区县" },
  市: { level: "city", why: "本报所在市" },
  省: { level: "province", why: "本省" },
};

/** A bare 高新区 is the high-tech zone of the city the story (or the paper) is in. */
const BARE_ZONE = /(?<!\p{Script=Han})高新区/gu;

/** A place named this many times (or in the headline or lead) can be what the story is about. */
const SUBJECT_MIN_BODY_HITS = 2;
/** A place scoring at least this share of the top place is a subject too (a story about three cities). */
const SUBJECT_SHARE = 0.5;

export type { Town };

export interface PlaceIndex {
  places: Place[];
  byCode: Map<string, Place>;
  /** Surface forms, longest first, each with its place (a town's form points at its district). */
  forms: { form: string; place: Place; town?: string }[];
  /** The same forms grouped by their first two characters (hanPairKey), longest first: one lookup per position. */
  byStart: Map<number, { form: string; place: Place; town?: string }[]>;
  /** 1 at a hash of each form's first two units: most positions in a story open no form, and skip the map lookup. */
  openPairs: Uint8Array;
}

// small enough to stay in the CPU cache: a few per cent of pairs pass falsely and are then asked of the map
const PAIR_HASH_SIZE = 1 << 16;
const pairHash = (a: number, b: number) => (a * 31 + b) & (PAIR_HASH_SIZE - 1);

export function indexPlaces(places: Place[], towns: Town[] = []): PlaceIndex {
  const forms: PlaceIndex["forms"] = [];
  const byCode = new Map(places.map((p) => [p.code, p]));
  for (const p of places) for (const f of [p.name, ...p.aliases]) forms.push({ form: f, place: p });
  // a town name that two districts share tells nothing
  const seen = new Map<string, number>();
  for (const t of towns) seen.set(t.name, (seen.get(t.name) ?? 0) + 1);
  for (const t of towns) {
    const d = byCode.get(t.district);
    if (d && seen.get(t.name) === 1 && [...t.name].length >= 3) forms.push({ form: t.name, place: d, town: t.name });
  }
  forms.sort((a, b) => b.form.length - a.form.length);
  const byStart = new Map<number, PlaceIndex["forms"]>();
  const openPairs = new Uint8Array(PAIR_HASH_SIZE);
  for (const f of forms) {
    const [a, b] = [f.form.charCodeAt(0), f.form.charCodeAt(1)];
    // every place name opens with two Han characters; one that did not could never be found
    if (!isHanUnit(a) || !isHanUnit(b)) throw new Error(`place name "${f.form}" does not open with two Han characters`);
    openPairs[pairHash(a, b)] = 1;
    const key = hanPairKey(a, b);
    const list = byStart.get(key);
    if (list) list.push(f);
    else byStart.set(key, [f]);
  }
  return { places, byCode, forms, byStart, openPairs };
}

/** Every place named in a text, longest name first so 临沂高新区 is not read as 临沂. */
export function placesNamed(text: string, index: PlaceIndex): { place: Place; form: string }[] {
  const hits: { place: Place; form: string }[] = [];
  for (let i = 0; i < text.length; ) {
    const a = text.charCodeAt(i);
    const b = text.charCodeAt(i + 1);
    if (!index.openPairs[pairHash(a, b)] || !isHanUnit(a) || !isHanUnit(b)) {
      i++;
      continue;
    }
    const m = index.byStart.get(hanPairKey(a, b))?.find((f) => text.startsWith(f.form, i));
    if (m) {
      hits.push({ place: m.place, form: m.town ? `${m.town}（${m.place.name}）` : m.form });
      i += m.form.length;
    } else i++;
  }
  return hits;
}

/**
 * Words that hold the two characters of a home word without being one: the first character ends a word
 * (健全市场: 健全 + 市场; 安全区域: 安全 + 区域; 资本市场), or the second begins one (全市场, 全区域, 本省钱).
 * 全市民营企业 is 全市 + 民营, so 市民 is not listed; only words whose reading as home word is the rare one.
 */
const WORD_ENDING_WITH = {
  全: "健安完齐周保成十俱万顾两双",
  本: "资基根成文日版样剧课范书原账标脚读",
  我: "自忘",
} as const;
const WORD_STARTING_WITH = { 区: "域别分间块", 市: "场值", 县: "", 省: "钱力心时事" } as const;

/** Whether the home word at index is part of a longer word, not the paper's own place. */
function insideLongerWord(text: string, index: number): boolean {
  const first = text[index] as keyof typeof WORD_ENDING_WITH;
  const second = text[index + 1] as keyof typeof WORD_STARTING_WITH;
  const before = index > 0 ? text[index - 1]! : "";
  const after = text[index + 2] ?? "";
  return (
    (before !== "" && WORD_ENDING_WITH[first].includes(before)) ||
    (after !== "" && WORD_STARTING_WITH[second].includes(after))
  );
}

/** The home place a word like 我区 or 全市 stands for, given the paper's home. */
export function resolveHome(level: "district" | "city" | "province", home: Place, index: PlaceIndex): Place | null {
  if (level === "province") return index.byCode.get("370000") ?? null;
  if (level === "district") return home.level === "district" || home.level === "zone" ? home : null;
  if (home.level === "city") return home;
  if (home.name.endsWith("市") && home.level === "district") return home; // a county-level city calls itself 我市
  return home.parent ? (index.byCode.get(home.parent) ?? null) : null;
}

export interface StoryText {
  headline: string;
  lead: string;
  body: string;
}

/**
 * Tag a story with its places: subjects (what it is about) and mentions (named in passing), each with
 * the words that led to it. Context decides 我区 (the paper's home) and a bare 高新区 (the story's city).
 */
export function tagPlaces(
  story: StoryText,
  home: Place,
  index: PlaceIndex,
): { subjects: ArticlePlace[]; mentions: ArticlePlace[] } {
  type Tally = { place: Place; headline: number; lead: number; body: number; evidence: Set<string> };
  const tally = new Map<string, Tally>();
  const add = (p: Place, where: "headline" | "lead" | "body", evidence: string) => {
    const t = tally.get(p.code) ?? { place: p, headline: 0, lead: 0, body: 0, evidence: new Set<string>() };
    t[where]++;
    t.evidence.add(evidence);
    tally.set(p.code, t);
  };
  const parts: ["headline" | "lead" | "body", string][] = [
    ["headline", story.headline],
    ["lead", story.lead],
    ["body", story.body],
  ];
  for (const [where, text] of parts) {
    for (const { place, form } of placesNamed(text, index)) add(place, where, form);
    for (const m of text.matchAll(HOME_WORD)) {
      if (insideLongerWord(text, m.index ?? 0)) continue;
      const w = HOME_LEVEL[m[0][1]!]!;
      const p = resolveHome(w.level, home, index);
      if (p) add(p, where, `${m[0]}（${w.why}）`);
    }
  }
  // a bare 高新区: the zone of the story's most named city, else of the paper's city
  const cityVotes = new Map<string, number>();
  for (const t of tally.values()) {
    const c = cityOf(t.place, index.byCode);
    if (c && c.level === "city") cityVotes.set(c.code, (cityVotes.get(c.code) ?? 0) + t.headline + t.lead + t.body);
  }
  const storyCity = [...cityVotes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? cityOf(home, index.byCode)?.code;
  const zone = index.places.find((p) => p.level === "zone" && p.parent === storyCity && p.name.endsWith("高新区"));
  if (zone)
    for (const [where, text] of parts)
      for (const m of text.matchAll(BARE_ZONE))
        add(zone, where, `${m[0]}（${index.byCode.get(storyCity!)?.name ?? ""}的高新区）`);

  const scored = [...tally.values()].map((t) => ({ ...t, score: 3 * t.headline + 2 * t.lead + t.body }));
  const topBody = Math.max(0, ...scored.map((s) => s.body));
  const out = { subjects: [] as ArticlePlace[], mentions: [] as ArticlePlace[] };
  for (const s of scored.sort((a, b) => b.score - a.score || a.place.code.localeCompare(b.place.code))) {
    // named in the headline or the lead, or named about as often as the most named place
    const subject =
      s.headline > 0 ||
      (s.lead > 0 && s.body >= SUBJECT_SHARE * topBody) ||
      s.body >= Math.max(SUBJECT_MIN_BODY_HITS, SUBJECT_SHARE * topBody);
    const tag = { code: s.place.code, name: s.place.name, level: s.place.level, evidence: [...s.evidence].slice(0, 6) };
    (subject ? out.subjects : out.mentions).push(tag);
  }
  return out;
}
