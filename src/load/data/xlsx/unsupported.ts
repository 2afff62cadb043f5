// Spreadsheet files plancheck recognises but does not read: said clearly, with the way to a readable file.
import type { Finding } from '../diagnostic-sink.js';

export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm'];
export const UNREADABLE_EXTENSIONS = ['.xls', '.et'];

export const SAVE_AS_XLSX = 'an .xlsx workbook (in Excel or WPS: 文件 › 另存为 › "Excel 工作簿 (*.xlsx)"), or a CSV file';

export function extensionOf(file: string): string {
  const dot = file.lastIndexOf('.');
  return dot === -1 ? '' : file.slice(dot).toLowerCase();
}

/** The finding for an .xls or .et file: these formats are binary and proprietary, so they are not read. */
export function unreadableWorkbook(file: string): Finding {
  const et = extensionOf(file) === '.et';
  const zh = et ? 'WPS 表格文件（.et）' : 'Excel 97–2003 工作簿（.xls）';
  const en = et ? 'a WPS 表格 workbook (.et)' : 'an Excel 97–2003 workbook (.xls)';
  const problem = `文件是 ${zh}，plancheck 不读取，请另存为 .xlsx / file is ${en}, which plancheck does not read; save it as .xlsx`;
  return { severity: 'error', code: 'unsupported-workbook', file, problem, found: extensionOf(file), expected: SAVE_AS_XLSX };
}
