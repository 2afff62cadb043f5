// Every terminal table goes through cli-table3: borderless, one line per row, CJK counted as two columns, long
// cells cut with … (the full text stays in JSON and markdown).
import Table from 'cli-table3';
import { cellWidth, charWidth } from './cell-width.js';

export { cellWidth };

/** Below this width tables leave the projection column out: the other columns matter more (explain shows it). */
export const PROJECTION_FROM_WIDTH = 100;

/**
 * A plain-text cell cut to `width` columns with …. cli-table3 cuts a long cell by measuring the whole string again
 * after each character it drops, which for a few hundred long CJK cells costs more than all the rest of a run;
 * cells cut here first reach it already fitting. Coloured cells (status words) are never cut and pass untouched.
 */
function cutToWidth(text: string, width: number): string {
  if (text.length <= width / 2 || text.includes('\u001b') || cellWidth(text) <= width) return text;
  let taken = 0;
  let end = 0;
  while (end < text.length) {
    const code = text.codePointAt(end)!;
    const w = charWidth(code);
    if (taken + w > width - 1) break;
    taken += w;
    end += code > 0xffff ? 2 : 1;
  }
  return `${text.slice(0, end)}…`;
}

const NO_BORDER = {
  top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
  left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '', middle: '',
};

/** Header and rows in columns of the given widths (each including one space of padding on the right). */
export function renderTerminalTable(head: readonly string[], rows: ReadonlyArray<readonly string[]>, colWidths: readonly number[]): string {
  const table = new Table({
    head: [...head],
    colWidths: [...colWidths],
    wordWrap: false,
    truncate: '…',
    chars: NO_BORDER,
    // An empty style: cli-table3 would otherwise colour the header and borders even into a pipe.
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 1, compact: true },
  });
  // A cell is one line: a line break inside it would break the row apart.
  for (const row of rows) table.push(row.map((cell, i) => cutToWidth(/[\r\n]/.test(cell) ? cell.replace(/\r\n|\r|\n/g, ' ') : cell, colWidths[i]! - 1)));
  // The padding after the last cell is invisible and would make copied lines end in spaces.
  return table
    .toString()
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

/** What a column would like (its widest cell plus padding), the least it may get, and its share of any shortfall. */
export interface ColumnWant {
  want: number;
  min: number;
  /** Columns with a share give up room when the total is too wide; the others only down to their min. */
  share?: number;
}

/**
 * Widths that fit `width` columns: each column gets what it wants when everything fits. Otherwise the columns with
 * a share (long text such as names) give up room first, down to their min; only then do the others, from the
 * right, down to theirs. The table is wider than `width` only when the mins alone are.
 */
export function fitColumns(columns: readonly ColumnWant[], width: number): number[] {
  const widths = columns.map((c) => c.want);
  const shared = columns.map((c, i) => (c.share ? i : -1)).filter((i) => i >= 0);
  const fixedTotal = () => columns.reduce((sum, c, i) => sum + (c.share ? 0 : widths[i]!), 0);
  if (fixedTotal() + shared.reduce((sum, i) => sum + columns[i]!.want, 0) <= width) return widths;
  let deficit = fixedTotal() + shared.reduce((sum, i) => sum + columns[i]!.min, 0) - width;
  for (let i = columns.length - 1; i >= 0 && deficit > 0; i--) {
    if (columns[i]!.share) continue;
    const give = Math.min(deficit, widths[i]! - Math.min(columns[i]!.min, widths[i]!));
    widths[i]! -= give;
    deficit -= give;
  }
  // Each shared column gets its min, and what is left is split by share; a column that wants less than its part
  // takes only what it wants, and the rest is split again among the others.
  let extra = width - fixedTotal() - shared.reduce((sum, i) => sum + columns[i]!.min, 0);
  let open = shared;
  for (const i of shared) widths[i] = columns[i]!.min;
  while (open.length > 0 && extra > 0) {
    const shares = open.reduce((sum, i) => sum + columns[i]!.share!, 0);
    const part = (i: number) => Math.floor((extra * columns[i]!.share!) / shares);
    const satisfied = open.filter((i) => columns[i]!.want - columns[i]!.min <= part(i));
    if (satisfied.length === 0) {
      let left = extra;
      open.forEach((i, n) => {
        const add = n === open.length - 1 ? left : part(i);
        widths[i]! += add;
        left -= add;
      });
      break;
    }
    for (const i of satisfied) {
      extra -= columns[i]!.want - columns[i]!.min;
      widths[i] = columns[i]!.want;
    }
    open = open.filter((i) => !satisfied.includes(i));
  }
  return widths;
}

/**
 * `first` followed by the parts joined with " · ", broken into lines no wider than `width` (CJK counted as two);
 * continuation lines start with `indent`.
 */
export function joinToFit(first: string, parts: readonly string[], width: number, indent = '  '): string[] {
  const lines: string[] = [];
  let line = first;
  let empty = true;
  for (const part of parts) {
    const joined = empty ? `${line}${part}` : `${line} · ${part}`;
    if (empty || cellWidth(joined) <= width) line = joined;
    else {
      lines.push(line);
      line = `${indent}${part}`;
    }
    empty = false;
  }
  lines.push(line);
  return lines;
}
