import { describe, expect, it } from 'vitest';
import { judge } from '../../helpers/kind-context.js';

describe('trend_down (持续下降)', () => {
  it.each([
    ['below the baseline passes at the deadline', { 2020: 40, 2025: 38 }, 2025, 'pass'],
    ['above the baseline fails at the deadline', { 2020: 40, 2025: 41 }, 2025, 'fail'],
    ['barely below the baseline is at-risk before the deadline', { 2020: 40, 2021: 39.8, 2022: 39.6, 2023: 39.5 }, 2023, 'at-risk'],
  ] as const)('%s', (_n, series, year, status) => {
    expect(judge({ kind: 'trend_down' }, series, { year }).status).toBe(status);
  });
});
