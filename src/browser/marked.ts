/** A text as nodes, with the spans it names (where the terms stand whole) in <mark>: for results and the story page. */
export function markedNodes(text: string, marks: readonly { start: number; end: number }[]): Node[] {
  const out: Node[] = [];
  let last = 0;
  for (const m of marks) {
    const mark = document.createElement("mark");
    mark.textContent = text.slice(m.start, m.end);
    out.push(document.createTextNode(text.slice(last, m.start)), mark);
    last = m.end;
  }
  out.push(document.createTextNode(text.slice(last)));
  return out;
}
