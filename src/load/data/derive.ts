// Derived indicators: compute numerator / denominator × factor, fill gaps, and check given values against it.
import type { Observation } from '../../model/data.js';
import type { Indicator } from '../../schema/indicator.js';
import { describeKey, place, type LoadState } from './load-state.js';
import { isMissing } from './observation-store.js';

/** A given value agrees with the computed one when within either tolerance (rounding of published figures). */
export const DERIVED_TOLERANCE = { relative: 0.005, absolute: 0.05 };

/** Round away floating-point noise such as 0.30000000000000004. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
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
  const derivation = indicator.derivation;
  if (derivation === undefined) return;
  const { numerator, denominator, factor } = derivation;
  const label = `${indicator.name} (${indicator.id})`;
  for (const { observation: num, slot } of store.entriesOf(numerator)) {
    const den = store.get(denominator, slot);
    if (num.value === null || den === undefined || den.value === null) continue;
    const subject = `${label} ${describeKey(num.year, num.dims)}`;
    const given = store.get(indicator.id, slot);
    if (den.value === 0) {
      const problem = `cannot compute ${subject}: the denominator ${denominator} is 0 at ${place(den.source)} (numerator ${num.value} at ${place(num.source)})`;
      sink.add({ severity: 'warning', code: 'zero-denominator', ...den.source, problem, found: '0', expected: 'a non-zero denominator' });
      continue;
    }
    const computed = tidy((num.value / den.value) * (factor ?? 1));
    if (given === undefined || isMissing(given)) {
      const observation: Observation = { indicator: indicator.id, year: num.year, value: computed, assessment: null, dims: num.dims, source: num.source };
      if (given === undefined) store.add(slot, observation);
      else store.replace(indicator.id, slot, observation);
      continue;
    }
    if (given.value === null) continue;
    const difference = Math.abs(given.value - computed);
    const relative = difference / Math.max(Math.abs(given.value), Math.abs(computed));
    if (difference > DERIVED_TOLERANCE.absolute && relative > DERIVED_TOLERANCE.relative) {
      const formula = `${numerator} / ${denominator}${factor === 1 ? '' : ` × ${factor}`}`;
      const parts = `${num.value} / ${den.value} (${place(num.source)}, ${place(den.source)})`;
      const problem = `${subject} is given as ${given.value} at ${place(given.source)} but ${formula} = ${parts} gives ${computed}; the given value is used`;
      const expected = 'the given and the computed value to agree within rounding (0.5 % or 0.05)';
      sink.add({ severity: 'warning', code: 'derived-mismatch', ...given.source, problem, found: `${given.value} given, ${computed} computed`, expected });
    }
  }
}
