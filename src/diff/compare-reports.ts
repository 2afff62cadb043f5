// Compares two results (older, newer) rule by rule: status transition, value and projection movement, notes.
import { leadMatches } from '../model/lead-aliases.js';
import { RESULTS_SCHEMA_VERSION } from '../evaluate/evaluate-plans.js';
import type { Coded } from '../core/types.js';
import type { ResultEntry, ResultsFile } from '../schema/results.js';
import { movementOf } from './direction.js';
import { classifyTransition } from './severity.js';
import { CHANGE_KINDS, type ChangeKind, type DiffReport, type RuleDiff, type RuleSide } from './types.js';

export interface ResultsFilter {
  plan?: string;
  domain?: string;
  lead?: string;
}

/** The same matching as evaluate's selectRules: exact plan and domain, lead unit exact, contained or a short name (卫健局). */
export function filterResults(results: readonly ResultEntry[], filter: ResultsFilter): ResultEntry[] {
  return results.filter(
    (r) =>
      (!filter.plan || r.plan === filter.plan) &&
      (!filter.domain || r.domain === filter.domain) &&
      (!filter.lead || r.lead.some((unit) => leadMatches(unit, filter.lead!))),
  );
}

/** Why two results cannot be compared at all, or null: both have rules but no plan id in common. */
export function incomparableReason(older: ResultsFile, newer: ResultsFile): { olderPlans: string[]; newerPlans: string[] } | null {
  const olderPlans = [...new Set(older.results.map((r) => r.plan))];
  const newerPlans = [...new Set(newer.results.map((r) => r.plan))];
  if (olderPlans.length === 0 || newerPlans.length === 0) return null;
  return olderPlans.some((p) => newerPlans.includes(p)) ? null : { olderPlans, newerPlans };
}

function sideOf(r: ResultEntry): RuleSide {
  return { year: r.year, status: r.status, value: r.value, valueYear: r.valueYear, projected: r.projected, deadline: r.deadline, target: r.targetCode as Coded };
}

export function diffRule(older: ResultEntry | undefined, newer: ResultEntry | undefined): RuleDiff {
  const about = (newer ?? older)!;
  const from = older ? sideOf(older) : null;
  const to = newer ? sideOf(newer) : null;
  const measured = (side: RuleSide | null, key: 'value' | 'projected') => (side ? { value: side[key], target: side.target } : null);
  return {
    rule: about.rule,
    plan: about.plan,
    domain: about.domain,
    number: about.number,
    kind: about.kind,
    indicator: about.indicator,
    indicatorName: about.indicatorName,
    indicatorNameEn: about.indicatorNameEn ?? null,
    text: about.text,
    unit: about.unit,
    change: classifyTransition(from?.status ?? null, to?.status ?? null),
    from,
    to,
    value: movementOf(about.kind, measured(from, 'value'), measured(to, 'value')),
    projected: movementOf(about.kind, measured(from, 'projected'), measured(to, 'projected')),
  };
}

/** Newer file order first, then rules only in the older file in its order; regressions lead. */
function orderChanges(changes: RuleDiff[]): RuleDiff[] {
  const rank = (c: ChangeKind) => CHANGE_KINDS.indexOf(c);
  return changes.map((c, i) => ({ c, i })).sort((a, b) => rank(a.c.change) - rank(b.c.change) || a.i - b.i).map(({ c }) => c);
}

function notesFor(older: ResultsFile, newer: ResultsFile, changes: RuleDiff[]): Coded[] {
  const notes: Coded[] = [];
  if (older.schemaVersion !== newer.schemaVersion) notes.push({ code: 'schema-version-mismatch', figures: { from: older.schemaVersion, to: newer.schemaVersion } });
  const newest = Math.max(older.schemaVersion, newer.schemaVersion);
  if (newest > RESULTS_SCHEMA_VERSION) notes.push({ code: 'schema-version-newer', figures: { version: newest, supported: RESULTS_SCHEMA_VERSION } });
  if (older.year === newer.year) notes.push({ code: 'same-year', figures: { year: older.year } });
  else if (older.year > newer.year) notes.push({ code: 'years-reversed', figures: { from: older.year, to: newer.year } });
  for (const change of ['removed', 'new'] as const) {
    const rules = changes.filter((c) => c.change === change).map((c) => c.rule);
    if (rules.length) notes.push({ code: change === 'removed' ? 'rules-only-in-old' : 'rules-only-in-new', figures: { count: rules.length, rules } });
  }
  const olderPlans = new Set(older.results.map((r) => r.plan));
  const newerPlans = new Set(newer.results.map((r) => r.plan));
  const onlyOld = [...olderPlans].filter((p) => !newerPlans.has(p));
  const onlyNew = [...newerPlans].filter((p) => !olderPlans.has(p));
  if (onlyOld.length) notes.push({ code: 'plans-only-in-old', figures: { plans: onlyOld } });
  if (onlyNew.length) notes.push({ code: 'plans-only-in-new', figures: { plans: onlyNew } });
  return notes;
}

export interface DiffLabels {
  from: string;
  to: string;
}

/** The comparison of two results: pure, the filter applied to both sides alike. */
export function compareReports(older: ResultsFile, newer: ResultsFile, labels: DiffLabels, filter: ResultsFilter = {}): DiffReport {
  const olderResults = filterResults(older.results, filter);
  const newerResults = filterResults(newer.results, filter);
  const olderById = new Map(olderResults.map((r) => [r.rule, r]));
  const newerIds = new Set(newerResults.map((r) => r.rule));
  const changes = [
    ...newerResults.map((r) => diffRule(olderById.get(r.rule), r)),
    ...olderResults.filter((r) => !newerIds.has(r.rule)).map((r) => diffRule(r, undefined)),
  ];
  const summary = Object.fromEntries(CHANGE_KINDS.map((k) => [k, 0])) as DiffReport['summary'];
  for (const c of changes) summary[c.change] += 1;
  summary.total = changes.length;
  return {
    from: { source: labels.from, year: older.year, schemaVersion: older.schemaVersion },
    to: { source: labels.to, year: newer.year, schemaVersion: newer.schemaVersion },
    notes: notesFor({ ...older, results: olderResults }, { ...newer, results: newerResults }, changes),
    summary,
    changes: orderChanges(changes),
  };
}

/** The changes a renderer lists: unchanged rules only when asked for (--all); they are always counted. */
export function listedChanges(report: DiffReport, all: boolean): RuleDiff[] {
  return all ? report.changes : report.changes.filter((c) => c.change !== 'unchanged');
}

export function hasRegression(report: DiffReport): boolean {
  return report.summary.regressed > 0;
}
