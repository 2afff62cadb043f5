// JSON results: stable keys, reason as code + figures + sentence; documented in docs/results.md.
import { describeReason } from '../i18n/reasons.js';
import { describeTarget } from '../i18n/targets.js';
import type { Renderer } from './types.js';

/** A qualitative goal's criterion in the output language (null for numeric targets). */
function criterionIn(target: { code: string; figures: Record<string, unknown> }, lang: 'zh' | 'en'): string | null {
  if (target.code !== 'qualitative') return null;
  const text = lang === 'zh' ? target.figures.criterion : target.figures.criterionEn;
  return typeof text === 'string' ? text : null;
}

export const renderJson: Renderer = (report, options) => {
  const output = {
    schemaVersion: report.schemaVersion,
    year: report.year,
    lang: options.lang,
    inputs: options.inputs,
    summary: report.summary,
    results: report.results.map((r) => ({
      rule: r.rule,
      plan: r.plan,
      domain: r.domain,
      number: r.number,
      section: r.section,
      kind: r.kind,
      text: r.text,
      indicator: r.indicator,
      indicatorName: r.indicatorName,
      unit: r.unit,
      year: r.year,
      deadline: r.deadline,
      everyYear: r.everyYear,
      aspirational: r.aspirational,
      status: r.status,
      value: r.value,
      valueYear: r.valueYear,
      target: describeTarget(r.target, options.lang),
      targetCode: r.target,
      criterion: criterionIn(r.target, options.lang),
      projected: r.projected,
      projection: r.projection ?? null,
      reason: { code: r.reason.code, figures: r.reason.figures, text: describeReason(r, options.lang) },
      lead: r.lead,
      responsible: r.responsible,
      units: r.units ?? null,
      series: r.series,
    })),
  };
  return JSON.stringify(output, null, 2) + '\n';
};
