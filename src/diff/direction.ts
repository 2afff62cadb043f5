// Which way a value should move for a rule kind, and whether a change moved it towards the target.
import type { Coded } from '../core/types.js';
import type { Direction, Movement } from './types.js';

/** higher: bigger is better; lower: smaller is better; closer: nearer the target point is better. */
export type Preference = 'higher' | 'lower' | 'closer';

export interface Measured {
  value: number | null;
  target: Coded;
}

const round12 = (value: number) => Number(value.toPrecision(12));

/** to − from on numbers rounded to 12 significant digits: 0.3 − 0.1 is 0.2, and 0.1 + 0.2 against 0.3 is 0. */
export function difference(from: number, to: number): number {
  return round12(round12(to) - round12(from));
}

/**
 * The preferred direction, read from the coded target (each_unit uses its inner check):
 * at_least, trend_up, steady_rise, gap_widen → higher; at_most, trend_down, steady_fall, gap_narrow → lower;
 * approx → closer to the target; change_from_baseline and annual_change by their direction;
 * compare by its op (approx: closer to the reference value); qualitative and unknown codes → null.
 */
export function preferenceOf(kind: string, target: Coded): Preference | null {
  if (kind === 'qualitative') return null;
  const f = target.figures;
  switch (target.code) {
    case 'at_least':
    case 'trend_up':
    case 'steady_rise':
    case 'gap_widen':
      return 'higher';
    case 'at_most':
    case 'trend_down':
    case 'steady_fall':
    case 'gap_narrow':
      return 'lower';
    case 'approx':
      return 'closer';
    case 'change_from_baseline':
    case 'annual_change':
      return f.direction === 'down' ? 'lower' : 'higher';
    case 'compare':
      return f.op === 'at_least' ? 'higher' : f.op === 'at_most' ? 'lower' : f.op === 'approx' ? 'closer' : null;
    case 'each_unit':
      return typeof f.innerCode === 'string' && f.innerCode !== 'each_unit' ? preferenceOf(f.innerCode, { code: f.innerCode, figures: f }) : null;
    default:
      return null;
  }
}

/** The number a 'closer' preference aims at: the approx target, or the compared series' value. */
export function targetPoint(target: Coded): number | null {
  const f = target.figures;
  const point = target.code === 'compare' ? f.otherValue : f.target;
  return typeof point === 'number' ? point : null;
}

/** better / worse / same for the move from → to, judged by the preference of the newer side's target. */
export function directionOfChange(kind: string, from: Measured, to: Measured): Direction | null {
  if (from.value === null || to.value === null) return null;
  const preference = preferenceOf(kind, to.target);
  if (preference === null) return null;
  if (preference === 'closer') {
    const fromPoint = targetPoint(from.target) ?? targetPoint(to.target);
    const toPoint = targetPoint(to.target);
    if (fromPoint === null || toPoint === null) return null;
    const gain = difference(Math.abs(to.value - toPoint), Math.abs(from.value - fromPoint));
    return gain > 0 ? 'better' : gain < 0 ? 'worse' : 'same';
  }
  const delta = difference(from.value, to.value);
  if (delta === 0) return 'same';
  return (delta > 0) === (preference === 'higher') ? 'better' : 'worse';
}

/** The delta and direction between two numbers of one rule (value, or projected deadline value). */
export function movementOf(kind: string, from: Measured | null, to: Measured | null): Movement {
  if (!from || !to || from.value === null || to.value === null) return { delta: null, direction: null };
  return { delta: difference(from.value, to.value), direction: directionOfChange(kind, from, to) };
}
