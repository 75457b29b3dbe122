/** Join wrapped lines: CJK needs no space, Latin words and numbers do. */
export function joinWrapped(parts: string[]): string {
  let acc = "";
  for (const p of parts) acc = acc && /[A-Za-z0-9]$/u.test(acc) && /^[A-Za-z0-9]/u.test(p) ? `${acc} ${p}` : acc + p;
  return acc;
}
