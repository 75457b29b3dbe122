import { parsePage } from "../../ingest/page/stages.ts";

/** Parse a small page written inline (template-literal indentation removed). */
export function page(text: string, publicationName: string | null = null) {
  const lines = text.replace(/^\n/u, "").split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */u.exec(l)![0].length));
  return parsePage(lines.map((l) => l.slice(indent)).join("\n"), publicationName);
}
