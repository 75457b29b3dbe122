import type { ArticleSummary as Article } from "../../archive/schema/index.ts";

/** Bars of articles per month, as an SVG string made at build time (no client script). */
export function monthlyChart(articles: Article[]): { svg: string; summary: string } | null {
  const counts = new Map<string, number>();
  for (const a of articles) {
    // a story counts in the month it is known (or estimated) to fall in; a "not before" date is in no month
    if (a.date.precision !== "day" && a.date.precision !== "month") continue;
    const key = `${a.date.year}-${String(a.date.month).padStart(2, "0")}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  if (counts.size === 0) return null;
  const keys = [...counts.keys()].sort();
  const max = Math.max(...counts.values());
  const bar = 28;
  const h = 80;
  const width = keys.length * bar + 10;
  const rects = keys
    .map((k, i) => {
      const n = counts.get(k)!;
      const bh = Math.max(2, Math.round((n / max) * (h - 20)));
      return `<rect x="${i * bar + 5}" y="${h - 14 - bh}" width="${bar - 8}" height="${bh}"><title>${k}：${n}篇</title></rect><text x="${i * bar + 5}" y="${h - 2}">${k.slice(2)}</text>`;
    })
    .join("");
  const summary = keys.map((k) => `${k}：${counts.get(k)}篇`).join("；");
  return {
    svg: `<svg class="chart" role="img" aria-label="每月报道数：${summary}" viewBox="0 0 ${width} ${h}" width="${width}" height="${h}" xmlns="http://www.w3.org/2000/svg">${rects}</svg>`,
    summary,
  };
}
