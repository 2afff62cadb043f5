import { describe, expect, it } from 'vitest';
import { classifyTransition, SEVERITY_ORDER, severityRank } from '../../src/diff/severity.js';
import type { ChangeKind } from '../../src/diff/types.js';
import type { Status } from '../../src/core/types.js';

// Every (from, to) pair of the five statuses, with the change it must be reported as.
const transitions: Array<[Status, Status, ChangeKind]> = [
  ['pass', 'pass', 'unchanged'],
  ['pass', 'at-risk', 'regressed'],
  ['pass', 'fail', 'regressed'],
  ['pass', 'no-data', 'regressed'],
  ['pass', 'not-assessed', 'regressed'],
  ['at-risk', 'pass', 'improved'],
  ['at-risk', 'at-risk', 'unchanged'],
  ['at-risk', 'fail', 'regressed'],
  ['at-risk', 'no-data', 'data-lost'],
  ['at-risk', 'not-assessed', 'data-lost'],
  ['fail', 'pass', 'improved'],
  ['fail', 'at-risk', 'improved'],
  ['fail', 'fail', 'unchanged'],
  ['fail', 'no-data', 'data-lost'],
  ['fail', 'not-assessed', 'data-lost'],
  ['no-data', 'pass', 'data-gained'],
  ['no-data', 'at-risk', 'data-gained'],
  ['no-data', 'fail', 'data-gained'],
  ['no-data', 'no-data', 'unchanged'],
  ['no-data', 'not-assessed', 'data-changed'],
  ['not-assessed', 'pass', 'data-gained'],
  ['not-assessed', 'at-risk', 'data-gained'],
  ['not-assessed', 'fail', 'data-gained'],
  ['not-assessed', 'no-data', 'data-changed'],
  ['not-assessed', 'not-assessed', 'unchanged'],
];

describe('classifyTransition', () => {
  it.each(transitions)('%s → %s is %s', (from, to, change) => {
    expect(classifyTransition(from, to)).toBe(change);
  });

  it('covers all 25 pairs of statuses', () => {
    expect(new Set(transitions.map(([a, b]) => `${a}>${b}`)).size).toBe(25);
  });

  it('reports a rule only in the new results as new, only in the old as removed', () => {
    expect(classifyTransition(null, 'fail')).toBe('new');
    expect(classifyTransition('pass', null)).toBe('removed');
  });

  it('refuses a transition with no side at all', () => {
    expect(() => classifyTransition(null, null)).toThrow();
  });
});

describe('severity order', () => {
  it('ranks fail worst and pass best, and leaves no-data and not-assessed off the scale', () => {
    expect(SEVERITY_ORDER).toEqual(['fail', 'at-risk', 'pass']);
    expect(severityRank('fail')).toBeLessThan(severityRank('at-risk')!);
    expect(severityRank('at-risk')).toBeLessThan(severityRank('pass')!);
    expect(severityRank('no-data')).toBeNull();
    expect(severityRank('not-assessed')).toBeNull();
  });
});
