// Load one data file: sniff, detect delimiter and layout, stream its rows into the shared state.
import { detectDelimiter, detectLayout } from './detect.js';
import type { LoadState } from './load-state.js';
import { readRecords } from './read-records.js';
import { RowReader } from './row-reader.js';
import { sniffFile } from './sniff-file.js';

function isBlankRecord(fields: readonly string[]): boolean {
  for (const field of fields) if (field !== '' && field.trim() !== '') return false;
  return true;
}

export async function loadFile(state: LoadState, file: string): Promise<void> {
  const { sink, tally } = state;
  sink.beginFile();
  try {
    const sniff = await sniffFile(file, state.encoding);
    if (!sniff.ok) {
      sink.report(sniff.diagnostic);
      return;
    }
    if (sniff.warning) sink.report(sniff.warning);
    let headerLine = 0;
    let reader: RowReader | undefined;
    let notRead = '';
    const readBefore = tally.read;
    const problems = await readRecords(file, sniff.encoding, detectDelimiter(sniff.head), (fields, line) => {
      if (isBlankRecord(fields)) return;
      if (reader !== undefined) return reader.read(fields, line);
      if (headerLine > 0) {
        tally.read++;
        return tally.skip(file, line, notRead);
      }
      headerLine = line;
      const { layout, problems: headerProblems } = detectLayout(fields, state.headerNames);
      for (const p of headerProblems) {
        sink.report({ severity: p.severity, code: p.code, message: `${p.message}; expected ${p.expected}`, file, line, column: p.column, found: p.found, expected: p.expected });
      }
      if (layout !== undefined) reader = new RowReader(state, file, layout, line);
      else notRead = `file not read: ${headerProblems[0]?.message ?? 'unusable header'}`;
    });
    for (const p of problems) {
      const unterminated = p.code === 'CSV_QUOTE_NOT_CLOSED';
      const message = unterminated
        ? `unterminated quoted field: a " opened in the record starting at line ${p.line} is never closed, so the rest of the file is not read; expected a closing "`
        : `the CSV record starting at line ${p.line} cannot be read (${p.message}); expected well-formed CSV`;
      sink.report({ severity: 'error', code: 'csv-syntax', message, file, line: p.line, found: unterminated ? 'an unterminated quote' : p.code, expected: unterminated ? 'a closing " for every opening "' : 'well-formed CSV' });
      if (headerLine > 0 && p.line > headerLine) {
        tally.read++;
        tally.skip(file, p.line, unterminated ? 'error: unterminated quoted field (rest of the file)' : `error: ${p.message}`);
      }
    }
    if (headerLine === 0 && problems.length === 0) {
      sink.report({ severity: 'error', code: 'empty-file', message: 'file has no header line (only empty cells); expected a header line such as indicator,year,value', file, line: 1, found: 'no header', expected: 'a header line and data rows' });
    } else if (headerLine > 0 && tally.read === readBefore) {
      sink.report({ severity: 'warning', code: 'no-data-rows', message: 'file has a header but no data rows; expected at least one data row', file, line: headerLine, found: 'no data rows', expected: 'data rows below the header' });
    }
    reader?.finish();
  } catch (error) {
    if (!isIoError(error)) throw error;
    sink.report({ severity: 'error', code: 'file-unreadable', message: `file cannot be read (${error.code}: ${error.message}); expected a readable file`, file, found: error.code, expected: 'a readable file' });
  } finally {
    sink.endFile(file);
  }
}

function isIoError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}
