import { describe, expect, it } from 'vitest';
import { directionOfChange, movementOf, preferenceOf, difference } from '../../src/diff/direction.js';
import type { Coded } from '../../src/core/types.js';

const t = (code: string, figures: Coded['figures'] = {}): Coded => ({ code, figures });
const move = (kind: string, target: Coded, from: number | null, to: number | null, toTarget = target) =>
  directionOfChange(kind, { value: from, target }, { value: to, target: toTarget });

describe('directionOfChange', () => {
  it('at_least: higher is better', () => {
    expect(move('at_least', t('at_least', { target: 95 }), 92, 98)).toBe('better');
    expect(move('at_least', t('at_least', { target: 95 }), 98, 92)).toBe('worse');
    expect(move('at_least', t('at_least', { target: 95 }), 92, 92)).toBe('same');
  });

  it('at_most: a falling mortality rate is better, a rising one worse', () => {
    expect(move('at_most', t('at_most', { target: 3.5 }), 4.0, 3.4)).toBe('better');
    expect(move('at_most', t('at_most', { target: 3.5 }), 3.4, 3.8)).toBe('worse');
  });

  it('trend_up and steady_rise prefer higher, trend_down and steady_fall lower', () => {
    expect(move('trend_up', t('trend_up'), 1, 2)).toBe('better');
    expect(move('steady_rise', t('steady_rise'), 2, 1)).toBe('worse');
    expect(move('trend_down', t('trend_down'), 40, 38)).toBe('better');
    expect(move('steady_fall', t('steady_fall'), 6.1, 6.4)).toBe('worse');
    expect(move('steady_fall', t('steady_fall'), 6.4, 5.5)).toBe('better');
  });

  it('gap: a narrower gap is better under gap_narrow, a wider one under gap_widen', () => {
    expect(move('gap', t('gap_narrow'), 3, 2)).toBe('better');
    expect(move('gap', t('gap_widen'), 3, 2)).toBe('worse');
  });

  it('approx: closer to the target is better, from either side', () => {
    const target = t('approx', { target: 50, tolerance: 2 });
    expect(move('approx', target, 55, 51)).toBe('better');
    expect(move('approx', target, 51, 47)).toBe('worse');
    expect(move('approx', target, 48, 52)).toBe('same');
  });

  it('compare follows its op; compare approx is judged against each year’s reference value', () => {
    expect(move('compare', t('compare', { op: 'at_least', otherValue: 78 }), 76, 77)).toBe('better');
    expect(move('compare', t('compare', { op: 'at_most', otherValue: 10 }), 9, 11)).toBe('worse');
    expect(move('compare', t('compare', { op: 'approx', otherValue: 40 }), 35, 41, t('compare', { op: 'approx', otherValue: 42 }))).toBe('better');
  });

  it('change_from_baseline and annual_change follow their direction', () => {
    expect(move('change_from_baseline', t('change_from_baseline', { direction: 'down', target: 8 }), 9, 8.5)).toBe('better');
    expect(move('change_from_baseline', t('change_from_baseline', { direction: 'up', target: 8 }), 9, 8.5)).toBe('worse');
    expect(move('annual_change', t('annual_change', { direction: 'down', amount: 0.5 }), -0.3, -0.6)).toBe('better');
  });

  it('each_unit uses its inner check', () => {
    expect(move('each_unit', t('each_unit', { innerCode: 'at_least', target: 90 }), 85, 88)).toBe('better');
    expect(move('each_unit', t('each_unit', { innerCode: 'at_most', target: 10 }), 8, 12)).toBe('worse');
  });

  it('has no direction for qualitative rules, unknown codes or a missing value', () => {
    expect(move('qualitative', t('qualitative'), 1, 2)).toBeNull();
    expect(move('mystery', t('mystery'), 1, 2)).toBeNull();
    expect(move('at_least', t('at_least'), null, 2)).toBeNull();
    expect(preferenceOf('qualitative', t('at_least'))).toBeNull();
  });

  it('treats floating-point noise as no change', () => {
    expect(difference(0.1, 0.3)).toBe(0.2);
    expect(move('at_least', t('at_least'), 0.1 + 0.2, 0.3)).toBe('same');
  });
});

describe('movementOf', () => {
  it('gives the delta and direction, or nulls when a side is missing', () => {
    const target = t('at_most', { target: 3.5 });
    expect(movementOf('at_most', { value: 3.4, target }, { value: 3.8, target })).toEqual({ delta: 0.4, direction: 'worse' });
    expect(movementOf('at_most', null, { value: 3.8, target })).toEqual({ delta: null, direction: null });
  });
});
