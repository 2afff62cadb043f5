// Derived indicators: compute numerator / denominator × factor, fill gaps, and check given values against it.
import { dataFileText } from '../../i18n/diagnostics/data-files.js';
import { dataRowText } from '../../i18n/diagnostics/data-rows.js';
import { MARK } from '../../model/observation-table.js';
import type { Indicator } from '../../schema/indicator.js';
import { describeKey, place, type LoadState } from './load-state.js';

/** A given value agrees with the computed one when within either tolerance (rounding of published figures). */
export const DERIVED_TOLERANCE = { relative: 0.005, absolute: 0.05 };

/**
 * A computed ratio is shown and judged at a stated precision, so the figure an official reads is the one
 * judged: 4 decimals (10.4112 /10万), or 4 significant digits below 1 (0.03504). Also rounds away noise
 * such as 0.30000000000000004.
 */
export function tidy(value: number): number {
  const magnitude = Math.abs(value);
  if (!Number.isFinite(value) || magnitude === 0) return value;
  const decimals = magnitude < 1 ? Math.min(20, 3 - Math.floor(Math.log10(magnitude))) : 4;
  const rounded = Number(value.toFixed(decimals));
  return rounded === 0 ? 0 : rounded;
}

/** Derived indicators in an order where a derived part comes before the indicator that uses it. */
function derivationOrder(indicators: readonly Indicator[]): Indicator[] {
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const order: Indicator[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (ind: Indicator): void => {
    if (state.has(ind.id) || ind.derivation === undefined) return;
    state.set(ind.id, 'visiting');
    for (const part of [ind.derivation.numerator, ind.derivation.denominator]) {
      const dep = byId.get(part);
      if (dep !== undefined) visit(dep);
    }
    state.set(ind.id, 'done');
    order.push(ind);
  };
  indicators.forEach(visit);
  return order;
}

export function deriveIndicators(state: LoadState): void {
  for (const indicator of derivationOrder(state.model.indicators)) deriveOne(state, indicator);
}

function deriveOne(state: LoadState, indicator: Indicator): void {
  const { store, sink } = state;
  const table = store.table;
  const derivation = indicator.derivation;
  if (derivation === undefined) return;
  const { numerator, denominator, factor } = derivation;
  const label = dataRowText.indicator(indicator.name, indicator.id);
  const [denId, ownId] = [denominator, indicator.id].map((id) => table.idNumber(id)) as [number, number];
  // A snapshot of the numerator's series: adding derived values must not disturb the walk.
  for (const [dimsId, newest] of [...table.seriesOf(numerator)]) {
    const chain: number[] = [];
    for (let at = newest; at !== -1; at = table.older(at)) chain.push(at);
    // Oldest first: the order the rows were read, which the warnings follow.
    for (const num of chain.reverse()) {
      const numValue = table.value(num);
      const year = table.year(num);
      const den = table.find(denId, dimsId, year);
      const denValue = den === -1 ? null : table.value(den);
      if (numValue === null || denValue === null) continue;
      const subject = () => {
        const key = describeKey(year, table.dimsOf(dimsId));
        return { zh: `${label.zh} ${key}`, en: `${label.en} ${key}` };
      };
      if (denValue === 0) {
        const problem = dataFileText.zeroDenominator(subject(), denominator, place(table.source(den)), String(numValue), place(table.source(num)));
        sink.add({ severity: 'warning', code: 'zero-denominator', ...table.source(den), problem, found: '0', expected: dataFileText.nonZero });
        continue;
      }
      const computed = tidy((numValue / denValue) * (factor ?? 1));
      const given = table.find(ownId, dimsId, year);
      if (!Number.isFinite(computed)) {
        const problem = dataFileText.tooLarge(subject(), `${numValue} / ${denValue}`, `${place(table.source(num))}, ${place(table.source(den))}`);
        sink.add({ severity: 'warning', code: 'derived-not-finite', ...table.source(num), problem, found: `${numValue} / ${denValue}`, expected: dataFileText.finiteRatio });
        continue;
      }
      const [file, line, column] = table.sourceNumbers(num);
      if (given === -1) {
        store.add({ id: ownId, dimsId, year, mark: MARK.number, value: computed, file, line, column });
        continue;
      }
      if (table.mark(given) === MARK.missing) {
        table.overwrite(given, MARK.number, computed, file, line, column);
        continue;
      }
      const givenValue = table.value(given);
      if (givenValue === null) continue;
      const difference = Math.abs(givenValue - computed);
      const relative = difference / Math.max(Math.abs(givenValue), Math.abs(computed));
      if (difference > DERIVED_TOLERANCE.absolute && relative > DERIVED_TOLERANCE.relative) {
        const formula = `${numerator} / ${denominator}${factor === 1 ? '' : ` × ${factor}`}`;
        const parts = `${numValue} / ${denValue} (${place(table.source(num))}, ${place(table.source(den))})`;
        const problem = dataFileText.derivedMismatch(subject(), givenValue, place(table.source(given)), formula, parts, computed);
        sink.add({ severity: 'warning', code: 'derived-mismatch', ...table.source(given), problem, found: dataFileText.derivedFound(givenValue, computed), expected: dataFileText.agreeWithinRounding });
      }
    }
  }
}
