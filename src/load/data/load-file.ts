// Load one data file: sniff, detect delimiter and layout, stream its rows into the shared state (workbooks: xlsx/).
import { dataFileText, unusedText } from '../../i18n/diagnostics/data-files.js';
import { detectDelimiter } from './detect.js';
import type { LoadState } from './load-state.js';
import { readRecords, type CsvProblem } from './read-records.js';
import { sniffFile } from './sniff-file.js';
import { TableReader } from './table-reader.js';
import { UNREADABLE_EXTENSIONS, WORKBOOK_EXTENSIONS, extensionOf, unreadableWorkbook } from './xlsx/unsupported.js';

export async function loadFile(state: LoadState, file: string): Promise<void> {
  const { sink } = state;
  sink.beginFile();
  try {
    const extension = extensionOf(file);
    if (UNREADABLE_EXTENSIONS.includes(extension)) return sink.add(unreadableWorkbook(file));
    if (WORKBOOK_EXTENSIONS.includes(extension)) {
      // exceljs and the workbook reader load only when a workbook is read.
      const { loadWorkbook } = await import('./xlsx/load-workbook.js');
      return await loadWorkbook(state, file, state.xlsxLimits);
    }
    const sniff = await sniffFile(file, state.encoding);
    if (!sniff.ok) return sink.add(sniff.finding);
    if (sniff.warning) sink.add(sniff.warning);
    const table = new TableReader(state, file);
    const source = { quoted: sniff.quoted, bytes: sniff.bytes, text: sniff.text, exact: sniff.warning === undefined };
    const problems = await readRecords(file, sniff.encoding, detectDelimiter(sniff.head), (fields, line) => table.record(fields, line), source);
    reportCsvProblems(state, file, problems, table.headerLine);
    table.finish(problems.length > 0);
  } catch (error) {
    if (!isIoError(error)) throw error;
    sink.add({ severity: 'error', code: 'file-unreadable', file, problem: dataFileText.fileCannotBeRead(error.code, error.message), found: error.code, expected: dataFileText.readableFile });
  } finally {
    sink.endFile(file);
  }
}

function reportCsvProblems(state: LoadState, file: string, problems: readonly CsvProblem[], headerLine: number): void {
  for (const p of problems) {
    const unterminated = p.code === 'CSV_QUOTE_NOT_CLOSED';
    const problem = unterminated ? dataFileText.unterminatedQuote(p.line) : dataFileText.badRecord(p.line, p.message);
    const expected = unterminated ? dataFileText.closingQuote : dataFileText.wellFormedCsv;
    state.sink.add({ severity: 'error', code: 'csv-syntax', file, line: p.line, problem, found: unterminated ? dataFileText.unterminatedFound : p.code, expected });
    if (headerLine > 0 && p.line > headerLine) {
      state.tally.readRow(file);
      state.tally.skip(file, p.line, unterminated ? unusedText.unterminated : unusedText.error(dataFileText.badRecord(p.line, p.message)));
    }
  }
}

function isIoError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  const e = error as NodeJS.ErrnoException;
  return error instanceof Error && typeof e.code === 'string' && typeof e.syscall === 'string';
}
