import { describe, expect, it } from 'vitest';
import { compareReports, filterResults, hasRegression, incomparableReason, listedChanges } from '../../src/diff/compare-reports.js';
import { entry, resultsFile } from './make-results.js';

const labels = { from: 'a.json', to: 'b.json' };
const atMost = { code: 'at_most', figures: { target: 3.5 } };

describe('compareReports', () => {
  const older = resultsFile(2023, [
    { rule: 'R-1', status: 'pass', value: 3.4, projected: 2.36, kind: 'at_most', target: atMost },
    { rule: 'R-2', status: 'fail', value: 92 },
    { rule: 'R-3', status: 'at-risk', value: 50 },
    { rule: 'R-OLD', status: 'fail', value: 10 },
    { rule: 'R-Q', status: 'not-assessed', kind: 'qualitative' },
  ]);
  const newer = resultsFile(2024, [
    { rule: 'R-1', status: 'at-risk', value: 3.8, projected: 3.08, kind: 'at_most', target: atMost },
    { rule: 'R-2', status: 'pass', value: 98 },
    { rule: 'R-3', status: 'at-risk', value: 51 },
    { rule: 'R-NEW', status: 'pass', value: 1 },
    { rule: 'R-Q', status: 'pass', kind: 'qualitative' },
  ]);
  const report = compareReports(older, newer, labels);

  it('classifies each rule and measures value and projection against the target', () => {
    const r1 = report.changes.find((c) => c.rule === 'R-1')!;
    expect(r1.change).toBe('regressed');
    expect(r1.value).toEqual({ delta: 0.4, direction: 'worse' });
    expect(r1.projected).toEqual({ delta: 0.72, direction: 'worse' });
    const r2 = report.changes.find((c) => c.rule === 'R-2')!;
    expect(r2.change).toBe('improved');
    expect(r2.value).toEqual({ delta: 6, direction: 'better' });
    expect(report.changes.find((c) => c.rule === 'R-Q')!.value).toEqual({ delta: null, direction: null });
  });

  it('lists regressions first, then improvements, other changes, and unchanged last', () => {
    expect(report.changes.map((c) => [c.rule, c.change])).toEqual([
      ['R-1', 'regressed'],
      ['R-2', 'improved'],
      ['R-Q', 'data-gained'],
      ['R-NEW', 'new'],
      ['R-OLD', 'removed'],
      ['R-3', 'unchanged'],
    ]);
    expect(report.summary).toMatchObject({ regressed: 1, improved: 1, 'data-gained': 1, new: 1, removed: 1, unchanged: 1, total: 6 });
  });

  it('says which rules are only on one side', () => {
    expect(report.notes).toContainEqual({ code: 'rules-only-in-old', figures: { count: 1, rules: ['R-OLD'] } });
    expect(report.notes).toContainEqual({ code: 'rules-only-in-new', figures: { count: 1, rules: ['R-NEW'] } });
    const removed = report.changes.find((c) => c.rule === 'R-OLD')!;
    expect(removed.to).toBeNull();
    expect(removed.from?.status).toBe('fail');
  });

  it('counts unchanged rules but lists them only when asked', () => {
    expect(listedChanges(report, false).some((c) => c.change === 'unchanged')).toBe(false);
    expect(listedChanges(report, true)).toHaveLength(6);
    expect(hasRegression(report)).toBe(true);
  });

  it('notes a schemaVersion mismatch, a newer schemaVersion and reversed years', () => {
    const v2 = { ...resultsFile(2022, [{ rule: 'R-1', status: 'pass' }], 2) };
    const notes = compareReports(older, v2, labels).notes.map((n) => n.code);
    expect(notes).toEqual(expect.arrayContaining(['schema-version-mismatch', 'schema-version-newer', 'years-reversed']));
    expect(compareReports(older, older, labels).notes.map((n) => n.code)).toEqual(['same-year']);
  });

  it('notes plans only on one side when at least one plan is shared', () => {
    const mixed = resultsFile(2024, [{ rule: 'R-1', status: 'pass' }, { rule: 'O-1', status: 'pass', plan: 'other-2021-2025' }]);
    expect(compareReports(older, mixed, labels).notes).toContainEqual({ code: 'plans-only-in-new', figures: { plans: ['other-2021-2025'] } });
  });

  it('applies the plan, domain and lead filters to both sides alike', () => {
    const a = resultsFile(2023, [{ rule: 'H-1', status: 'pass' }, { rule: 'E-1', status: 'pass', domain: 'education', lead: ['自治县教育科技局'] }]);
    const b = resultsFile(2024, [{ rule: 'H-1', status: 'fail' }, { rule: 'E-1', status: 'fail', domain: 'education', lead: ['自治县教育科技局'] }]);
    expect(compareReports(a, b, labels, { domain: 'education' }).changes.map((c) => c.rule)).toEqual(['E-1']);
    expect(compareReports(a, b, labels, { lead: '教育科技局' }).changes.map((c) => c.rule)).toEqual(['E-1']);
    expect(filterResults(a.results, { plan: 'nope' })).toEqual([]);
  });
});

describe('incomparableReason', () => {
  it('refuses results with no plan in common, but not an empty side', () => {
    const demo = resultsFile(2023, [{ rule: 'R-1', status: 'pass' }]);
    const other = resultsFile(2024, [{ rule: 'O-1', status: 'pass', plan: 'other-2021-2025' }]);
    expect(incomparableReason(demo, other)).toEqual({ olderPlans: ['demo-2021-2025'], newerPlans: ['other-2021-2025'] });
    expect(incomparableReason(demo, demo)).toBeNull();
    expect(incomparableReason(demo, resultsFile(2024, []))).toBeNull();
  });

  it('keeps the rule’s facts from the newer side', () => {
    const a = resultsFile(2023, [{ rule: 'R-1', status: 'pass' }]);
    const b = { ...resultsFile(2024, []), results: [{ ...entry({ rule: 'R-1', status: 'pass' }), indicatorName: '新名称' }] };
    expect(compareReports(a, b, labels).changes[0]!.indicatorName).toBe('新名称');
  });
});
