import { describe, expect, it } from 'vitest';
import { contextFor, observations } from '../../helpers/kind-context.js';
import { evaluateCheck } from '../../../src/kinds/registry.js';
import { describeReason } from '../../../src/i18n/reasons.js';
import { describeTarget } from '../../../src/i18n/targets.js';
import type { Check } from '../../../src/kinds/checks.js';
import type { Verdict } from '../../../src/core/types.js';

// 每所学校至少配备1名…: one row per school and year, in a site column whose names are not declared.
const check: Check = { kind: 'each_site', target: 1, dimension: 'site' };
const run = (bySite: Record<string, Record<number, number>>, options: Parameters<typeof contextFor>[1] = {}, c: Check = check) =>
  evaluateCheck(c, contextFor(Object.entries(bySite).flatMap(([site, series]) => observations('x', series, { site })), { unit: '人', year: 2024, ...options }));
const say = (v: Verdict, lang: 'zh' | 'en') => describeReason({ reason: v.reason, target: v.target, unit: '人' }, lang);

describe('each_site (每所学校/每个机构至少X)', () => {
  it('every site at or above the minimum in the year passes', () => {
    const verdict = run({ 甲校: { 2024: 1 }, 乙校: { 2024: 2 }, 丙校: { 2023: 0, 2024: 1 } });
    expect([verdict.status, verdict.reason.code, verdict.value]).toEqual(['pass', 'sites-met', 1]);
    expect(verdict.units!.units.map((u) => [u.unit, u.status])).toEqual([['丙校', 'pass'], ['甲校', 'pass'], ['乙校', 'pass']]);
    expect(describeTarget(verdict.target, 'zh')).toBe('每个site ≥ 1 人');
    expect(say(verdict, 'zh')).toBe('2024年3个site均达到每个site ≥ 1 人。');
  });

  it('a site below the minimum is named with its value: at-risk before the deadline, fail at it', () => {
    const sites = { 甲校: { 2024: 1, 2025: 1 }, 乙校: { 2024: 0, 2025: 0 }, 丙校: { 2024: 3, 2025: 3 } };
    const early = run(sites);
    expect([early.status, early.reason.code, early.value]).toEqual(['at-risk', 'sites-below', 0]);
    expect(early.reason.figures.belowSites).toEqual(['乙校']);
    expect(say(early, 'zh')).toBe('2024年3个site中1个未达到每个site ≥ 1 人：乙校（0 人）。');
    expect(say(early, 'en')).toBe('1 of 3 sites miss every site ≥ 1 人 in 2024: 乙校 (0 人).');
    const final = run(sites, { year: 2025 });
    expect([final.status, final.reason.code]).toEqual(['fail', 'sites-below']);
    expect(run(sites, { everyYear: true }).status).toBe('fail');
    expect(run(sites, { year: 2025, aspirational: true }).status).toBe('at-risk');
  });

  it('a site that reported before but not this year is no-data for that site, never a pass', () => {
    const verdict = run({ 甲校: { 2024: 1 }, 乙校: { 2023: 1 } });
    expect([verdict.status, verdict.reason.code]).toEqual(['no-data', 'sites-missing']);
    expect(verdict.units!.units.find((u) => u.unit === '乙校')).toMatchObject({ status: 'no-data', value: null });
    expect(say(verdict, 'zh')).toContain('1个没有当年数值（乙校），缺数不算达标');
  });

  it('a site first named after the evaluation year is not yet in scope', () => {
    expect(run({ 甲校: { 2024: 1 }, 新校: { 2025: 0 } }).status).toBe('pass');
  });

  it('more than five sites below are counted, five named', () => {
    const many = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`校${i + 1}`, { 2025: 0 }]));
    const verdict = run(many, { year: 2025 });
    expect(verdict.reason.figures.belowSites).toHaveLength(5);
    expect(say(verdict, 'zh')).toMatch(/中8个未达到.*等。$/);
  });

  it('at_most: a ceiling no site may pass', () => {
    const verdict = run({ 甲院: { 2025: 40 }, 乙院: { 2025: 55 } }, { year: 2025 }, { kind: 'each_site', target: 50, op: 'at_most', dimension: 'site' });
    expect([verdict.status, verdict.value]).toEqual(['fail', 55]);
    expect(describeTarget(verdict.target, 'en')).toBe('every site ≤ 50 人');
  });

  it('no rows by site is no-data', () => {
    const verdict = evaluateCheck(check, contextFor(observations('x', { 2024: 5 }), { year: 2024 }));
    expect([verdict.status, verdict.reason.code]).toEqual(['no-data', 'no-sites']);
  });
});
