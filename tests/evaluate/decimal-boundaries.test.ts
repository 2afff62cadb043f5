// For every numeric kind: a value exactly on its boundary, given as a decimal, is met; one unit of the
// last decimal beyond it is not. Binary floating point got these wrong (117.7 → 117.4 is not a fall of 0.3).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Check } from '../../src/kinds/checks.js';
import { evaluateCheck } from '../../src/kinds/registry.js';
import { contextFor, judge, observations, type ContextOptions } from '../helpers/kind-context.js';

/** The decimal n × 10^-d as the number a CSV cell "n/10^d" parses to: dec(1177, 1) = 117.7. */
const dec = (n: number, d: number) => Number((n / 10 ** d).toFixed(d));

// A scaled integer and its decimals: 0–3 decimals, values up to 9999.999.
const decimals = fc.integer({ min: 0, max: 3 });
const scaled = fc.integer({ min: 1, max: 9_999_999 });
const final: ContextOptions = { year: 2025, deadline: 2025, unit: '' };
const met = (check: Check, series: Record<number, number>, options: ContextOptions = final) => judge(check, series, options).status === 'pass';

describe('exact decimal boundaries, per kind', () => {
  it('at_least: target − tolerance is met, one unit less is not', () => {
    fc.assert(
      fc.property(decimals, scaled, fc.integer({ min: 0, max: 500 }), (d, b, t) => {
        const check: Check = { kind: 'at_least', target: dec(b + t, d), tolerance: dec(t, d) };
        return met(check, { 2025: dec(b, d) }) && !met(check, { 2025: dec(b - 1, d) });
      }),
    );
  });

  it('at_most: target + tolerance is met, one unit more is not', () => {
    fc.assert(
      fc.property(decimals, scaled, fc.integer({ min: 0, max: 500 }), (d, b, t) => {
        const check: Check = { kind: 'at_most', target: dec(b, d), tolerance: dec(t, d) };
        return met(check, { 2025: dec(b + t, d) }) && !met(check, { 2025: dec(b + t + 1, d) });
      }),
    );
  });

  it('approx: both edges of the band are met, one unit outside is not', () => {
    fc.assert(
      fc.property(decimals, fc.integer({ min: 1000, max: 9_999_999 }), fc.integer({ min: 1, max: 999 }), (d, x, t) => {
        const check: Check = { kind: 'approx', target: dec(x, d), tolerance: dec(t, d) };
        return met(check, { 2025: dec(x - t, d) }) && met(check, { 2025: dec(x + t, d) }) && !met(check, { 2025: dec(x - t - 1, d) }) && !met(check, { 2025: dec(x + t + 1, d) });
      }),
    );
  });

  it('change_from_baseline: exactly the baseline scaled by the percent is met, one unit beyond is not', () => {
    fc.assert(
      fc.property(decimals, scaled, fc.integer({ min: 1, max: 99 }), (d, b, p) => {
        // b × (1 − p/100) has d + 2 decimals.
        const check: Check = { kind: 'change_from_baseline', direction: 'down', percent: p };
        const target = dec(b * (100 - p), d + 2);
        return met(check, { 2020: dec(b, d), 2025: target }) && !met(check, { 2020: dec(b, d), 2025: dec(b * (100 - p) + 1, d + 2) });
      }),
    );
  });

  it('trend_up / trend_down with min_change: a change of exactly min_change is met, one unit less is not', () => {
    fc.assert(
      fc.property(decimals, scaled, fc.integer({ min: 1, max: 5000 }), (d, b, m) => {
        const up: Check = { kind: 'trend_up', min_change: dec(m, d) };
        const down: Check = { kind: 'trend_down', min_change: dec(m, d) };
        return (
          met(up, { 2020: dec(b, d), 2025: dec(b + m, d) }) &&
          !met(up, { 2020: dec(b, d), 2025: dec(b + m - 1, d) }) &&
          met(down, { 2020: dec(b + m, d), 2025: dec(b, d) }) &&
          !met(down, { 2020: dec(b + m, d), 2025: dec(b + 1, d) })
        );
      }),
    );
  });

  it('steady_rise: a dip of exactly max_dip is steady, one unit more is not', () => {
    fc.assert(
      fc.property(decimals, scaled, fc.integer({ min: 1, max: 500 }), (d, b, dip) => {
        const check: Check = { kind: 'steady_rise', max_dip: dec(dip, d) };
        const series = (fall: number) => ({ 2020: dec(b, d), 2021: dec(b + 2 * dip + 2, d), 2022: dec(b + 2 * dip + 2 - fall, d) });
        const options = { year: 2022, deadline: 2022, unit: '' };
        return met(check, series(dip), options) && !met(check, series(dip + 1), options);
      }),
    );
  });

  it('steady_fall: a yearly rise of exactly max_rise is tolerated, one unit more is not', () => {
    fc.assert(
      fc.property(decimals, fc.integer({ min: 100_000, max: 9_999_999 }), fc.integer({ min: 1, max: 500 }), (d, s, r) => {
        const check: Check = { kind: 'steady_fall', max_rise: dec(r, d) };
        const series = (rise: number) => ({ 2020: dec(s + 10 * r, d), 2021: dec(s, d), 2022: dec(s + rise, d) });
        const options = { year: 2022, deadline: 2022, unit: '' };
        return met(check, series(r), options) && !met(check, series(r + 1), options);
      }),
    );
  });

  it('annual_change each_year: a change of exactly the amount is met, one unit less is not', () => {
    fc.assert(
      fc.property(decimals, fc.integer({ min: 10_000, max: 9_999_999 }), fc.integer({ min: 1, max: 5000 }), (d, s, a) => {
        const check: Check = { kind: 'annual_change', direction: 'down', amount: dec(a, d) };
        const options = { year: 2021, deadline: 2021, unit: '' };
        return met(check, { 2020: dec(s, d), 2021: dec(s - a, d) }, options) && !met(check, { 2020: dec(s, d), 2021: dec(s - a + 1, d) }, options);
      }),
    );
  });

  it('annual_change average: an average change of exactly the amount is met, one unit less in total is not', () => {
    fc.assert(
      fc.property(decimals, fc.integer({ min: 50_000, max: 9_999_999 }), fc.integer({ min: 1, max: 5000 }), (d, s, a) => {
        const check: Check = { kind: 'annual_change', direction: 'up', amount: dec(a, d), reading: 'average' };
        return met(check, { 2020: dec(s, d), 2025: dec(s + 5 * a, d) }) && !met(check, { 2020: dec(s, d), 2025: dec(s + 5 * a - 1, d) });
      }),
    );
  });

  it('compare: exactly the reference minus the tolerance is met, one unit less is not', () => {
    fc.assert(
      fc.property(decimals, scaled, fc.integer({ min: 0, max: 500 }), (d, o, t) => {
        const check: Check = { kind: 'compare', op: 'at_least', other: 'ref', tolerance: dec(t, d) };
        const run = (own: number) =>
          evaluateCheck(check, contextFor(observations('x', { 2025: own }), { ...final, extra: observations('ref', { 2025: dec(o + t, d) }) })).status;
        return run(dec(o, d)) === 'pass' && run(dec(o - 1, d)) !== 'pass';
      }),
    );
  });

  it('gap: a gap narrowed by exactly min_change is met, one unit less is not', () => {
    fc.assert(
      fc.property(decimals, scaled, fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 100_000 }), (d, g, m, base) => {
        const check: Check = { kind: 'gap', dimension: 'area', groups: ['农村', '城镇'], direction: 'narrow', min_change: dec(m, d) };
        const run = (later: number) => {
          const rows = [
            ...observations('x', { 2020: dec(base + g + m, d), 2025: dec(base + later, d) }, { area: '农村' }),
            ...observations('x', { 2020: dec(base, d), 2025: dec(base, d) }, { area: '城镇' }),
          ];
          return evaluateCheck(check, contextFor(rows, final)).status;
        };
        return run(g) === 'pass' && run(g + 1) !== 'pass';
      }),
    );
  });

  it('each_unit: a unit exactly on the boundary is met, one unit of the last decimal below is not', () => {
    fc.assert(
      fc.property(decimals, scaled, (d, b) => {
        const check: Check = { kind: 'each_unit', dimension: 'township', check: { kind: 'at_least', target: dec(b, d) } };
        const run = (value: number) =>
          evaluateCheck(check, contextFor([...observations('x', { 2025: value }, { township: '甲镇' })], { ...final, dimensions: [{ id: 'township', values: ['甲镇'] }] })).status;
        return run(dec(b, d)) === 'pass' && run(dec(b - 1, d)) !== 'pass';
      }),
    );
  });
});

