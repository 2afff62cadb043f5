import { describe, expect, it } from 'vitest';
import { assessmentRow, contextFor } from '../../helpers/kind-context.js';
import { evaluateCheck } from '../../../src/kinds/registry.js';

describe('qualitative', () => {
  const run = (rows: ReturnType<typeof assessmentRow>[], year = 2023, aspirational = false) =>
    evaluateCheck({ kind: 'qualitative' }, contextFor(rows, { year, aspirational }));

  it.each([
    ['met', 2023, 'pass'],
    ['partial', 2023, 'at-risk'],
    ['partial', 2025, 'fail'],
    ['not_met', 2023, 'fail'],
  ] as const)('%s in %s is %s', (assessment, year, status) => {
    expect(run([assessmentRow('T-RULE-1', year, assessment)], year).status).toBe(status);
  });
  it('an assessment from an earlier year is shown, not taken for this year (unless within max_age)', () => {
    const rows = [assessmentRow('T-RULE-1', 2022, 'met')];
    const verdict = run(rows, 2024);
    expect(verdict.status).toBe('not-assessed');
    expect(verdict.reason).toMatchObject({ code: 'assessment-outdated', figures: { latestYear: 2022, assessment: 'met' } });
    expect(evaluateCheck({ kind: 'qualitative' }, contextFor(rows, { year: 2024, maxAge: 2 })).status).toBe('pass');
  });
  it('no assessment is not-assessed', () => {
    expect(run([]).status).toBe('not-assessed');
  });
  it('an assessment after the evaluation year is not used', () => {
    expect(run([assessmentRow('T-RULE-1', 2024, 'met')], 2023).status).toBe('not-assessed');
  });
  it('an aspirational goal assessed not met is at-risk', () => {
    expect(run([assessmentRow('T-RULE-1', 2023, 'not_met')], 2023, true).status).toBe('at-risk');
  });
});
