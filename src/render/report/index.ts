// `plancheck report`: results (with their series) in, one self-contained HTML page or the narrative as markdown out.
import type { RuleDiff } from '../../diff/types.js';
import { renderComparison, renderDataNotes, renderMissing } from './appendix.js';
import { resetChartIds } from './charts.js';
import { renderDomains } from './domains.js';
import { esc } from './html.js';
import { page } from './page.js';
import { groupByDomain, renderOpening, reportTitle } from './summary.js';
import type { ReportInput } from './types.js';

export type { ReportInput } from './types.js';

export function changesByRule(input: ReportInput): Map<string, RuleDiff> {
  return new Map((input.diff?.changes ?? []).map((c) => [c.rule, c]));
}

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
    renderDomains(input, groups, changesByRule(input)),
    renderMissing(input.results.results, input.results.year, lang),
    renderDataNotes(input),
    `<footer>${esc(footer)}</footer>`,
  ].join('\n');
  return page(lang, reportTitle(input), body);
}
