// What the history renderers share: their options, the latest value of a rule, the year range in words.
import type { HistoryPoint, HistoryReport, RuleHistory } from '../diff/types.js';
import { withUnit, type Lang } from '../i18n/format.js';

export interface HistoryRenderOptions {
  lang: Lang;
  color: boolean;
  width: number;
  bom: boolean;
}

export function latestPoint(history: RuleHistory): HistoryPoint | undefined {
  return history.points[history.points.length - 1];
}

/** The latest value, with its year when it is older than the last year evaluated. */
export function latestValueText(history: RuleHistory): string {
  const point = latestPoint(history);
  if (!point || point.value === null) return '—';
  const text = withUnit(point.value, history.kind === 'annual_change' ? '' : history.unit);
  return point.valueYear !== null && point.valueYear !== point.year ? `${text} (${point.valueYear})` : text;
}

export function yearRange(report: HistoryReport): string {
  const first = report.years[0];
  const last = report.years[report.years.length - 1];
  return first === undefined ? '—' : first === last ? String(first) : `${first}–${last}`;
}
