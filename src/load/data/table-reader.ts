// The rows of one table (a CSV file or a workbook sheet): title lines, the header, then data rows into the store.
import type { Bilingual } from '../../i18n/bilingual.js';
import { dataFileText, unusedText } from '../../i18n/diagnostics/data-files.js';
import { detectLayout, type HeaderProblem } from './detect.js';
import type { LoadState } from './load-state.js';
import { RowReader } from './row-reader.js';

/** Lines of one non-empty cell above the header (a table title) are skipped, up to this many. */
const MAX_TITLE_LINES = 5;

export function filledCells(fields: readonly string[], stopAt: number): number {
  let filled = 0;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
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
  private notRead: Bilingual = unusedText.fileNotRead(undefined);
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
    else this.notRead = unusedText.fileNotRead(problems[0]?.problem);
    if (this.titles.length > 0) this.reportTitles(this.titles.map((t) => t.line));
  }

  /** After the last record; `readProblems` says whether reading itself failed somewhere (reported by the caller). */
  finish(readProblems: boolean): void {
    const { state, file, headerLine, titles } = this;
    const { sink, tally } = state;
    if (headerLine === 0 && titles[0] !== undefined) {
      this.reportHeader(titles[0].problems, titles[0].line);
    } else if (headerLine === 0 && !readProblems) {
      sink.add({ severity: 'error', code: 'empty-file', file, line: 1, problem: dataFileText.noHeader, found: dataFileText.noHeaderFound, expected: dataFileText.headerThenRows });
    } else if (headerLine > 0 && tally.read === this.readBefore) {
      sink.add({ severity: 'warning', code: 'no-data-rows', file, line: headerLine, problem: dataFileText.noDataRows, found: dataFileText.noDataRowsFound, expected: dataFileText.oneDataRow });
    }
    this.reader?.finish();
  }

  private reportHeader(problems: readonly HeaderProblem[], line: number): void {
    for (const p of problems) this.state.sink.add({ ...p, file: this.file, line });
  }

  private reportTitles(lines: number[]): void {
    const problem = dataFileText.titleLines(lines.join(', '), lines.length);
    this.state.sink.add({ severity: 'info', code: 'title-row', file: this.file, line: lines[0], problem, found: dataFileText.oneCellLine, expected: dataFileText.headerFirst });
  }
}
