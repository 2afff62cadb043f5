import { describe, expect, it } from 'vitest';
import { contextFor, observations } from '../../helpers/kind-context.js';
import { evaluateCheck } from '../../../src/kinds/registry.js';

describe('gap (城乡区域差距明显缩小)', () => {
  const check = { kind: 'gap', dimension: 'area', groups: ['农村', '城镇'], direction: 'narrow' } as const;
  const run = (rural: Record<number, number>, urban: Record<number, number>, year = 2025) =>
    evaluateCheck(check, contextFor([...observations('x', rural, { area: '农村' }), ...observations('x', urban, { area: '城镇' })], { year }));

  it('a narrower gap than in 2020 passes', () => {
    const verdict = run({ 2020: 20, 2025: 14 }, { 2020: 10, 2025: 9 });
    expect(verdict.status).toBe('pass');
    expect(verdict.value).toBe(5);
  });
  it('a wider gap fails', () => {
    expect(run({ 2020: 20, 2025: 22 }, { 2020: 10, 2025: 9 }).status).toBe('fail');
  });
  it('one group missing is no-data', () => {
    expect(run({ 2020: 20, 2025: 14 }, {}).status).toBe('no-data');
  });
});
