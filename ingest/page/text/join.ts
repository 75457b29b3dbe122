/** Join wrapped lines: CJK needs no space, Latin words and numbers do. */
export function joinWrapped(parts: string[]): string {
  // the last character is tracked rather than read off the growing text, which would make the join quadratic
  const out: string[] = [];
  let last = "";
  for (const p of parts) {
    if (!p) continue;
    if (/[A-Za-z0-9]/u.test(last) && /^[A-Za-z0-9]/u.test(p)) out.push(" ");
    out.push(p);
    last = p.at(-1)!;
  }
  return out.join("");
}
