// A cell as the text the CSV reader would have seen: what the cell shows, in the spelling the value parser reads.

/** What exceljs's streaming reader gives as a cell value. */
export type CellValue =
  | null
  | undefined
  | number
  | string
  | boolean
  | Date
  | { formula?: string; sharedFormula?: string; result?: unknown }
  | { richText: Array<{ text: string }> }
  | { text: unknown; hyperlink?: string }
  | { error: string };

/** The text, and whether a formula had no saved result or an error as its result (both read as empty). */
export type CellText = { text: string; formula?: 'no-result' | 'error-result' };

/** Excel shows and keeps 15 significant digits: 0.1 + 0.2 is 0.3 in a sheet, and so here. */
function decimal(value: number): string {
  // At most 15 characters: at most 15 digits, nothing to round (and toPrecision is slow).
  const text = String(value);
  if (text.length <= 15) return text === '-0' ? '0' : text;
  const rounded = Number(value.toPrecision(15));
  return String(rounded === 0 ? 0 : rounded);
}

/** A number format that shows a percentage: a % outside quotes and escapes ("0.0%", not "0\"%\""). */
export function isPercentFormat(format: string | undefined): boolean {
  if (format === undefined || !format.includes('%')) return false;
  return format.replace(/"[^"]*"|\\./g, '').includes('%');
}

/** A date format that shows nothing but the year ("yyyy", "yyyy年"). */
function isYearFormat(format: string | undefined): boolean {
  if (format === undefined) return false;
  const shown = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').toLowerCase();
  return /y/.test(shown) && !/[mdhs]/.test(shown);
}

function numberText(value: number, format: string | undefined): string {
  return isPercentFormat(format) ? `${decimal(value * 100)}%` : decimal(value);
}

function dateText(value: Date, format: string | undefined): string {
  if (Number.isNaN(value.getTime())) return '';
  if (isYearFormat(format)) return String(value.getUTCFullYear());
  return value.toISOString().slice(0, 10);
}

/** The cell's text; a formula gives its cached result, or nothing (flagged) when the workbook never computed it. */
export function cellText(value: CellValue, format: string | undefined): CellText {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: numberText(value, format) };
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (value instanceof Date) return { text: dateText(value, format) };
  if ('richText' in value) return { text: value.richText.map((r) => r.text ?? '').join('') };
  if ('error' in value) return { text: value.error };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    if (result === undefined || result === null) return { text: '', formula: 'no-result' };
    // The streaming reader reads an error result (#DIV/0!) as a number, which then is NaN.
    if (typeof result === 'number' && Number.isNaN(result)) return { text: '', formula: 'error-result' };
    if (typeof result === 'object' && 'error' in result) return { text: '', formula: 'error-result' };
    return cellText(result as CellValue, format);
  }
  if ('text' in value) return cellText(value.text as CellValue, format);
  return { text: '' };
}
