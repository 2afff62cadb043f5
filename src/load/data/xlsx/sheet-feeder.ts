// One sheet's rows into the table reader, with what only a sheet has: merged cells (a merged cell's value fills the
// rows it spans in its first column; a header merged over two rows is read as one), totals rows, formulas without
// a saved result.
import { workbookText } from '../../../i18n/diagnostics/workbooks.js';
import { columnLetters } from '../../../model/location.js';
import type { LoadState } from '../load-state.js';
import { cleanCell } from '../normalize-text.js';
import { TableReader, filledCells } from '../table-reader.js';
import type { CellText } from './cell-text.js';
import type { MergedRange } from './workbook-map.js';

const TOTALS = /^(?:合计|总计|小计|总数|共计|全县合计|total|totals|sum|subtotal)$/i;

export class SheetFeeder {
  readonly table: TableReader;
  private readonly fills = new Map<number, { text: string; until: number }>();
  private readonly mergesByTop = new Map<number, MergedRange[]>();
  /** The upper row of a header merged over two rows, waiting for the lower one. */
  private upper: { fields: string[]; line: number } | undefined;
  private totals: number[] = [];
  private readonly formulaProblems: Array<{ line: number; column: number; kind: 'no-result' | 'error-result' }> = [];

  constructor(
    private readonly state: LoadState,
    readonly label: string,
    merges: readonly MergedRange[],
  ) {
    this.table = new TableReader(state, label);
    for (const m of merges) {
      if (m.bottom === m.top) continue;
      let list = this.mergesByTop.get(m.top);
      if (list === undefined) this.mergesByTop.set(m.top, (list = []));
      list.push(m);
    }
  }

  /** A sheet row: `cells[i]` is column i + 1 (holes are empty cells). */
  row(line: number, cells: ReadonlyArray<CellText | undefined>): void {
    const fields: string[] = new Array<string>(cells.length);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i];
      fields[i] = cell?.text ?? '';
      if (cell?.formula !== undefined && this.formulaProblems.length < 100) this.formulaProblems.push({ line, column: i + 1, kind: cell.formula });
    }
    this.fillMerged(line, fields);
    const startsMerge = this.mergesByTop.has(line);
    if (!this.table.hasHeader) {
      if (this.upper !== undefined) {
        const upper = this.upper;
        this.upper = undefined;
        const joined = fields.map((f, i) => (f.trim() !== '' ? f : (upper.fields[i] ?? '')));
        for (let i = fields.length; i < upper.fields.length; i++) joined.push(upper.fields[i] ?? '');
        this.state.sink.add({ severity: 'info', code: 'header-rows-joined', file: this.label, line: upper.line, problem: workbookText.headerRowsJoined(upper.line, line), found: workbookText.twoRowHeader, expected: workbookText.oneRowHeader });
        return this.table.record(joined, upper.line);
      }
      if (startsMerge && filledCells(fields, 2) >= 2) {
        this.upper = { fields, line };
        return;
      }
      return this.table.record(fields, line);
    }
    if (this.isTotals(fields)) {
      this.totals.push(line);
      this.state.tally.readRow(this.label);
      this.state.tally.skip(this.label, line, workbookText.totalsUnused);
      return;
    }
    while (fields.length < this.table.width) fields.push('');
    this.table.record(fields, line);
  }

  finish(): void {
    if (this.upper !== undefined) this.table.record(this.upper.fields, this.upper.line);
    this.table.finish(false);
    const { sink } = this.state;
    if (this.totals.length > 0) {
      const rows = this.totals.join(', ');
      const problem = workbookText.totalsRows(rows, this.totals.length);
      sink.add({ severity: 'info', code: 'totals-row', file: this.label, line: this.totals[0], problem, found: workbookText.totalsFound, expected: workbookText.dataRowsOnly });
    }
    for (const p of this.formulaProblems) {
      const cell = `${columnLetters(p.column)}${p.line}`;
      const noResult = p.kind === 'no-result';
      const problem = noResult ? workbookText.formulaNoResult(cell) : workbookText.formulaError(cell);
      const expected = noResult ? workbookText.savedResult : workbookText.numberFormula;
      sink.add({ severity: 'warning', code: 'formula-without-value', file: this.label, line: p.line, column: p.column, problem, found: noResult ? workbookText.neverCalculated : workbookText.errorValue, expected });
    }
  }

  /** Merged cells spanning rows: the first column of each row below the top gets the top cell's value. */
  private fillMerged(line: number, fields: string[]): void {
    for (const m of this.mergesByTop.get(line) ?? []) this.fills.set(m.left, { text: fields[m.left - 1] ?? '', until: m.bottom });
    if (this.fills.size === 0) return;
    for (const [column, fill] of this.fills) {
      if (fill.until < line) {
        this.fills.delete(column);
        continue;
      }
      if ((fields[column - 1] ?? '') !== '') continue;
      while (fields.length < column) fields.push('');
      fields[column - 1] = fill.text;
    }
  }

  private isTotals(fields: readonly string[]): boolean {
    const first = fields.find((f) => f.trim() !== '');
    return first !== undefined && first.length <= 8 && TOTALS.test(cleanCell(first).replace(/\s+/g, ''));
  }
}
