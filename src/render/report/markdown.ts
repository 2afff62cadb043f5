// The draft narrative as markdown, for pasting into Word: a heading per plan and domain, the same sentences as the page.
import { changesByRule, domainNarrative, DRAFT_NOTE } from './narrative.js';
import { groupByDomain, planName, reportTitle } from './groups.js';
import type { ReportInput } from './types.js';

export function renderReportMarkdown(input: ReportInput): string {
  const { lang } = input;
  const changes = changesByRule(input.diff);
  const lines = [`# ${reportTitle(input)}`, '', `> ${DRAFT_NOTE[lang]}`, ''];
  if (input.sample) {
    lines.push(lang === 'zh' ? '> **示例数据：数字均为编造，不是官方统计数据。**' : '> **Sample data: the figures are made up, not official statistics.**', '');
  }
  for (const group of groupByDomain(input.results.results, input.plans, lang)) {
    lines.push(`## ${planName(group.plan, group.planId, lang)}`, '');
    for (const domain of group.domains) {
      const narrative = domainNarrative(domain.results, domain.name, changes, lang, input.indicatorNamesEn);
      lines.push(`### ${domain.title}`, '', narrative.headline, '');
      for (const sentence of narrative.sentences) lines.push(sentence.text, '');
    }
  }
  return lines.join('\n');
}
