// JSON results: stable keys, reason as code + figures + sentence; documented in docs/results.md.
import { describeReason } from '../i18n/reasons.js';
import { describeTarget } from '../i18n/targets.js';
import type { Renderer } from './types.js';

export const renderJson: Renderer = (report, options) => {
  const output = {
    schemaVersion: report.schemaVersion,
    year: report.year,
    lang: options.lang,
    inputs: options.inputs,
    sample: Boolean(options.sample),
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
