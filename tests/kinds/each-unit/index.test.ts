import { describe, expect, it } from 'vitest';
import { contextFor, observations } from '../../helpers/kind-context.js';
import { evaluateCheck } from '../../../src/kinds/registry.js';
import { rollUp } from '../../../src/kinds/each-unit/index.js';

const townships = ['草海镇', '雪山镇', '哲觉镇', '金钟镇'];
const rows = (values: Array<number | undefined>) =>
  values.flatMap((v, i) => (v === undefined ? [] : observations('x', { 2025: v }, { township: townships[i]! })));

describe('each_unit (以乡镇(街道)为单位达到90%以上)', () => {
  const check = { kind: 'each_unit', dimension: 'township', check: { kind: 'at_least', target: 90 } } as const;
  const run = (values: Array<number | undefined>, rollup?: 'all' | { share: number }) =>
    evaluateCheck({ ...check, ...(rollup ? { rollup } : {}) }, contextFor(rows(values), { year: 2025, dimensions: [{ id: 'township', values: townships }] }));

  it('every township at 90 or more passes', () => {
    const verdict = run([90, 95, 99, 92]);
    expect(verdict.status).toBe('pass');
    expect(verdict.units?.counts.pass).toBe(4);
  });
  it('one township below fails, is named, and the weakest value is shown', () => {
    const verdict = run([90, 85, 99, 92]);
    expect(verdict.status).toBe('fail');
    expect(verdict.units?.units.find((u) => u.status === 'fail')?.unit).toBe('雪山镇');
    expect(verdict.reason.figures.failing).toEqual(['雪山镇']);
    expect(verdict.value).toBe(85);
  });
  it('a declared township without data is no-data, never a pass', () => {
    const verdict = run([95, 95, 95, undefined]);
    expect(verdict.status).toBe('no-data');
    expect(verdict.units?.counts['no-data']).toBe(1);
  });
  it('a share roll-up passes when enough units pass', () => {
    expect(run([95, 85, 95, 95], { share: 0.75 }).status).toBe('pass');
    expect(run([95, 85, 85, 95], { share: 0.75 }).status).toBe('fail');
  });
  it('roll-up order: fail beats no-data beats at-risk', () => {
    expect(rollUp(['pass', 'at-risk', 'no-data', 'fail'], 'all')).toBe('fail');
    expect(rollUp(['pass', 'at-risk', 'no-data'], 'all')).toBe('no-data');
    expect(rollUp(['pass', 'at-risk'], 'all')).toBe('at-risk');
    expect(rollUp([], 'all')).toBe('no-data');
  });
});
