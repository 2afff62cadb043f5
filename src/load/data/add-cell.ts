// Turn one value cell of a resolved row into an observation and add it to the store; say why when it is not.
import type { Observation } from '../../model/data.js';
import { columnLabel } from './detect.js';
import type { ResolvedName } from './indicators-lookup.js';
import { describeIndicator } from './indicators-lookup.js';
import { describeKey, place, type LoadState } from './load-state.js';
import { quote } from './normalize-text.js';
import { parseValue } from './parse-value.js';

export interface RowContext {
  file: string;
  line: number;
  names: readonly string[];
  resolved: ResolvedName;
  dims: Readonly<Record<string, string>>;
  dimsKey: string;
  unit: string;
}

const EXPECTED_ASSESSMENT = 'an assessment: met, partial or not_met (达标, 部分达标, 未达标), or empty when missing';

/** Add the cell at `index` for `year`; undefined when it became (or filled) an observation, else the reason it did not. */
export function addCell(state: LoadState, row: RowContext, year: number, raw: string, index: number): string | undefined {
  const { resolved, file, line } = row;
  const column = index + 1;
  const where = columnLabel(row.names, index);
  const isRule = resolved.kind === 'rule';
  const parsed = parseValue(raw, isRule ? '' : resolved.unit, isRule ? '' : row.unit, state.lookup.modelUnits);
  if (isRule && (parsed.kind === 'number' || parsed.kind === 'error')) {
    const problem = `${describeIndicator(resolved)} takes an assessment, found ${quote(raw.trim())}`;
    state.sink.report({ severity: 'error', code: 'assessment-expected', message: `${where}: ${problem}; expected ${EXPECTED_ASSESSMENT}`, file, line, column, found: raw, expected: EXPECTED_ASSESSMENT });
    return `error: ${problem}`;
  }
  if (parsed.kind === 'error') {
    const suffix = parsed.code === 'incompatible-unit' && resolved.kind === 'indicator' ? ` (the unit of ${describeIndicator(resolved)})` : '';
    state.sink.report({ severity: 'error', code: parsed.code, message: `${where}: ${parsed.problem}${suffix}; expected ${parsed.expected}`, file, line, column, found: parsed.found, expected: parsed.expected });
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
  const outcome = state.store.add(`${year}\u0000${row.dimsKey}`, observation);
  if (outcome.kind === 'added') return undefined;
  const subject = `${describeIndicator(resolved)} ${describeKey(year, row.dims)}`;
  const first = outcome.first;
  if (outcome.kind === 'redundant-missing') return `missing value; ${subject} is given at ${place(first.source)}`;
  if (outcome.kind === 'duplicate') {
    const message = `${where}: duplicate of ${place(first.source)}: ${subject} is ${show(observation)} in both; only the first is kept`;
    state.sink.report({ severity: 'info', code: 'duplicate-row', message, file, line, column, found: show(observation), expected: 'each indicator, year and dimensions once' });
    return `duplicate of ${place(first.source)}`;
  }
  const message = `${where}: conflicting values for ${subject}: ${show(first)} at ${place(first.source)} and ${show(observation)} at ${file}:${line}; the first is kept`;
  state.sink.report({ severity: 'error', code: 'conflicting-values', message: `${message}; expected one value per indicator, year and dimensions`, file, line, column, found: `${show(first)} and ${show(observation)}`, expected: 'one value per indicator, year and dimensions' });
  return `conflicts with ${place(first.source)}`;
}

function show(o: Observation): string {
  return o.assessment ?? (o.value === null ? 'missing' : String(o.value));
}
