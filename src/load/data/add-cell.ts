// Turn one value cell of a resolved row into an observation and add it to the store; say why when it is not.
import { MARK } from '../../model/observation-table.js';
import { isWithin, rangeOf } from '../../core/value-range.js';
import type { Bilingual } from '../../i18n/bilingual.js';
import { unusedText } from '../../i18n/diagnostics/data-files.js';
import { dataRowText } from '../../i18n/diagnostics/data-rows.js';
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

/** Add the cell at `index` for `year`; undefined when it became (or filled) an observation, else the reason it did not. */
export function addCell(state: LoadState, row: RowContext, year: number, raw: string, index: number): Bilingual | undefined {
  const { resolved, file, line } = row;
  const column = index + 1;
  const isRule = resolved.kind === 'rule';
  const parsed = parseValue(raw, isRule ? '' : resolved.unit, isRule ? '' : row.unit, state.lookup.modelUnits);
  if (isRule && (parsed.kind === 'number' || parsed.kind === 'error')) {
    const where = columnLabel(row.names, index);
    const problem = dataRowText.takesAssessment(describeIndicator(resolved), quote(raw.trim()));
    state.sink.add({ severity: 'error', code: 'assessment-expected', file, line, column, problem: dataRowText.located(where, problem), found: raw, expected: dataRowText.expectedAssessment });
    return unusedText.error(problem);
  }
  if (parsed.kind === 'error') {
    const where = columnLabel(row.names, index);
    const suffix = parsed.code === 'incompatible-unit' && resolved.kind === 'indicator' ? dataRowText.theUnitOf(describeIndicator(resolved)) : { zh: '', en: '' };
    const problem = dataRowText.located(where, { zh: parsed.problem.zh + suffix.zh, en: parsed.problem.en + suffix.en });
    state.sink.add({ severity: 'error', code: parsed.code, file, line, column, problem, found: parsed.found, expected: parsed.expected });
    return unusedText.error(parsed.problem);
  }
  if (parsed.kind === 'number' && resolved.kind === 'indicator') {
    const range = (resolved.range ??= rangeOf(resolved.indicator));
    if (!isWithin(parsed.value, range)) {
      const where = columnLabel(row.names, index);
      const shown = dataRowText.range(range.min, range.max);
      const expected = dataRowText.valueInRange(shown, resolved.unit, describeIndicator(resolved));
      const problem = dataRowText.located(where, dataRowText.outOfRange(describeIndicator(resolved), `${parsed.value}${resolved.unit}`, shown));
      state.sink.add({ severity: 'error', code: 'value-out-of-range', file, line, column, problem, found: raw.trim(), expected });
      return unusedText.outOfRange(parsed.value, shown);
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
  const indicator = describeIndicator(resolved);
  const key = describeKey(year, row.dims);
  const subject = { zh: `${indicator.zh} ${key}`, en: `${indicator.en} ${key}` };
  if (outcome === 'redundant-missing') return unusedText.redundantMissing(subject, place(first.source));
  if (outcome === 'duplicate') {
    const problem = dataRowText.located(where, dataRowText.duplicateOf(place(first.source), subject, given));
    state.sink.add({ severity: 'info', code: 'duplicate-row', file, line, column, problem, found: given, expected: dataRowText.once });
    return unusedText.duplicate(place(first.source));
  }
  const before = show(first.assessment ?? first.value);
  const problem = dataRowText.located(where, dataRowText.conflicting(subject, before, place(first.source), given, `${file}:${line}`));
  state.sink.add({ severity: 'error', code: 'conflicting-values', file, line, column, problem, found: `${before} / ${given}`, expected: dataRowText.oneValue });
  return unusedText.conflict(place(first.source));
}

const ASSESSMENT_WORDS: ReadonlyArray<string | undefined> = [undefined, undefined, 'met', 'partial', 'not_met'];

function show(content: number | string | null): string {
  return content === null ? '—' : String(content);
}
