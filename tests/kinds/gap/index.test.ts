import { describe, expect, it } from 'vitest';
import { contextFor, observations } from '../../helpers/kind-context.js';
import { evaluateCheck } from '../../../src/kinds/registry.js';
import { describeReason } from '../../../src/i18n/reasons.js';
import { describeTarget } from '../../../src/i18n/targets.js';
import type { Check } from '../../../src/kinds/checks.js';

describe('gap (城乡区域差距明显缩小)', () => {
  const check = { kind: 'gap', dimension: 'area', groups: ['农村', '城镇'], direction: 'narrow' } as const;
  const run = (rural: Record<number, number>, urban: Record<number, number>, year = 2025) =>
    evaluateCheck(check, contextFor([...observations('x', rural, { area: '农村' }), ...observations('x', urban, { area: '城镇' })], { year }));

  it('a narrower gap than in 2020 passes', () => {
    const verdict = run({ 2020: 20, 2025: 14 }, { 2020: 10, 2025: 9 });
    expect(verdict.status).toBe('pass');
    expect(verdict.reason.code).toBe('met-final');
    expect(verdict.value).toBe(5);
    expect(describeTarget(verdict.target, 'zh')).toBe('农村/城镇差距较2020年(10)缩小');
    expect(describeTarget(verdict.target, 'en')).toBe('农村/城镇 gap narrower than 2020 (10)');
    // Two groups: the pair is the target itself, not repeated in the reason.
    expect(describeReason({ reason: verdict.reason, target: verdict.target, unit: '' }, 'zh')).not.toContain('差距最大');
  });
  it('a wider gap fails', () => {
    const verdict = run({ 2020: 20, 2025: 22 }, { 2020: 10, 2025: 9 });
    expect([verdict.status, verdict.reason.code]).toEqual(['fail', 'missed-final']);
  });
  it('one group missing is no-data', () => {
    const verdict = run({ 2020: 20, 2025: 14 }, {});
    expect([verdict.status, verdict.reason.code]).toEqual(['no-data', 'no-baseline']);
  });
});

