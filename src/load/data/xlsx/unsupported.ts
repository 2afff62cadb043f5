// Spreadsheet files plancheck recognises but does not read: said clearly, with the way to a readable file.
import { workbookText } from '../../../i18n/diagnostics/workbooks.js';
import type { Finding } from '../diagnostic-sink.js';

export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm'];
export const UNREADABLE_EXTENSIONS = ['.xls', '.et'];

export const SAVE_AS_XLSX = workbookText.saveAsXlsx;

export function extensionOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot === -1 ? '' : file.slice(dot).toLowerCase();
}

/** The finding for an .xls or .et file: these formats are binary and proprietary, so they are not read. */
export function unreadableWorkbook(file: string): Finding {
  const problem = workbookText.unsupported(extensionOf(file) === '.et');
  return { severity: 'error', code: 'unsupported-workbook', file, problem, found: extensionOf(file), expected: SAVE_AS_XLSX };
}
