// Read the data rows of one file (long or wide layout) into observations, counting every row.
import type { Layout } from './detect.js';
import { columnLabel } from './detect.js';
import { addCell, type RowContext } from './add-cell.js';
import type { DimsEntry } from './dimension-values.js';
import { FileFindings } from './file-findings.js';
import { Memo2, Memo3 } from './keyed-memo.js';
import type { LoadState } from './load-state.js';
import { planYears } from './load-state.js';
import type { Bilingual } from '../../i18n/bilingual.js';
import { unusedText } from '../../i18n/diagnostics/data-files.js';
import { dataRowText } from '../../i18n/diagnostics/data-rows.js';
import { rowText } from '../../i18n/guard-messages.js';
import { cleanCell, quote } from './normalize-text.js';
import { parseYear } from './parse-year.js';

export class RowReader {
  private readonly findings: FileFindings;
  private readonly planColumns: Layout['years'];
  /** Reused for every row: the cells are handled before the next row arrives. */
  private readonly row: RowContext;
  /** Dimension columns whose cell was filled in the row above, with that row's indicator (a merged cell may span the rows below). */
  private readonly mergedBlock = new Map<number, string>();
  /** The reasons rows are not used, made once per indicator and dimension (and unit): the same text for every such row. */
  private readonly undeclaredReasons = new Memo2<Bilingual>();
  private readonly unreadReasons = new Memo3<Bilingual>();

  constructor(
    private readonly state: LoadState,
    private readonly file: string,
    private readonly layout: Layout,
    headerLine: number,
  ) {
    this.findings = new FileFindings(state, file, layout.names, layout.width);
    const cell = { id: 0, dimsId: 0, year: 0, mark: 0, value: 0, file: state.store.table.fileNumber(file), line: 0, column: 0 };
    this.row = { file, line: 0, names: layout.names, resolved: { kind: 'rule', id: '' }, dims: {}, unit: '', cell };
    const { min, max } = state.model.years;
    this.planColumns = layout.years.filter((y) => y.year >= min && y.year <= max);
    const outside = layout.years.filter((y) => y.year < min || y.year > max);
    if (outside.length > 0) {
      const years = outside.map((y) => y.year).join(', ');
      const problem = dataRowText.yearColumnsOutside(years, outside.length);
      const column = (outside[0]?.index ?? 0) + 1;
      state.sink.add({ severity: 'info', code: 'year-outside-plan', file, line: headerLine, column, problem, found: years, expected: dataRowText.planYears(planYears(state.model)) });
    }
  }

  /** One data row (not blank); `line` is its first physical line. */
  read(fields: readonly string[], line: number): void {
    const tally = this.state.tally;
    tally.readRow(this.file);
    const reason = this.readRow(fields, line);
    if (reason === undefined) tally.used++;
    else tally.skip(this.file, line, reason);
  }

  finish(): void {
    this.findings.report();
  }

  private readRow(fields: readonly string[], line: number): Bilingual | undefined {
    const { layout, state } = this;
    if (fields.length > layout.width) {
      const extra = fields.findIndex((f, i) => i >= layout.width && f.trim() !== '');
      if (extra !== -1) {
        const found = fields[extra] ?? '';
        const problem = dataRowText.ragged(fields.length, layout.width, quote(found));
        return this.error('ragged-row', line, extra, problem, dataRowText.atMostFields(layout.width), found);
      }
    } else if (fields.length < layout.width) this.findings.shortRow(line, fields.length);
    const rawName = fields[layout.indicator] ?? '';
    const resolved = state.lookup.resolve(rawName);
    if (resolved === undefined) {
      const name = cleanCell(rawName);
      if (name === '') return this.error('missing-indicator', line, layout.indicator, dataRowText.emptyIndicator, dataRowText.indicatorExpected, '');
      this.findings.unknownIndicator(name, line, layout.indicator + 1);
      return unusedText.unknownIndicator(quote(name));
    }
    const row = this.row;
    row.line = line;
    row.cell.line = line;
    row.resolved = resolved;
    row.unit = layout.unit >= 0 ? cleanCell(fields[layout.unit]) : '';
    const unread = this.readDimensions(fields, row);
    if (unread !== undefined) return unread;
    if (layout.kind === 'long') return this.readLong(fields, row);
    if (this.planColumns.length === 0) return unusedText.noPlanYear(planYears(state.model));
    let firstReason: Bilingual | undefined;
    let used = false;
    for (let i = 0; i < this.planColumns.length; i++) {
      const { index, year } = this.planColumns[i]!;
      const reason = addCell(state, row, year, fields[index] ?? '', index);
      if (reason === undefined) used = true;
      else firstReason ??= reason;
    }
    return used ? undefined : firstReason;
  }

