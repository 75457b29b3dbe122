// Arriving from search (?q=…), mark where the query's terms stand whole in the story itself: 高新区, not
// the 高 of 向高 or the 新 of 创新; 2024, not the 2024 of 12024.
import { normaliseQuery, termsOf, wholeMatches } from "../../search/engine/terms.ts";
import { markedNodes } from "./marked.ts";

const query = normaliseQuery(new URLSearchParams(location.search).get("q") ?? "");
const body = document.querySelector("[data-pagefind-body]");
const terms = termsOf(query);
if (terms.length && body) {
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  let first: HTMLElement | null = null;
  for (const node of nodes) {
    const text = node.nodeValue ?? "";
    const matches = wholeMatches(text, terms);
    if (!matches.length) continue;
    const marked = markedNodes(text, matches);
    first ??= marked.find((n): n is HTMLElement => n.nodeName === "MARK") ?? null;
    node.replaceWith(...marked);
  }
  first?.scrollIntoView({ block: "center" });
}
