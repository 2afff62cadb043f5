// The rows of one table (a CSV file or a workbook sheet): title lines, the header, then data rows into the store.
import { detectLayout, type HeaderProblem } from './detect.js';
import type { LoadState } from './load-state.js';
import { RowReader } from './row-reader.js';

/** Lines of one non-empty cell above the header (a table title) are skipped, up to this many. */
const MAX_TITLE_LINES = 5;

export function filledCells(fields: readonly string[], stopAt: number): number {
  let filled = 0;
  for (const field of fields) {
    // A cell starting with a visible ASCII character is filled without trimming it.
    const c = field.charCodeAt(0);
    if (field !== '' && ((c > 32 && c < 127) || field.trim() !== '') && ++filled >= stopAt) break;
  }
  return filled;
}

/**
 * Takes a table's records in order (`line` is where each starts: a file line or a sheet row) and reads them as
 * the CSV loader always has; `file` is how diagnostics name the table.
 */
export class TableReader {
  headerLine = 0;
  /** The header's width once it is found (a sheet's rows are padded to it: a sheet has no short rows). */
  width = 0;
  private reader: RowReader | undefined;
  private notRead = '';
  private readonly titles: Array<{ line: number; problems: HeaderProblem[] }> = [];
  private readonly readBefore: number;

  constructor(
    private readonly state: LoadState,
    readonly file: string,
  ) {
    this.readBefore = state.tally.read;
  }

  /** Whether the header has been found (rows from now on are data rows). */
  get hasHeader(): boolean {
    return this.headerLine > 0;
  }

  record(fields: readonly string[], line: number): void {
    const { state, file } = this;
    const filled = filledCells(fields, 2);
    if (filled === 0) return;
    if (this.reader !== undefined) return this.reader.read(fields, line);
    if (this.headerLine > 0) {
      state.tally.readRow(file);
      return state.tally.skip(file, line, this.notRead);
    }
    const { layout, problems } = detectLayout(fields, state.headerNames);
    if (layout === undefined && filled === 1 && this.titles.length < MAX_TITLE_LINES) {
      this.titles.push({ line, problems });
      return;
    }
    this.headerLine = line;
    this.reportHeader(problems, line);
    if (layout !== undefined) {
      this.reader = new RowReader(state, file, layout, line);
      this.width = layout.width;
    }
    else this.notRead = `file not read: ${problems[0]?.problem ?? 'unusable header'}`;
    if (this.titles.length > 0) this.reportTitles(this.titles.map((t) => t.line));
  }

  /** After the last record; `readProblems` says whether reading itself failed somewhere (reported by the caller). */
  finish(readProblems: boolean): void {
    const { state, file, headerLine, titles } = this;
    const { sink, tally } = state;
    if (headerLine === 0 && titles[0] !== undefined) {
      this.reportHeader(titles[0].problems, titles[0].line);
    } else if (headerLine === 0 && !readProblems) {
      sink.add({ severity: 'error', code: 'empty-file', file, line: 1, problem: 'file has no header line (only empty cells)', found: 'no header', expected: 'a header line such as indicator,year,value, then data rows' });
    } else if (headerLine > 0 && tally.read === this.readBefore) {
      sink.add({ severity: 'warning', code: 'no-data-rows', file, line: headerLine, problem: 'file has a header but no data rows', found: 'no data rows', expected: 'at least one data row below the header' });
    }
    this.reader?.finish();
  }

  private reportHeader(problems: readonly HeaderProblem[], line: number): void {
    for (const p of problems) this.state.sink.add({ ...p, file: this.file, line });
  }

  private reportTitles(lines: number[]): void {
    const one = lines.length === 1;
    const problem = `line${one ? '' : 's'} ${lines.join(', ')} above the header ${one ? 'holds' : 'hold'} a single cell (a title?) and ${one ? 'is' : 'are'} skipped`;
    this.state.sink.add({ severity: 'info', code: 'title-row', file: this.file, line: lines[0], problem, found: 'a one-cell line', expected: 'the header line first' });
  }
}
