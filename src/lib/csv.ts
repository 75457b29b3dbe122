// A CSV a spreadsheet opens as text: a cell beginning with =, +, -, @ (or a tab or carriage return, which
// some spreadsheets skip before reading a formula) would run as a formula, so it is led by an apostrophe,
// as OWASP advises; every cell is quoted.

const FORMULA_START = /^[=+\-@\t\r]/u;

/** One cell, quoted, and kept from being read as a formula. */
export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/gu, '""')}"`;
}

/** A whole CSV document: a byte-order mark (so spreadsheets read UTF-8 Chinese right), a header row, then the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}
