// CSV cell quoting, with spreadsheet-formula neutralising for text cells (CWE-1236).
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i;

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // A leading apostrophe makes Excel show text, not run a formula; plain numbers stay numbers.
  if (FORMULA_START.test(text) && !NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: ReadonlyArray<string | number | null | undefined>): string {
  return cells.map(csvCell).join(',');
}

export function csvDocument(lines: string[], bom: boolean): string {
  return (bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}
