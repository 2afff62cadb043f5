// Findings that repeat over many rows of a file, reported once per file with a count and the first line.
import type { Bilingual } from '../../i18n/bilingual.js';
import { dataRowText } from '../../i18n/diagnostics/data-rows.js';
import { columnLabel } from './detect.js';
import type { LoadState } from './load-state.js';
import { planYears } from './load-state.js';
import { rowText } from '../../i18n/guard-messages.js';
import { Memo2, Memo3 } from './keyed-memo.js';
import { quote } from './normalize-text.js';
import type { Dimension } from '../../schema/indicator.js';

interface Group {
  line: number;
  column: number;
  count: number;
}

export class FileFindings {
  private readonly indicators = new Map<string, Group>();
  /** dimension → value → group: nested, so a row costs two lookups and no new string. */
  private readonly dimensionValues = new Map<string, Map<string, Group & { dimension: string; raw: string }>>();
  private readonly outside = { count: 0, line: 0, years: new Set<number>() };
  private readonly shortRows = { count: 0, line: 0, fields: 0 };
  /** indicator → dimension → rows broken down by a dimension the indicator is not reported by. */
  private readonly undeclared = new Memo2<Group & { indicator: string; dimension: string }>();
  private readonly unread = new Memo3<Group & { indicator: string; dimension: string; unit: string; read: string }>();
  /** dimension → lines whose cell is blank below a filled one. */
  private readonly blanks = new Map<string, { column: number; lines: number[]; count: number }>();

  constructor(
    private readonly state: LoadState,
    private readonly file: string,
    private readonly names: readonly string[],
    private readonly width: number,
  ) {}

  unknownIndicator(raw: string, line: number, column: number): void {
    bump(this.indicators, raw, line, column);
  }

  unknownDimensionValue(dimension: string, raw: string, line: number, column: number): void {
    let byValue = this.dimensionValues.get(dimension);
    if (byValue === undefined) this.dimensionValues.set(dimension, (byValue = new Map()));
    const group = byValue.get(raw);
    if (group === undefined) byValue.set(raw, { line, column, count: 1, dimension, raw });
    else group.count++;
  }

  undeclaredDimension(indicator: string, dimension: string, line: number, column: number): void {
    this.undeclared.get(indicator, dimension, () => ({ line, column, count: 0, indicator, dimension })).count++;
  }

  /** `only`: the units rules read of this dimension. */
  unreadUnit(indicator: string, dimension: string, unit: string, only: ReadonlySet<string>, line: number, column: number): void {
    this.unread.get(indicator, dimension, unit, () => ({ line, column, count: 0, indicator, dimension, unit, read: [...only].join('、') })).count++;
  }

  blankDimensionCell(dimension: string, column: number, line: number): void {
    let group = this.blanks.get(dimension);
    if (group === undefined) this.blanks.set(dimension, (group = { column, lines: [], count: 0 }));
    if (group.count++ < LINES_SHOWN) group.lines.push(line);
  }

  yearOutsidePlan(year: number, line: number): void {
    if (this.outside.count++ === 0) this.outside.line = line;
    if (this.outside.years.size < 50) this.outside.years.add(year);
  }

  shortRow(line: number, fields: number): void {
    if (this.shortRows.count++ === 0) Object.assign(this.shortRows, { line, fields });
  }

  /** A unit not on the county's own list is an error: a misspelt township would otherwise count as another one. */
  private reportUnlistedUnit(g: UnlistedUnit, dimension: Dimension): void {
    const { sink, dimensionValues } = this.state;
    const list = dimension.list_file!.map((n) => `${n}.csv`).join(' / ');
    const problem = dataRowText.unlistedUnit(columnLabel(this.names, g.column - 1), g.raw, dimension.name, dimension.name_en, g.count, g.line);
    const expected = dataRowText.nameFromList(list);
    const near = sink.willShow(this.file, 'unlisted-unit') ? dimensionValues.suggest(g.dimension, g.raw) : [];
    const hint = near.length === 0 ? undefined : { zh: `${g.raw} → ${near.join(' / ')}？`, en: `${g.raw} → ${near.join(' / ')}?` };
    sink.add({ severity: 'error', code: 'unlisted-unit', file: this.file, line: g.line, column: g.column, problem, found: g.raw, expected, hint });
  }

