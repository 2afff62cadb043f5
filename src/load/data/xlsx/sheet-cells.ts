// The cells of a sheet's XML, row by row, as it streams in. exceljs's own sheet reader builds a Row and a Cell
// object with a style for every cell, which makes a workbook several times slower to read than the same CSV; the
// cell grammar is small (<c r s t><f/><v/><is/></c>), so it is scanned here, with exceljs's shared strings and styles.
import { cellText, type CellText, type CellValue } from './cell-text.js';
import { decodeXml } from './workbook-map.js';

export interface SheetContext {
  /** exceljs's cached shared strings: text, or { richText }. */
  sharedStrings: readonly unknown[];
  /** The number format of a style index. */
  numberFormat(style: number): string | undefined;
  date1904: boolean;
}

export type RowHandler = (line: number, cells: Array<CellText | undefined>) => void;

const ROW_END = /<\/(?:\w+:)?row>|<(?:\w+:)?row\b[^>]*\/>/g;
const ROW_START = /<(?:\w+:)?row\b([^>]*?)(\/?)>/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;
const ATTRIBUTE = /\b([rst])\s*=\s*"([^"]*)"/g;
const VALUE = /<(?:\w+:)?v(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?v>/;
const FORMULA = /<(?:\w+:)?f\b/;
const TEXT_RUN = /<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?t>|<(?:\w+:)?t\b[^>]*\/>/g;
const PHONETIC = /<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g;

/** A to XFD → 1 to 16384; undefined beyond Excel's last column. */
function columnOf(ref: string): number | undefined {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    column = column * 26 + c - 64;
  }
  return column > 0 && column <= 16384 ? column : undefined;
}

/** Whether a number format shows a date or a time (exceljs's test: d, m, y, h or s outside quotes and brackets). */
export function isDateFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  return /[dmyhs]/i.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, ''));
}

export class SheetCells {
  private carry = '';
  private nextRow = 1;
  private readonly formats = new Map<number, string | undefined>();

  constructor(
    private readonly context: SheetContext,
    private readonly onRow: RowHandler,
  ) {}

  /** A piece of the XML; whole rows in it are handed on, a cut one waits for the next piece. */
  push(text: string): void {
    const all = this.carry + text;
    let end = -1;
    ROW_END.lastIndex = 0;
    for (let m = ROW_END.exec(all); m !== null; m = ROW_END.exec(all)) end = m.index + m[0].length;
    if (end === -1) {
      this.carry = all;
      return;
    }
    this.carry = all.slice(end);
    this.rows(all.slice(0, end));
  }

  /** The end of the XML. */
  end(): void {
    this.carry = '';
  }

  private rows(text: string): void {
    ROW_START.lastIndex = 0;
    let m = ROW_START.exec(text);
    while (m !== null) {
      const bodyStart = m.index + m[0].length;
      const r = /\br\s*=\s*"(\d+)"/.exec(m[1] ?? '');
      const line = r ? Number(r[1]) : this.nextRow;
      this.nextRow = line + 1;
      const next = ROW_START.exec(text);
      if (m[2] !== '/') this.onRow(line, this.cells(text.slice(bodyStart, next === null ? text.length : next.index)));
      m = next;
    }
  }

  private cells(row: string): Array<CellText | undefined> {
    const cells: Array<CellText | undefined> = [];
    let nextColumn = 1;
    CELL.lastIndex = 0;
    for (let m = CELL.exec(row); m !== null; m = CELL.exec(row)) {
      let ref = '';
      let style = 0;
      let type = 'n';
      ATTRIBUTE.lastIndex = 0;
      for (let a = ATTRIBUTE.exec(m[1] ?? ''); a !== null; a = ATTRIBUTE.exec(m[1] ?? '')) {
        if (a[1] === 'r') ref = a[2]!;
        else if (a[1] === 's') style = Number(a[2]);
        else type = a[2]!;
      }
      const column = ref === '' ? nextColumn : columnOf(ref);
      if (column === undefined) continue;
      nextColumn = column + 1;
      const body = m[2];
      if (body === undefined || body === '') continue;
      const format = this.format(style);
      cells[column - 1] = cellText(this.value(body, type, format), format);
    }
    return cells;
  }

  private value(body: string, type: string, format: string | undefined): CellValue {
    const raw = VALUE.exec(body)?.[1];
    const formula = FORMULA.test(body);
    let value: CellValue;
    if (type === 'inlineStr') value = inlineText(body);
    else if (raw === undefined) value = undefined;
    else if (type === 's') value = this.context.sharedStrings[Number(raw)] as CellValue;
    else if (type === 'str') value = decodeXml(raw);
    else if (type === 'b') value = raw.trim() === '1';
    else if (type === 'e') value = { error: decodeXml(raw) };
    else if (type === 'd') value = new Date(raw);
    else {
      const number = Number(raw);
      value = isDateFormat(format) ? new Date(Math.round((number - 25569 + (this.context.date1904 ? 1462 : 0)) * 86_400_000)) : number;
    }
    if (!formula) return value;
    if (value !== undefined && value !== null && typeof value === 'object' && 'error' in value) return { formula: '', result: Number.NaN };
    return { formula: '', result: value };
  }

  private format(style: number): string | undefined {
    if (!this.formats.has(style)) this.formats.set(style, this.context.numberFormat(style));
    return this.formats.get(style);
  }
}

/** An inline string's text: its runs joined, phonetic guides left out. */
function inlineText(body: string): string {
  const runs = body.replace(PHONETIC, '');
  let text = '';
  TEXT_RUN.lastIndex = 0;
  for (let m = TEXT_RUN.exec(runs); m !== null; m = TEXT_RUN.exec(runs)) text += m[1] ?? '';
  return decodeXml(text);
}
