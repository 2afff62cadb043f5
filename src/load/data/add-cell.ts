// Turn one value cell of a resolved row into an observation and add it to the store; say why when it is not.
import { MARK } from '../../model/observation-table.js';
import { describeRange, isWithin, rangeOf } from '../../core/value-range.js';
import { columnLabel } from './detect.js';
import type { ResolvedName } from './indicators-lookup.js';
import { describeIndicator } from './indicators-lookup.js';
import { describeKey, place, type LoadState } from './load-state.js';
import { quote } from './normalize-text.js';
import type { CellInput } from './observation-store.js';
import { parseValue } from './parse-value.js';

export interface RowContext {
  file: string;
  line: number;
  names: readonly string[];
  resolved: ResolvedName;
  dims: Readonly<Record<string, string>>;
  unit: string;
  /** The row's file number, line and dims id, filled in per cell with the rest; reused for every cell. */
  cell: CellInput;
}

const EXPECTED_ASSESSMENT = 'an assessment: met, partial or not_met (达标, 部分达标, 未达标), or empty when missing';
const ONCE = 'each indicator, year and dimensions once';
const ONE_VALUE = 'one value per indicator, year and dimensions';

/** Add the cell at `index` for `year`; undefined when it became (or filled) an observation, else the reason it did not. */
export function addCell(state: LoadState, row: RowContext, year: number, raw: string, index: number): string | undefined {
  const { resolved, file, line } = row;
  const column = index + 1;
  const isRule = resolved.kind === 'rule';
  const parsed = parseValue(raw, isRule ? '' : resolved.unit, isRule ? '' : row.unit, state.lookup.modelUnits);
  if (isRule && (parsed.kind === 'number' || parsed.kind === 'error')) {
    const where = columnLabel(row.names, index);
    const problem = `${describeIndicator(resolved)} takes an assessment, found ${quote(raw.trim())}`;
    state.sink.add({ severity: 'error', code: 'assessment-expected', file, line, column, problem: `${where}: ${problem}`, found: raw, expected: EXPECTED_ASSESSMENT });
    return `error: ${problem}`;
  }
  if (parsed.kind === 'error') {
    const where = columnLabel(row.names, index);
    const suffix = parsed.code === 'incompatible-unit' && resolved.kind === 'indicator' ? ` (the unit of ${describeIndicator(resolved)})` : '';
    const problem = `${where}: ${parsed.problem}${suffix}`;
    state.sink.add({ severity: 'error', code: parsed.code, file, line, column, problem, found: parsed.found, expected: parsed.expected });
    return `error: ${parsed.problem}`;
  }
  if (parsed.kind === 'number' && resolved.kind === 'indicator') {
    const range = (resolved.range ??= rangeOf(resolved.indicator));
    if (!isWithin(parsed.value, range)) {
      const where = columnLabel(row.names, index);
      const expected = `a value in ${describeRange(range)}${resolved.unit ? ` ${resolved.unit}` : ''} (the range of ${describeIndicator(resolved)}; an indicator that may exceed it declares range in indicators.yaml)`;
      const problem = `${where}: ${describeIndicator(resolved)} is ${parsed.value}${resolved.unit}, outside its range ${describeRange(range)}`;
      state.sink.add({ severity: 'error', code: 'value-out-of-range', file, line, column, problem, found: raw.trim(), expected });
      return `error: value ${parsed.value} outside the range ${describeRange(range)}`;
    }
  }
  const cell = row.cell;
  cell.year = year;
  cell.column = column;
  cell.id = resolved.idNumber ??= state.store.table.idNumber(resolved.id);
  cell.mark = parsed.kind === 'number' ? MARK.number : parsed.kind === 'assessment' ? MARK[parsed.assessment] : MARK.missing;
  cell.value = parsed.kind === 'number' ? parsed.value : 0;
  const outcome = state.store.add(cell);
  if (outcome === 'added') return undefined;
  // Rare from here on: messages name the first observation, so make it an object.
  const first = state.store.table.observation(state.store.lastFirst);
  const given = show(cell.mark === MARK.number ? cell.value : (ASSESSMENT_WORDS[cell.mark] ?? null));
  const where = columnLabel(row.names, index);
  const subject = `${describeIndicator(resolved)} ${describeKey(year, row.dims)}`;
  if (outcome === 'redundant-missing') return `missing value; ${subject} is given at ${place(first.source)}`;
  if (outcome === 'duplicate') {
    const problem = `${where}: duplicate of ${place(first.source)}: ${subject} is ${given} in both; only the first is kept`;
    state.sink.add({ severity: 'info', code: 'duplicate-row', file, line, column, problem, found: given, expected: ONCE });
    return `duplicate of ${place(first.source)}`;
  }
  const before = show(first.assessment ?? first.value);
  const problem = `${where}: conflicting values for ${subject}: ${before} at ${place(first.source)} and ${given} at ${file}:${line}; nothing is evaluated until one of them is removed`;
  state.sink.add({ severity: 'error', code: 'conflicting-values', file, line, column, problem, found: `${before} and ${given}`, expected: ONE_VALUE });
  return `conflicts with ${place(first.source)}`;
}

const ASSESSMENT_WORDS: ReadonlyArray<string | undefined> = [undefined, undefined, 'met', 'partial', 'not_met'];

function show(content: number | string | null): string {
  return content === null ? 'missing' : String(content);
}
