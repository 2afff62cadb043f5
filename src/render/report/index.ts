// `plancheck report`: results (with their series) in, one self-contained HTML page or the narrative as markdown out.
import { renderComparison, renderDataNotes, renderMissing } from './appendix.js';
import { resetChartIds } from './charts.js';
import { renderDomains } from './domains.js';
import { esc } from './html.js';
import { sayIn } from '../../i18n/catalogue.js';
import { REPORT_TEXTS } from '../../i18n/render/report.js';
import { changesByRule } from './narrative.js';
import { page } from './page.js';
import { groupByDomain, reportTitle } from './groups.js';
import { renderOpening } from './summary.js';
import type { ReportInput } from './types.js';

export type { ReportInput } from './types.js';

export function renderReportHtml(input: ReportInput): string {
  resetChartIds();
  const { lang } = input;
  const groups = groupByDomain(input.results.results, input.plans, lang);
  const footer = sayIn(REPORT_TEXTS, 'footer', lang, { data: input.sources.data.join(', '), date: input.generatedOn });
  const body = [
    renderOpening(input, groups),
    renderComparison(input.diff, input.results.year, lang),
    renderDomains(input, groups, changesByRule(input.diff)),
    renderMissing(input.results.results, input.results.year, lang),
    renderDataNotes(input),
    `<footer>${esc(footer)}</footer>`,
  ].join('\n');
  return page(lang, reportTitle(input), body);
}
