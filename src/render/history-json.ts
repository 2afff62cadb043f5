// History JSON: every rule's points year by year; documented in docs/results.md.
import { HISTORY_SCHEMA_VERSION, type HistoryReport } from '../diff/types.js';
import { describeTarget } from '../i18n/targets.js';
import type { HistoryRenderOptions } from './history-view.js';

export function renderHistoryJson(report: HistoryReport, options: HistoryRenderOptions): string {
  const output = {
    schemaVersion: HISTORY_SCHEMA_VERSION,
    lang: options.lang,
    years: report.years,
    rules: report.rules.map((r) => ({
      rule: r.rule,
      plan: r.plan,
      domain: r.domain,
      kind: r.kind,
      indicator: r.indicator,
      indicatorName: r.indicatorName,
      indicatorNameEn: r.indicatorNameEn,
      unit: r.unit,
      target: describeTarget(r.target, options.lang),
      targetCode: r.target,
      firstMet: r.firstMet,
      sparkline: r.sparkline,
      points: r.points,
    })),
  };
  return JSON.stringify(output, null, 2) + '\n';
}
