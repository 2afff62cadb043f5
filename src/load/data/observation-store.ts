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

export class ObservationStore {
  readonly observations: Observation[] = [];
  /** Year and dims part of each observation's key, parallel to observations. */
  private readonly rests: string[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly byIndicator = new Map<string, number[]>();

  /** `rest` identifies the year and dims, e.g. "2021\u0000township=草海镇". */
  add(rest: string, observation: Observation): AddOutcome {
    const key = `${observation.indicator}\u0000${rest}`;
    const index = this.byKey.get(key);
    if (index === undefined) {
      this.append(key, rest, observation);
      return { kind: 'added' };
    }
    const first = this.observations[index] as Observation;
    if (isMissing(first) && !isMissing(observation)) {
      this.observations[index] = observation;
      return { kind: 'added' };
    }
    if (isMissing(observation) && !isMissing(first)) return { kind: 'redundant-missing', first };
    return sameContent(first, observation) ? { kind: 'duplicate', first } : { kind: 'conflict', first };
  }

  get(indicator: string, rest: string): Observation | undefined {
    const index = this.byKey.get(`${indicator}\u0000${rest}`);
    return index === undefined ? undefined : this.observations[index];
  }

  /** Replace an observation in place (a computed value for a missing one). */
  replace(indicator: string, rest: string, observation: Observation): void {
    const index = this.byKey.get(`${indicator}\u0000${rest}`);
    if (index !== undefined) this.observations[index] = observation;
  }

  /** Positions of an indicator's observations, with the year/dims key of each. */
  *entriesOf(indicator: string): Generator<{ observation: Observation; rest: string }> {
    for (const index of [...(this.byIndicator.get(indicator) ?? [])]) {
      yield { observation: this.observations[index] as Observation, rest: this.rests[index] as string };
    }
  }

  private append(key: string, rest: string, observation: Observation): void {
    const index = this.observations.push(observation) - 1;
    this.rests.push(rest);
    this.byKey.set(key, index);
    const list = this.byIndicator.get(observation.indicator);
    if (list === undefined) this.byIndicator.set(observation.indicator, [index]);
    else list.push(index);
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
