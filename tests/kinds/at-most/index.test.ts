import { describe, expect, it } from 'vitest';
import { judge, type ContextOptions, type SeriesSpec } from '../../helpers/kind-context.js';

const cases: Array<[string, SeriesSpec, ContextOptions, string, string]> = [
  ['exactly 12 against ≤ 12 passes at the deadline', { 2020: 15, 2025: 12 }, { year: 2025 }, 'pass', 'met-final'],
  ['12.01 against ≤ 12 fails at the deadline', { 2020: 15, 2025: 12.01 }, { year: 2025 }, 'fail', 'missed-final'],
  ['falling well below passes', { 2020: 10, 2021: 9, 2022: 8, 2023: 7 }, {}, 'pass', 'met-on-track'],
  ['below but rising past the target is at-risk', { 2020: 8, 2021: 9.5, 2022: 10.5, 2023: 11.5 }, {}, 'at-risk', 'met-projection-misses'],
  ['above but falling fast enough is at-risk', { 2020: 16, 2021: 15, 2022: 14, 2023: 13 }, {}, 'at-risk', 'missed-projection-meets'],
  ['above and flat fails', { 2020: 16, 2021: 16, 2022: 15.8, 2023: 15.9 }, {}, 'fail', 'missed-projection-misses'],
  ['aspirational above and flat is at-risk', { 2020: 16, 2021: 16, 2022: 15.8, 2023: 15.9 }, { aspirational: true }, 'at-risk', 'missed-projection-misses'],
];

describe('at_most', () => {
  it.each(cases)('%s', (_name, series, options, status, code) => {
    const verdict = judge({ kind: 'at_most', target: 12 }, series, { unit: '/10万', ...options });
    expect(verdict.status).toBe(status);
    expect(verdict.reason.code).toBe(code);
  });

  it('uses compound growth when the settings ask for it', () => {
    const verdict = judge({ kind: 'at_most', target: 12 }, { 2020: 16, 2023: 13.5 }, { settings: { projection: 'cagr' } });
    expect(verdict.projection?.method).toBe('cagr');
    // Shown to the inputs' precision plus one decimal: 12.054… → 12.05.
    expect(verdict.projected).toBe(Number((13.5 * Math.pow(13.5 / 16, 2 / 3)).toFixed(2)));
  });
});
