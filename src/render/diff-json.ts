// Diff JSON: stable keys, documented in docs/results.md; notes carry code, figures and a sentence.
import { listedChanges } from '../diff/compare-reports.js';
import { DIFF_SCHEMA_VERSION, type DiffReport, type RuleSide } from '../diff/types.js';
import { describeTarget } from '../i18n/targets.js';
import { type DiffRenderOptions } from './diff-view.js';
import { describeNote } from './diff-words.js';

function sideJson(side: RuleSide | null) {
  if (!side) return null;
  return { year: side.year, status: side.status, value: side.value, valueYear: side.valueYear, projected: side.projected, deadline: side.deadline, targetCode: side.target };
}

export function renderDiffJson(report: DiffReport, options: DiffRenderOptions): string {
  const output = {
    schemaVersion: DIFF_SCHEMA_VERSION,
    lang: options.lang,
    listsUnchanged: options.all,
    from: report.from,
    to: report.to,
    notes: report.notes.map((note) => ({ code: note.code, figures: note.figures, text: describeNote(note, options.lang) })),
    summary: report.summary,
    changes: listedChanges(report, options.all).map((c) => ({
      rule: c.rule,
      plan: c.plan,
      domain: c.domain,
      number: c.number,
      kind: c.kind,
      indicator: c.indicator,
      indicatorName: c.indicatorName,
      indicatorNameEn: c.indicatorNameEn,
      unit: c.unit,
      change: c.change,
      target: describeTarget((c.to ?? c.from)!.target, options.lang),
      from: sideJson(c.from),
      to: sideJson(c.to),
      value: c.value,
      projected: c.projected,
    })),
  };
  return JSON.stringify(output, null, 2) + '\n';
}
