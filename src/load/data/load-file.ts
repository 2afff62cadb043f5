// Load one data file: sniff, detect delimiter and layout, stream its rows into the shared state.
import { detectDelimiter, detectLayout, type HeaderProblem } from './detect.js';
import type { LoadState } from './load-state.js';
import { readRecords, type CsvProblem } from './read-records.js';
import { RowReader } from './row-reader.js';
import { sniffFile } from './sniff-file.js';

/** Lines of one non-empty cell above the header (a table title) are skipped, up to this many. */
const MAX_TITLE_LINES = 5;

function filledCells(fields: readonly string[], stopAt: number): number {
  let filled = 0;
  for (const field of fields) {
    // A cell starting with a visible ASCII character is filled without trimming it.
    const c = field.charCodeAt(0);
    if (field !== '' && ((c > 32 && c < 127) || field.trim() !== '') && ++filled >= stopAt) break;
  }
  return filled;
}

export async function loadFile(state: LoadState, file: string): Promise<void> {
  const { sink, tally } = state;
  sink.beginFile();
  try {
    const sniff = await sniffFile(file, state.encoding);
    if (!sniff.ok) return sink.add(sniff.finding);
    if (sniff.warning) sink.add(sniff.warning);
    let headerLine = 0;
    let reader: RowReader | undefined;
    let notRead = '';
    const titles: Array<{ line: number; problems: HeaderProblem[] }> = [];
    const readBefore = tally.read;
    const reportHeader = (problems: readonly HeaderProblem[], line: number): void => {
      for (const p of problems) sink.add({ ...p, file, line });
    };
    const source = { quoted: sniff.quoted, bytes: sniff.bytes, exact: sniff.warning === undefined };
    const problems = await readRecords(file, sniff.encoding, detectDelimiter(sniff.head), (fields, line) => {
      const filled = filledCells(fields, 2);
      if (filled === 0) return;
      if (reader !== undefined) return reader.read(fields, line);
      if (headerLine > 0) {
        tally.readRow(file);
        return tally.skip(file, line, notRead);
      }
      const { layout, problems: headerProblems } = detectLayout(fields, state.headerNames);
      if (layout === undefined && filled === 1 && titles.length < MAX_TITLE_LINES) {
        titles.push({ line, problems: headerProblems });
        return;
      }
      headerLine = line;
      reportHeader(headerProblems, line);
      if (layout !== undefined) reader = new RowReader(state, file, layout, line);
      else notRead = `file not read: ${headerProblems[0]?.problem ?? 'unusable header'}`;
      if (titles.length > 0) reportTitles(state, file, titles.map((t) => t.line));
    }, source);
    reportCsvProblems(state, file, problems, headerLine);
    if (headerLine === 0 && titles[0] !== undefined) {
      reportHeader(titles[0].problems, titles[0].line);
    } else if (headerLine === 0 && problems.length === 0) {
      sink.add({ severity: 'error', code: 'empty-file', file, line: 1, problem: 'file has no header line (only empty cells)', found: 'no header', expected: 'a header line such as indicator,year,value, then data rows' });
    } else if (headerLine > 0 && tally.read === readBefore) {
      sink.add({ severity: 'warning', code: 'no-data-rows', file, line: headerLine, problem: 'file has a header but no data rows', found: 'no data rows', expected: 'at least one data row below the header' });
    }
    reader?.finish();
  } catch (error) {
    if (!isIoError(error)) throw error;
    sink.add({ severity: 'error', code: 'file-unreadable', file, problem: `file cannot be read (${error.code}: ${error.message})`, found: error.code, expected: 'a readable file' });
  } finally {
    sink.endFile(file);
  }
}

function reportTitles(state: LoadState, file: string, lines: number[]): void {
  const one = lines.length === 1;
  const problem = `line${one ? '' : 's'} ${lines.join(', ')} above the header ${one ? 'holds' : 'hold'} a single cell (a title?) and ${one ? 'is' : 'are'} skipped`;
  state.sink.add({ severity: 'info', code: 'title-row', file, line: lines[0], problem, found: 'a one-cell line', expected: 'the header line first' });
}

function reportCsvProblems(state: LoadState, file: string, problems: readonly CsvProblem[], headerLine: number): void {
  for (const p of problems) {
    const unterminated = p.code === 'CSV_QUOTE_NOT_CLOSED';
    const problem = unterminated
      ? `unterminated quoted field: a " opened in the record starting at line ${p.line} is never closed, so the rest of the file is not read`
      : `the CSV record starting at line ${p.line} cannot be read (${p.message})`;
    const expected = unterminated ? 'a closing " for every opening "' : 'well-formed CSV';
    state.sink.add({ severity: 'error', code: 'csv-syntax', file, line: p.line, problem, found: unterminated ? 'an unterminated quote' : p.code, expected });
    if (headerLine > 0 && p.line > headerLine) {
      state.tally.readRow(file);
      state.tally.skip(file, p.line, unterminated ? 'error: unterminated quoted field (rest of the file)' : `error: ${p.message}`);
    }
  }
}

function isIoError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  const e = error as NodeJS.ErrnoException;
  return error instanceof Error && typeof e.code === 'string' && typeof e.syscall === 'string';
}
