// The severity order of statuses and the classification of a status transition.
import type { Status } from '../core/types.js';
import type { ChangeKind } from './types.js';

/**
 * Rated statuses from worst to best: fail < at-risk < pass.
 * no-data and not-assessed are not on this scale: they say nothing about progress.
 */
export const SEVERITY_ORDER = ['fail', 'at-risk', 'pass'] as const;

const UNRATED: readonly Status[] = ['no-data', 'not-assessed'];

export function severityRank(status: Status): number | null {
  const rank = (SEVERITY_ORDER as readonly Status[]).indexOf(status);
  return rank === -1 ? null : rank;
}

/**
 * improved / regressed between rated statuses; pass → no-data or not-assessed is a regression
 * (a CI gate must not go green because the data that showed a met target disappeared);
 * at-risk or fail → unrated is data-lost, unrated → rated is data-gained, no-data ↔ not-assessed is data-changed.
 */
export function classifyTransition(from: Status | null, to: Status | null): ChangeKind {
  if (from === null && to === null) throw new Error('classifyTransition needs at least one status');
  if (from === null) return 'new';
  if (to === null) return 'removed';
  if (from === to) return 'unchanged';
  const a = severityRank(from);
  const b = severityRank(to);
  if (a !== null && b !== null) return b > a ? 'improved' : 'regressed';
  if (from === 'pass' && UNRATED.includes(to)) return 'regressed';
  if (a !== null) return 'data-lost';
  if (b !== null) return 'data-gained';
  return 'data-changed';
}