  private readLong(fields: readonly string[], row: RowContext): Bilingual | undefined {
    const { layout, state } = this;
    // parseYear cleans the cell itself, after its fast path for a plain 2024.
    const year = parseYear(fields[layout.year] ?? '');
    if (year === undefined) {
      const yearText = cleanCell(fields[layout.year]);
      const problem = yearText === '' ? dataRowText.emptyYear : dataRowText.notAYear(quote(yearText));
      return this.error('bad-year', row.line, layout.year, problem, dataRowText.expectedYear, yearText);
    }
    if (year < state.model.years.min || year > state.model.years.max) {
      this.findings.yearOutsidePlan(year, row.line);
      return unusedText.yearOutside(year, planYears(state.model));
    }
    return addCell(state, row, year, fields[layout.value] ?? '', layout.value);
  }

  /** The row's dimension cells; the reason the row is not used when it is broken down by a dimension no rule reads. */
  private readDimensions(fields: readonly string[], row: RowContext): Bilingual | undefined {
    const values = this.state.dimensionValues;
    const readable = row.resolved.kind === 'indicator' ? this.state.dimensionsOf.get(row.resolved.id) : undefined;
    let node = values.totalNode;
    let undeclared: string | undefined;
    // The units rules read, where they name them (W-HEALTH-M8c: 艾滋病 and 梅毒 only).
    const unitsRead = row.resolved.kind === 'indicator' ? this.state.unitsRead.get(row.resolved.id) : undefined;
    let unread: Bilingual | undefined;
    let leftover: { index: number; dimension: string } | undefined;
    // Indexed loops over the columns: each row runs them, mostly before V8 optimises anything.
    const dimensions = this.layout.dimensions;
    for (let i = 0; i < dimensions.length; i++) {
      const { index, id } = dimensions[i]!;
      const raw = fields[index] ?? '';
      const cell = values.read(id, raw);
      if (this.mergedLeftover(index, id, raw, cell.value, readable, row.resolved.id)) leftover ??= { index, dimension: id };
      if (cell.value === undefined) continue;
      if (!cell.known) this.findings.unknownDimensionValue(id, cell.value, row.line, index + 1);
      if (readable !== undefined && !readable.has(id) && undeclared === undefined) {
        undeclared = id;
        this.findings.undeclaredDimension(row.resolved.id, id, row.line, index + 1);
      }
      const only = unitsRead?.get(id);
      if (only !== undefined && !only.has(cell.value) && unread === undefined) {
        const { id: indicator } = row.resolved;
        const unit = cell.value;
        unread = this.unreadReasons.get(indicator, id, unit, () => rowText.unreadUnitRow(unit, id, indicator, [...only].join('、')));
        this.findings.unreadUnit(indicator, id, unit, only, row.line, index + 1);
      }
      node = values.child(node, id, cell.value);
    }
    // Only a row that reads as the county total is at stake: one with another unit filled in is that unit's figure.
    if (leftover !== undefined && node === values.totalNode && !saysTotal(fields)) this.findings.blankDimensionCell(leftover.dimension, leftover.index + 1, row.line);
    const entry = node.entry as DimsEntry;
    row.dims = entry.dims;
    row.cell.dimsId = this.state.store.table.dimsId(entry.dims, entry.id);
    if (undeclared === undefined) return unread;
    const resolved = row.resolved;
    return this.undeclaredReasons.get(resolved.id, undeclared, () => {
      const declared = resolved.kind === 'indicator' && resolved.indicator.dimensions?.length ? resolved.indicator.dimensions.join(', ') : '';
      return rowText.undeclaredRow(undeclared, resolved.id, declared);
    });
  }

  /**
   * A blank cell right below a filled one of the same indicator, whose indicator is reported by that dimension, is
   * what a merged cell leaves in an export: the row would silently read as the total. A total says so (合计, 全县).
   */
  private mergedLeftover(index: number, dimension: string, raw: string, value: string | undefined, readable: ReadonlySet<string> | undefined, indicator: string): boolean {
    if (value !== undefined) {
      this.mergedBlock.set(index, indicator);
      return false;
    }
    if (cleanCell(raw) === '' && this.mergedBlock.get(index) === indicator && readable?.has(dimension) === true) return true;
    this.mergedBlock.delete(index);
    return false;
  }

  private error(code: string, line: number, index: number, problem: Bilingual, expected: Bilingual, found: string): Bilingual {
    const where = columnLabel(this.layout.names, index);
    this.state.sink.add({ severity: 'error', code, file: this.file, line, column: index + 1, problem: dataRowText.located(where, problem), found, expected });
    return unusedText.error(problem);
  }
}

/** A row that calls itself a total anywhere (often in a note column): its blank unit cells are meant. */
function saysTotal(fields: readonly string[]): boolean {
  return fields.some((field) => /^\s*(?:合计|总计|全县|全县合计)\s*$/.test(field));
}
