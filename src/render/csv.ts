// CSV results, one row per rule; --bom makes Excel read it as UTF-8. Codes are the same in both languages; the
// words (indicator name, target, status label, reason) follow --lang.
import { describeReason } from '../i18n/reasons.js';
import { STATUS_WORDS } from '../i18n/statuses.js';
import { describeTarget } from '../i18n/targets.js';
import { csvHeaders } from '../i18n/csv-headers.js';
import { csvDocument, csvLine } from './csv-cell.js';
import type { Renderer } from './types.js';
import { indicatorNameIn } from './view.js';

const COLUMNS = [
  'plan', 'domain', 'rule', 'number', 'section', 'kind', 'indicator', 'indicator_name', 'unit', 'year', 'value', 'value_year',
  'target', 'projected', 'status', 'status_label', 'reason_code', 'reason', 'lead', 'responsible', 'sample',
];

export const renderCsv: Renderer = (report, options) => {
  const lines = [csvLine(csvHeaders(COLUMNS, options.lang))];
  for (const r of report.results) {
    lines.push(
      csvLine([
        r.plan, r.domain, r.rule, r.number, r.section, r.kind, r.indicator, indicatorNameIn(r, options.lang), r.unit, r.year, r.value, r.valueYear,
        describeTarget(r.target, options.lang), r.projected, r.status,
        STATUS_WORDS[options.lang][r.status], r.reason.code, describeReason(r, options.lang), r.lead.join(';'), r.responsible.join(';'),
        // On every row, so a filtered or pasted extract still says it came from the invented sample.
        options.sample ? 'true' : 'false',
      ]),
    );
  }
  return csvDocument(lines, options.bom);
};
