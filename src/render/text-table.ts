// A borderless table of fixed-width columns, CJK counted as two columns; long cells end in …, one line per row.
// It draws what cli-table3 drew with no borders and one space of right padding, without its start-up and per-cell cost.

const ANSI = /\u001b\[[0-9;]*m/g;

/** East Asian wide and full-width code points (the ranges string-width uses). */
function isWide(code: number): boolean {
  return (
    code >= 0x1100 &&
    (code <= 0x115f ||
      code === 0x2329 ||
      code === 0x232a ||
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
      (code >= 0x3250 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0xa4c6) ||
      (code >= 0xa960 && code <= 0xa97c) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6b) ||
      (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1b000 && code <= 0x1b001) ||
      (code >= 0x1f200 && code <= 0x1f251) ||
      (code >= 0x20000 && code <= 0x3fffd))
  );
}

function charWidth(code: number): number {
  // Control and combining characters take no column.
  if (code <= 0x1f || (code >= 0x7f && code <= 0x9f) || (code >= 0x300 && code <= 0x36f)) return 0;
  return isWide(code) ? 2 : 1;
}

// The same ranges as isWide and charWidth, as patterns: counting matches natively is several times faster than a
// loop over the characters, which matters for a table of a few hundred CJK cells drawn once per run.
const WIDE =
  /[\u1100-\u115f\u2329\u232a\u2e80-\u303e\u3040-\u3247\u3250-\u4dbf\u4e00-\ua4c6\ua960-\ua97c\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6b\uff01-\uff60\uffe0-\uffe6\u{1b000}\u{1b001}\u{1f200}-\u{1f251}\u{20000}-\u{3fffd}]/gu;
const ZERO_WIDTH = /[\u0000-\u001f\u007f-\u009f\u0300-\u036f]/g;
/** A character outside the BMP: two UTF-16 units, one character. */
const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

const matches = (pattern: RegExp, text: string): number => text.match(pattern)?.length ?? 0;

/** Columns a string takes in a terminal (colour codes take none). */
export function textWidth(text: string): number {
  if (PRINTABLE_ASCII.test(text)) return text.length;
  const plain = text.includes('\u001b') ? text.replace(ANSI, '') : text;
  return plain.length - matches(SURROGATE_PAIR, plain) - matches(ZERO_WIDTH, plain) + matches(WIDE, plain);
}

/** The text cut to at most `width` columns, ending in … when cut; colour codes are kept and closed. */
export function fitText(text: string, width: number): string {
  if (textWidth(text) <= width) return text;
  let taken = 0;
  let out = '';
  let colour = false;
  let bold = false;
  for (const part of text.split(/(\u001b\[[0-9;]*m)/)) {
    if (part.startsWith('\u001b[')) {
      const code = Number(part.slice(2, -1).split(';')[0] || 0);
      if (code === 0) colour = bold = false;
      else if (code === 1) bold = true;
      else if (code === 22) bold = false;
      else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) colour = true;
      else if (code === 39) colour = false;
      out += part;
      continue;
    }
    for (const ch of part) {
      const w = charWidth(ch.codePointAt(0)!);
      if (taken + w > width - 1) return `${out}${bold ? '\u001b[22m' : ''}${colour ? '\u001b[39m' : ''}…`;
      taken += w;
      out += ch;
    }
  }
  return `${out}…`;
}

/** Header and rows, each cell cut and padded to its column width less one space of padding. */
export function renderTextTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>, colWidths: readonly number[]): string {
  const line = (cells: readonly string[]) =>
    colWidths
      .map((width, i) => {
        const inner = width - 1;
        // A cell is one line: line breaks inside it would break the row apart.
        const text = cells[i] ?? '';
        const cell = fitText(/[\r\n]/.test(text) ? text.replace(/\r\n|\r|\n/g, ' ') : text, inner);
        return `${cell}${' '.repeat(Math.max(0, inner - textWidth(cell)))} `;
      })
      .join('');
  return [head, ...rows].map(line).join('\n');
}
