// The draft narrative as markdown, for pasting into Word: a heading per plan and domain, the same sentences as the page.
import { changesByRule, domainNarrative, DRAFT_NOTE } from './narrative.js';
import { groupByDomain, planName, reportTitle } from './groups.js';
import type { ReportInput } from './types.js';
import { sayIn } from '../../i18n/catalogue.js';
import { REPORT_TEXTS } from '../../i18n/render/report.js';

export function renderReportMarkdown(input: ReportInput): string {
  const { lang } = input;
  const changes = changesByRule(input.diff);
  const lines = [`# ${reportTitle(input)}`, '', `> ${DRAFT_NOTE[lang]}`, ''];
  if (input.sample) {
    lines.push(`> **${sayIn(REPORT_TEXTS, 'sampleMarkdown', lang)}**`, '');
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
