import { describe, expect, it } from 'vitest';
import { judge } from '../../helpers/kind-context.js';

describe('approx (保持在X左右)', () => {
  const check = { kind: 'approx', target: 40, tolerance: 1 } as const;
  it.each([
    ['exactly target − tolerance passes', { 2020: 38, 2025: 39 }, 'pass'],
    ['exactly target + tolerance passes', { 2020: 38, 2025: 41 }, 'pass'],
    ['outside on the high side fails', { 2020: 38, 2025: 41.5 }, 'fail'],
    ['outside on the low side fails', { 2020: 38, 2025: 38.9 }, 'fail'],
  ] as const)('%s', (_n, series, status) => {
    expect(judge(check, series, { year: 2025 }).status).toBe(status);
  });

  it('uses the settings tolerance when the rule gives none', () => {
    expect(judge({ kind: 'approx', target: 40 }, { 2025: 42.5 }, { year: 2025, settings: { tolerance: 3 } }).status).toBe('pass');
    expect(judge({ kind: 'approx', target: 40 }, { 2025: 42.5 }, { year: 2025 }).status).toBe('fail');
  });

  it('inside but drifting out by the deadline is at-risk', () => {
    const verdict = judge(check, { 2020: 39, 2021: 39.5, 2022: 40, 2023: 40.5 }, { settings: { warning_margin: 0 } });
    expect(verdict.status).toBe('at-risk');
    expect(verdict.reason.code).toBe('met-projection-misses');
  });
});
