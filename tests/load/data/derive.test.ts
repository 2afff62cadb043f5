import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tidy } from '../../../src/load/data/derive.js';
import { loadData } from '../../../src/load/data/index.js';
import { balanced, byCode, MODEL, plain, tempDir } from './test-model.js';

const t = { dir: '', write: async (_n: string, _c: string | Uint8Array) => '', cleanup: async () => {} };
beforeAll(async () => Object.assign(t, await tempDir()));
afterAll(() => t.cleanup());

async function load(csv: string) {
  const file = await t.write(`d${Math.random().toString(36).slice(2)}.csv`, csv);
  const result = await loadData([file], MODEL);
  expect(balanced(result)).toBe(true);
  return { file, result };
}

const mmr = (result: Awaited<ReturnType<typeof load>>['result']) => result.observations.filter((o) => o.indicator === 'maternal_mortality');

describe('derived indicators (maternal_mortality = maternal_deaths / live_births × 100000)', () => {
  it('computes a missing derived value from its parts, with the numerator row as source', async () => {
    const { file, result } = await load('indicator,year,value,area\nmaternal_deaths,2021,3,\nlive_births,2021,25000,\nmaternal_deaths,2021,1,农村\nlive_births,2021,10000,农村\n');
    expect(mmr(result).map((o) => [o.year, o.dims, o.value, o.source])).toEqual([
      [2021, {}, 12, { file, line: 2, column: 3 }],
      [2021, { area: '农村' }, 10, { file, line: 4, column: 3 }],
    ]);
    expect(result.rows.used).toBe(4);
    expect(result.diagnostics).toEqual([]);
  });

  it('fills a derived value given as missing (NA)', async () => {
    const { result } = await load('indicator,year,value\nmaternal_mortality,2021,NA\nmaternal_deaths,2021,3\nlive_births,2021,25000\n');
    expect(mmr(result).map((o) => o.value)).toEqual([12]);
  });

  it('uses the given value and is quiet when it agrees within rounding', async () => {
    const { result } = await load('indicator,year,value\nmaternal_mortality,2021,12.0\nmaternal_deaths,2021,3\nlive_births,2021,25010\n');
    expect(mmr(result).map((o) => o.value)).toEqual([12]);
    expect(result.diagnostics).toEqual([]);
  });

  it('warns when the given value and the computed one differ beyond rounding, naming all three places', async () => {
    const { file, result } = await load('indicator,year,value\nmaternal_mortality,2021,15\nmaternal_deaths,2021,3\nlive_births,2021,25000\n');
    expect(mmr(result).map((o) => o.value)).toEqual([15]);
    const [d] = byCode(result, 'derived-mismatch');
    expect(d).toMatchObject({ severity: 'warning', file, line: 2 });
    expect(plain(d!)).toContain(`${file}:2`);
    expect(d?.message.en).toContain('is given as 15');
    expect(d?.message.en).toContain('gives 12');
    expect(d?.message.en).toContain(`${file}:3, ${file}:4`);
  });

  it('warns about a zero denominator and computes nothing (never Infinity)', async () => {
    const { file, result } = await load('indicator,year,value\nmaternal_deaths,2021,3\nlive_births,2021,0\n');
    expect(mmr(result)).toEqual([]);
    const [d] = byCode(result, 'zero-denominator');
    expect(d).toMatchObject({ severity: 'warning', file, line: 3 });
    expect(d?.message.en).toContain('expected a non-zero denominator');
    expect(result.observations.every((o) => o.value === null || Number.isFinite(o.value))).toBe(true);
  });

  it('needs both parts for the same year and dims', async () => {
    const { result } = await load('indicator,year,value,area\nmaternal_deaths,2021,3,\nlive_births,2022,25000,\nmaternal_deaths,2022,1,城镇\nlive_births,2022,1000,农村\n');
    expect(mmr(result)).toEqual([]);
  });
});

describe('precision of computed ratios', () => {
  it('is 4 decimals, or 4 significant digits below 1, so the figure shown is the figure judged', () => {
    expect(tidy((13 / 124_864) * 100_000)).toBe(10.4113);
    expect(tidy(0.0350425148158)).toBe(0.03504);
    expect(tidy(0.1 + 0.2)).toBe(0.3);
    expect(tidy(12)).toBe(12);
  });
});
