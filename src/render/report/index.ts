// `plancheck report`: results (with their series) in, one self-contained HTML page or the narrative as markdown out.
import { renderComparison, renderDataNotes, renderMissing } from './appendix.js';
import { resetChartIds } from './charts.js';
import { renderDomains } from './domains.js';
import { esc } from './html.js';
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
  const footer =
    lang === 'zh'
      ? `由 plancheck 根据 ${input.sources.data.join(', ')} 生成于 ${input.generatedOn}。数值与 plancheck evaluate --format json 的结果一致。`
      : `Written by plancheck from ${input.sources.data.join(', ')} on ${input.generatedOn}. The figures are those of plancheck evaluate --format json.`;
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
