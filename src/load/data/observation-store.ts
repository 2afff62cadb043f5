// Holds one observation per (indicator, year, dims) and classifies repeats: duplicate, conflict, filled gap.
import type { Observation } from '../../model/data.js';

export type AddOutcome =
  /** New, or it replaced a missing value (null) given earlier. */
  | { kind: 'added' }
  /** Same value as before; the first is kept. */
  | { kind: 'duplicate'; first: Observation }
  /** A different value; the first is kept. */
  | { kind: 'conflict'; first: Observation }
  /** A missing value where a value is already known; the known one is kept. */
  | { kind: 'redundant-missing'; first: Observation };

const ADDED: AddOutcome = { kind: 'added' };

/** Year and dims combination as one number (a small integer for speed): dims id × 10000 + year. */
export function slotOf(dimsId: number, year: number): number {
  return dimsId * 10000 + year;
}

export class ObservationStore {
  readonly observations: Observation[] = [];
  /** Per indicator: slot → position in observations. */
  private readonly byIndicator = new Map<string, Map<number, number>>();

  add(slot: number, observation: Observation): AddOutcome {
    let slots = this.byIndicator.get(observation.indicator);
    if (slots === undefined) this.byIndicator.set(observation.indicator, (slots = new Map()));
    const index = slots.get(slot);
    if (index === undefined) {
      slots.set(slot, this.observations.push(observation) - 1);
      return ADDED;
    }
    const first = this.observations[index] as Observation;
    if (isMissing(first) && !isMissing(observation)) {
      this.observations[index] = observation;
      return ADDED;
    }
    if (isMissing(observation) && !isMissing(first)) return { kind: 'redundant-missing', first };
    return sameContent(first, observation) ? { kind: 'duplicate', first } : { kind: 'conflict', first };
  }

  get(indicator: string, slot: number): Observation | undefined {
    const index = this.byIndicator.get(indicator)?.get(slot);
    return index === undefined ? undefined : this.observations[index];
  }

  /** Replace an observation in place (a computed value for a missing one). */
  replace(indicator: string, slot: number, observation: Observation): void {
    const index = this.byIndicator.get(indicator)?.get(slot);
    if (index !== undefined) this.observations[index] = observation;
  }

  /** An indicator's observations with their slots (a snapshot, safe to add to while iterating). */
  entriesOf(indicator: string): Array<{ observation: Observation; slot: number }> {
    const slots = this.byIndicator.get(indicator);
    if (slots === undefined) return [];
    return [...slots].map(([slot, index]) => ({ observation: this.observations[index] as Observation, slot }));
  }
}

export function isMissing(o: Observation): boolean {
  return o.value === null && o.assessment === null;
}

function sameContent(a: Observation, b: Observation): boolean {
  if (a.assessment !== b.assessment) return false;
  if (a.value === null || b.value === null) return a.value === b.value;
  return Math.abs(a.value - b.value) <= 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value));
}