  /** Emit one diagnostic per group. */
  report(): void {
    const { sink, lookup, dimensionValues, strict } = this.state;
    const severity = strict ? 'error' : 'warning';
    for (const [raw, g] of this.indicators) {
      const problem = dataRowText.unknownIndicator(columnLabel(this.names, g.column - 1), quote(raw), g.count, g.line);
      const expected = dataRowText.indicatorOrRule;
      // Suggestions cost a comparison with every known name: only for the diagnostics that will be shown.
      const hint = sink.willShow(this.file, 'unknown-indicator') ? didYouMean(lookup.suggest(raw)) : undefined;
      sink.add({ severity, code: 'unknown-indicator', file: this.file, line: g.line, column: g.column, problem, found: raw, expected, hint });
    }
    for (const g of [...this.dimensionValues.values()].flatMap((byValue) => [...byValue.values()])) {
      const listed = this.state.model.dimensions.find((d) => d.id === g.dimension);
      if (listed?.list_file !== undefined) {
        this.reportUnlistedUnit(g, listed);
        continue;
      }
      const problem = dataRowText.unknownDimensionValue(columnLabel(this.names, g.column - 1), quote(g.raw), g.dimension, g.count, g.line);
      const expected = dataRowText.dimensionValueExpected(g.dimension);
      const hint = sink.willShow(this.file, 'unknown-dimension-value') ? didYouMean(dimensionValues.suggest(g.dimension, g.raw)) : undefined;
      sink.add({ severity, code: 'unknown-dimension-value', file: this.file, line: g.line, column: g.column, problem, found: g.raw, expected, hint });
    }
    for (const g of this.undeclared.values()) {
      const declared = this.state.model.indicators.find((i) => i.id === g.indicator)?.dimensions ?? [];
      const problem = dataRowText.located(columnLabel(this.names, g.column - 1), rowText.undeclaredRows(g.indicator, g.dimension, rows(g)));
      const expected = dataRowText.undeclaredExpected(declared.join(', '), g.dimension);
      sink.add({ severity, code: 'undeclared-dimension', file: this.file, line: g.line, column: g.column, problem, found: g.dimension, expected });
    }
    for (const g of this.unread.values()) {
      const problem = dataRowText.located(columnLabel(this.names, g.column - 1), rowText.unreadUnitRows(g.unit, g.dimension, g.indicator, g.read, rows(g)));
      sink.add({ severity, code: 'unread-unit', file: this.file, line: g.line, column: g.column, problem, found: g.unit, expected: dataRowText.unreadUnitExpected(g.read, g.unit) });
    }
    for (const [dimension, g] of this.blanks) {
      const shown = g.lines.join(', ') + (g.count > g.lines.length ? ', …' : '');
      const problem = dataRowText.located(columnLabel(this.names, g.column - 1), rowText.blankCells(dimension, g.count, shown));
      const expected = rowText.blankCellsExpected(dimension);
      sink.add({ severity: 'warning', code: 'blank-dimension-cell', file: this.file, line: g.lines[0], column: g.column, problem, found: dataRowText.blankCellsFound, expected });
    }
    if (this.outside.count > 0) {
      const years = [...this.outside.years].sort((a, b) => a - b).join(', ');
      const { count, line } = this.outside;
      const problem = dataRowText.yearsOutside(count, years, line);
      sink.add({ severity: 'info', code: 'year-outside-plan', file: this.file, line, problem, found: years, expected: dataRowText.planYears(planYears(this.state.model)) });
    }
    if (this.shortRows.count > 0) {
      const s = this.shortRows;
      const problem = dataRowText.shortRows(s.count, s.line, s.fields, this.width);
      sink.add({ severity: 'warning', code: 'short-row', file: this.file, line: s.line, problem, found: dataRowText.fieldsFound(s.fields), expected: dataRowText.fieldsAsHeader(this.width) });
    }
  }
}

/** Lines listed in one message; the count says how many more. */
const LINES_SHOWN = 10;

export interface UnlistedUnit extends Group {
  dimension: string;
  raw: string;
}

function bump(groups: Map<string, Group>, key: string, line: number, column: number): void {
  const group = groups.get(key);
  if (group === undefined) groups.set(key, { line, column, count: 1 });
  else group.count++;
}

function didYouMean(labels: string[]): Bilingual | undefined {
  return labels.length === 0 ? undefined : dataRowText.didYouMean(labels.join(', '));
}

function rows(g: Group): Bilingual {
  return dataRowText.rowsCount(g.count, g.line);
}
