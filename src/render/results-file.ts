// A report as the results file (`evaluate --format json`, docs/results.md): one shape, typed by its zod schema, used
// by the JSON renderer and by `diff --from`, which compares two of them in memory.
import type { Report } from '../evaluate/evaluate-plans.js';
import { describeReason } from '../i18n/reasons.js';
import { describeTarget } from '../i18n/targets.js';
import type { ResultsFile } from '../schema/results.js';
import type { RenderOptions } from './types.js';

/** A qualitative goal's criterion in the output language (null for numeric targets). */
function criterionIn(target: Report['results'][number]['target'], lang: RenderOptions['lang']): string | null {
  if (target.code !== 'qualitative') return null;
  const text = lang === 'zh' ? target.figures.criterion : target.figures.criterionEn;
  return typeof text === 'string' ? text : null;
}

export function toResultsFile(report: Report, options: Pick<RenderOptions, 'lang' | 'inputs' | 'sample'>): ResultsFile {
  return {
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
      indicatorNameEn: r.indicatorNameEn,
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
}
