// Turn one value cell of a resolved row into an observation and add it to the store; say why when it is not.
import type { Observation } from '../../model/data.js';
import { columnLabel } from './detect.js';
import type { ResolvedName } from './indicators-lookup.js';
import { describeIndicator } from './indicators-lookup.js';
import { describeKey, place, type LoadState } from './load-state.js';
import { quote } from './normalize-text.js';
import { slotOf } from './observation-store.js';
import { parseValue } from './parse-value.js';

export interface RowContext {
  file: string;
  line: number;
  names: readonly string[];
  resolved: ResolvedName;
  dims: Readonly<Record<string, string>>;
  dimsId: number;
  unit: string;
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
  const observation: Observation = {
    indicator: resolved.id,
    year,
    value: parsed.kind === 'number' ? parsed.value : null,
    assessment: parsed.kind === 'assessment' ? parsed.assessment : null,
    dims: row.dims,
    source: { file, line, column },
  };
  const outcome = state.store.add(slotOf(row.dimsId, year), observation);
  if (outcome.kind === 'added') return undefined;
  const where = columnLabel(row.names, index);
  const subject = `${describeIndicator(resolved)} ${describeKey(year, row.dims)}`;
  const first = outcome.first;
  if (outcome.kind === 'redundant-missing') return `missing value; ${subject} is given at ${place(first.source)}`;
  if (outcome.kind === 'duplicate') {
    const problem = `${where}: duplicate of ${place(first.source)}: ${subject} is ${show(observation)} in both; only the first is kept`;
    state.sink.add({ severity: 'info', code: 'duplicate-row', file, line, column, problem, found: show(observation), expected: ONCE });
    return `duplicate of ${place(first.source)}`;
  }
  const problem = `${where}: conflicting values for ${subject}: ${show(first)} at ${place(first.source)} and ${show(observation)} at ${file}:${line}; the first is kept`;
  state.sink.add({ severity: 'error', code: 'conflicting-values', file, line, column, problem, found: `${show(first)} and ${show(observation)}`, expected: ONE_VALUE });
  return `conflicts with ${place(first.source)}`;
}

function show(o: Observation): string {
  return o.assessment ?? (o.value === null ? 'missing' : String(o.value));
}
