import { describe, expect, it } from 'vitest';
import { judge } from '../../helpers/kind-context.js';

describe('trend_up (逐步提高)', () => {
  it.each([
    ['above the baseline and rising passes', { 2020: 20, 2021: 21, 2022: 22, 2023: 23 }, 2023, 'pass', 'met-on-track'],
    ['equal to the baseline is not a rise', { 2020: 20, 2025: 20 }, 2025, 'fail', 'missed-final'],
    ['barely above the baseline is at-risk (within the warning margin)', { 2020: 20, 2021: 20.1, 2022: 20.2, 2023: 20.3 }, 2023, 'at-risk', 'met-near-boundary'],
    ['below the baseline with a recovery the least-squares line does not carry to the deadline fails', { 2020: 20, 2021: 17, 2022: 18, 2023: 19.5 }, 2023, 'fail', 'missed-projection-misses'],
    ['below and falling fails', { 2020: 20, 2021: 19, 2022: 18, 2023: 17 }, 2023, 'fail', 'missed-projection-misses'],
    ['no baseline value is no-data', { 2021: 20, 2022: 21 }, 2023, 'no-data', 'no-baseline'],
    ['only the baseline, evaluated in the baseline year, is no-data', { 2020: 20 }, 2020, 'no-data', 'only-baseline'],
    ['only the baseline, evaluated later, is no-data for want of that year\'s value', { 2020: 20 }, 2023, 'no-data', 'no-current-value'],
  ] as const)('%s', (_n, series, year, status, code) => {
    const verdict = judge({ kind: 'trend_up' }, series, { year });
    expect(verdict.status).toBe(status);
    expect(verdict.reason.code).toBe(code);
  });

  it('min_change demands a rise of at least that much', () => {
    expect(judge({ kind: 'trend_up', min_change: 2 }, { 2020: 20, 2025: 21 }, { year: 2025 }).status).toBe('fail');
    expect(judge({ kind: 'trend_up', min_change: 2 }, { 2020: 20, 2025: 22.5 }, { year: 2025 }).status).toBe('pass');
  });
});