describe('gap among more than two groups', () => {
  const rows = (byTown: Record<string, Record<number, number>>) => Object.entries(byTown).flatMap(([town, series]) => observations('x', series, { township: town }));
  const towns = { 甲镇: { 2020: 30, 2024: 22 }, 乙镇: { 2020: 10, 2024: 14 }, 丙镇: { 2020: 18, 2024: 12 } };
  const run = (check: Check, byTown: Record<string, Record<number, number>>, options: Parameters<typeof contextFor>[1] = {}) =>
    evaluateCheck(check, contextFor([...rows(byTown), ...(options.extra ?? [])], { year: 2024, unit: '/10万', ...options }));

  it('largest_pair: the widest difference between any two groups (30−10 in 2020, 22−12 in 2024), named in the reason figures', () => {
    const verdict = run({ kind: 'gap', dimension: 'township', groups: ['甲镇', '乙镇', '丙镇'], direction: 'narrow' }, towns);
    expect(verdict.series).toEqual([[2020, 20], [2024, 10]]);
    expect(verdict.status).toBe('pass');
    expect(verdict.reason.code).toBe('met-on-track');
    expect(verdict.reason.figures.widest).toBe('甲镇/丙镇');
    expect(describeReason({ reason: verdict.reason, target: verdict.target, unit: '/10万' }, 'zh')).toMatch(/（差距最大：甲镇\/丙镇）$/);
    expect(describeReason({ reason: verdict.reason, target: verdict.target, unit: '/10万' }, 'en')).toMatch(/\(widest: 甲镇\/丙镇\)$/);
    expect(describeTarget(verdict.target, 'zh')).toBe('甲镇/乙镇/丙镇间最大差距较2020年(20)缩小');
    expect(describeTarget(verdict.target, 'en')).toBe('largest gap among 甲镇/乙镇/丙镇 narrower than 2020 (20)');
  });

  it('against_total: the largest difference of a group from the county total', () => {
    const total = observations('x', { 2020: 16, 2024: 16 });
    const verdict = run({ kind: 'gap', dimension: 'township', groups: ['甲镇', '乙镇', '丙镇'], measure: 'against_total', direction: 'narrow' }, towns, { extra: total });
    // 2020: |30−16| = 14 (甲镇); 2024: |22−16| = 6 (甲镇).
    expect(verdict.series).toEqual([[2020, 14], [2024, 6]]);
    expect(verdict.reason.figures.widest).toBe('甲镇/全县');
    expect(describeTarget(verdict.target, 'zh')).toBe('甲镇/乙镇/丙镇与全县的最大差距较2020年(14)缩小');
  });

  it('against_total without the county total is no-data', () => {
    const verdict = run({ kind: 'gap', dimension: 'township', groups: ['甲镇', '乙镇', '丙镇'], measure: 'against_total', direction: 'narrow' }, towns);
    expect([verdict.status, verdict.reason.code]).toEqual(['no-data', 'no-baseline']);
  });

  it('a year in which one group has no value has no gap: the missing group might be the extreme one', () => {
    const verdict = run({ kind: 'gap', dimension: 'township', groups: ['甲镇', '乙镇', '丙镇'], direction: 'narrow' }, { ...towns, 乙镇: { 2020: 10 } });
    expect([verdict.status, verdict.reason.code]).toEqual(['no-data', 'only-baseline']);
  });

  it('a widening largest gap fails before the deadline when the trend misses', () => {
    const widening = { 甲镇: { 2020: 30, 2022: 34, 2024: 40 }, 乙镇: { 2020: 10, 2022: 10, 2024: 10 }, 丙镇: { 2020: 18, 2022: 18, 2024: 18 } };
    const verdict = run({ kind: 'gap', dimension: 'township', groups: ['甲镇', '乙镇', '丙镇'], direction: 'narrow' }, widening);
    expect([verdict.status, verdict.reason.code]).toEqual(['fail', 'missed-projection-misses']);
  });

  it('groups: listed takes every township on the county list, and says when the list is missing', () => {
    const check = { kind: 'gap', dimension: 'township', groups: 'listed', direction: 'narrow' } as const;
    const listed = run(check, towns, { dimensions: [{ id: 'township', values: ['甲镇', '乙镇', '丙镇'] }] });
    expect(listed.series).toEqual([[2020, 20], [2024, 10]]);
    expect(listed.target.figures.groupCount).toBe(3);
    // A listed township without values leaves every year without a comparable gap.
    const withSilentTown = run(check, towns, { dimensions: [{ id: 'township', values: ['甲镇', '乙镇', '丙镇', '丁镇'] }] });
    expect([withSilentTown.status, withSilentTown.reason.code]).toEqual(['no-data', 'no-baseline']);
  });

  it('groups: listed with no county list is no-data, telling the county which file to supply', () => {
    const ctx = contextFor(rows(towns), { year: 2024 });
    const verdict = evaluateCheck({ kind: 'gap', dimension: 'township', groups: 'listed', direction: 'narrow' }, { ...ctx, data: { ...ctx.data, missingUnitList: () => '乡镇名单.csv', dimensionNames: () => ({ zh: '乡镇（街道）', en: 'township' }) } });
    expect([verdict.status, verdict.reason.code]).toEqual(['no-data', 'no-unit-list']);
    expect(describeReason({ reason: verdict.reason, target: verdict.target, unit: '' }, 'zh')).toBe('县里的乡镇（街道）名单（乡镇名单.csv）未提供，无法确定应检查哪些乡镇（街道）；请在数据旁放入名单，每行一个名称。');
    expect(describeTarget(verdict.target, 'zh')).toBe('各乡镇（街道）间最大差距较2020年缩小');
  });
});
