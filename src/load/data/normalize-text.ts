// Text normalisation shared by the CSV loader: full-width → half-width, trimming, name keys.

const NON_ASCII = /[^\x00-\x7f]/;
const WHITESPACE_RUN = /\s+/g;

/** NFKC for non-ASCII text (full-width digits, ％, （）, ideographic space); ASCII passes through untouched. */
export function toHalfWidth(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  // NFKC leaves the minus sign U+2212 and the BOM alone.
  return text.normalize('NFKC').replace(/\u2212/g, '-').replace(/\uFEFF/g, '');
}

/** A cell as the loader reads it: half-width and trimmed (including the stray \r of mixed line endings). */
export function cleanCell(cell: string | undefined): string {
  if (cell === undefined || cell === '') return '';
  return toHalfWidth(cell).trim();
}

/** Key for looking names up: half-width, trimmed, inner whitespace collapsed, lower case. */
export function nameKey(text: string): string {
  return toHalfWidth(text).trim().replace(WHITESPACE_RUN, ' ').toLowerCase();
}

/** Count the line breaks inside a field (CRLF, LF or CR each count once). */
export function countLineBreaks(field: string): number {
  if (field.indexOf('\n') === -1 && field.indexOf('\r') === -1) return 0;
  let breaks = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    if (c === 10) breaks++;
    else if (c === 13) {
      breaks++;
      if (field.charCodeAt(i + 1) === 10) i++;
    }
  }
  return breaks;
}

/** Quote a found value for a message, shortened so one bad cell cannot flood the output. */
export function quote(text: string, max = 60): string {
  const shown = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(shown);
}
