// Arriving from search (?q=…), mark the query's words in the story itself.
const query = new URLSearchParams(location.search).get("q")?.trim();
const body = document.querySelector("[data-pagefind-body]");
if (query && body) {
  const terms = query
    .replace(/["“”]/g, " ")
    .split(/\s+/)
    .filter((t) => t.length > 0);
  const pattern = new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  const probe = new RegExp(pattern.source);
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (probe.test(n.nodeValue ?? "")) nodes.push(n as Text);
  let first: HTMLElement | null = null;
  for (const node of nodes) {
    const text = node.nodeValue ?? "";
    const frag = document.createDocumentFragment();
    let last = 0;
    for (const m of text.matchAll(pattern)) {
      frag.append(text.slice(last, m.index));
      const mark = document.createElement("mark");
      mark.textContent = m[0];
      first ??= mark;
      frag.append(mark);
      last = (m.index ?? 0) + m[0].length;
    }
    frag.append(text.slice(last));
    node.replaceWith(frag);
  }
  first?.scrollIntoView({ block: "center" });
}
