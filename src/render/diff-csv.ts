// Diff CSV: one row per listed rule, old and new side by side; --bom makes Excel read it as UTF-8.
import { listedChanges } from '../diff/compare-reports.js';
import type { DiffReport, RuleSide } from '../diff/types.js';
import { STATUS_WORDS } from '../i18n/statuses.js';
import { describeTarget } from '../i18n/targets.js';
import { csvHeaders } from '../i18n/csv-headers.js';
import { csvDocument, csvLine } from './csv-cell.js';
import { type DiffRenderOptions } from './diff-view.js';
import { CHANGE_WORDS } from './diff-words.js';
import { indicatorNameIn } from './view.js';

const COLUMNS = [
  'change', 'change_label', 'plan', 'domain', 'rule', 'number', 'kind', 'indicator', 'indicator_name', 'unit', 'target',
  'from_year', 'to_year', 'from_status', 'to_status', 'from_status_label', 'to_status_label',
  'from_value', 'to_value', 'value_delta', 'value_direction', 'from_projected', 'to_projected', 'projected_delta', 'projected_direction',
];

const round = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 1000) / 1000);

export function renderDiffCsv(report: DiffReport, options: DiffRenderOptions): string {
  const { lang } = options;
  const label = (side: RuleSide | null) => (side ? STATUS_WORDS[lang][side.status] : null);
  const lines = [csvLine(csvHeaders(COLUMNS, lang))];
  for (const c of listedChanges(report, options.all)) {
    lines.push(
      csvLine([
        c.change, CHANGE_WORDS[lang][c.change], c.plan, c.domain, c.rule, c.number, c.kind, c.indicator, indicatorNameIn(c, lang), c.unit,
        describeTarget((c.to ?? c.from)!.target, lang),
        c.from?.year, c.to?.year, c.from?.status, c.to?.status, label(c.from), label(c.to),
        c.from?.value, c.to?.value, c.value.delta, c.value.direction, round(c.from?.projected), round(c.to?.projected), round(c.projected.delta), c.projected.direction,
      ]),
    );
  }
  return csvDocument(lines, options.bom);
}