describe('exact decimal boundaries, kinds over several series', () => {
  it('cumulative: yearly figures that sum exactly to the target reach it, one unit less does not', () => {
    fc.assert(
      fc.property(decimals, fc.array(fc.integer({ min: 1, max: 99_999 }), { minLength: 5, maxLength: 5 }), (d, parts) => {
        const years = [2021, 2022, 2023, 2024, 2025];
        const total = parts.reduce((a, b) => a + b, 0);
        const series = Object.fromEntries(years.map((y, i) => [y, dec(parts[i]!, d)]));
        return met({ kind: 'cumulative', target: dec(total, d) }, series) && !met({ kind: 'cumulative', target: dec(total + 1, d) }, series);
      }),
    );
  });

  it('each_site: a site exactly on the minimum meets it, one unit below does not', () => {
    fc.assert(
      fc.property(decimals, scaled, (d, b) => {
        const run = (value: number) =>
          evaluateCheck({ kind: 'each_site', target: dec(b, d), dimension: 'site' }, contextFor(observations('x', { 2025: value }, { site: '甲校' }), final)).status;
        return run(dec(b, d)) === 'pass' && run(dec(b - 1, d)) !== 'pass';
      }),
    );
  });
});

describe('the boundary cases the issue reported', () => {
  const at = (year: number): ContextOptions => ({ year, deadline: year });
  it.each([
    ['117.7 → 117.4 is a fall of 0.3', { kind: 'annual_change', direction: 'down', amount: 0.3 }, { 2020: 117.7, 2021: 117.4 }, at(2021)],
    ['64.1 → 63.6 is a fall of 0.5', { kind: 'annual_change', direction: 'down', amount: 0.5 }, { 2020: 64.1, 2021: 63.6 }, at(2021)],
    ['0.3 → 0.1 is a fall of 0.2', { kind: 'annual_change', direction: 'down', amount: 0.2 }, { 2020: 0.3, 2021: 0.1 }, at(2021)],
    ['16.9 is within 17.1 ± 0.2', { kind: 'approx', target: 17.1, tolerance: 0.2 }, { 2025: 16.9 }, at(2025)],
    ['63.4 is within 64.4 ± 1', { kind: 'approx', target: 64.4 }, { 2025: 63.4 }, at(2025)],
    ['63.4 meets 达到64.4左右', { kind: 'at_least', target: 64.4, approximate: true }, { 2025: 63.4 }, at(2025)],
    ['50.6 meets 控制在50.3左右 (tolerance 0.3)', { kind: 'at_most', target: 50.3, approximate: true, tolerance: 0.3 }, { 2025: 50.6 }, at(2025)],
    ['50 → 51 is a rise of min_change 1', { kind: 'trend_up', min_change: 1 }, { 2020: 50, 2025: 51 }, at(2025)],
  ] as Array<[string, Check, Record<number, number>, ContextOptions]>)('%s', (_name, check, series, options) => {
    expect(judge(check, series, options).status).toBe('pass');
  });

  it('values and projections carry no binary noise', () => {
    const change = judge({ kind: 'annual_change', direction: 'down', amount: 0.05 }, { 2020: 95.3, 2021: 95.2 }, at(2021));
    expect(change.value).toBe(-0.1);
    const projected = judge({ kind: 'at_least', target: 50 }, { 2020: 57.1, 2021: 58.2, 2022: 59.3, 2023: 60.4 }, { year: 2023, deadline: 2024 }).projected;
    expect(projected).toBe(61.5);
  });
});
