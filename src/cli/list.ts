// `plancheck list`: the rule catalogue, filtered, as a table, JSON or CSV.
import { selectRules } from '../evaluate/evaluate-plans.js';
import { describeTarget } from '../i18n/targets.js';
import type { LoadedRule, PlanModel } from '../model/plan-model.js';
import { csvDocument, csvLine } from '../render/csv-cell.js';
import { fitColumns, renderTerminalTable, cellWidth } from '../render/terminal-table.js';
import { goalWords, shortUnitName, withTargetTerms } from '../render/view.js';
import { kindWords } from '../i18n/kinds.js';
import { message } from '../i18n/messages.js';
import { csvHeaders } from '../i18n/csv-headers.js';
import { resolveLang, resolveWidth } from './environment.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { loadModelOrThrow } from './load-inputs.js';
import { parseFormat } from './options.js';
import { checkSelection } from './check-selection.js';
import { writeOutput } from './write-output.js';
import type { Lang } from '../i18n/format.js';

export interface ListOptions {
  plans?: string[];
  plan?: string;
  domain?: string;
  lead?: string;
  kind?: string;
  format?: string;
  lang?: string;
  output?: string;
  /** true with --bom, false with --no-bom; unset: a BOM in files (for Excel), none on stdout. */
  bom?: boolean;
  /** -q: no warnings or notes on stderr. */
  quiet?: boolean;
  /** false with --no-color. */
  color?: boolean;
}

export function catalogueEntry(loaded: LoadedRule, model: PlanModel, lang: Lang) {
  const { rule, plan, domain } = loaded;
  const indicator = rule.indicator ? model.indicators.get(rule.indicator) : undefined;
  return {
    id: rule.id,
    plan: plan.id,
    domain: domain.id,
    number: rule.number,
    section: rule.section,
    kind: rule.check.kind,
    indicator: rule.indicator ?? null,
    indicatorName: indicator?.name ?? null,
    unit: indicator?.unit ?? '',
    target: describeTarget(staticTarget(rule.check, indicator?.unit ?? '', model, { from: plan.start_year, to: rule.deadline ?? plan.deadline }), lang),
    check: rule.check,
    deadline: rule.deadline ?? plan.deadline,
    everyYear: rule.every_year ?? false,
    aspirational: rule.aspirational ?? false,
    text: rule.text,
    lead: rule.lead,
    responsible: rule.responsible,
    criterion: rule.check.kind === 'qualitative' ? (rule.check.criterion?.[lang] ?? null) : null,
    flags: rule.flags ?? [],
    note: rule.note ?? rule.check.note ?? null,
  };
}

/** The target as far as it is known without data (a baseline-relative target has no number yet). */
function staticTarget(check: LoadedRule['rule']['check'], unit: string, model: PlanModel, period: { from: number; to: number }) {
  const inner = check.kind === 'each_unit' ? check.check : check;
  const figures: Record<string, string | number | null> = { unit, baselineYear: 2020, baseValue: null };
  for (const [key, value] of Object.entries(inner)) if (typeof value === 'number' || typeof value === 'string') figures[key] = value;
  // The evaluated target names it minChange; the catalogue must word it the same way.
  if ('min_change' in inner && typeof inner.min_change === 'number') figures.minChange = inner.min_change;
  if (check.kind === 'each_unit') {
    const dimension = model.dimensions.get(check.dimension);
    return { code: 'each_unit', figures: { ...figures, innerCode: inner.kind, dimension: check.dimension, dimensionName: dimension?.name ?? check.dimension, dimensionNameEn: dimension?.name_en ?? check.dimension, share: check.rollup && check.rollup !== 'all' ? check.rollup.share : 1 } };
  }
  if (check.kind === 'gap') {
    const dimension = model.dimensions.get(check.dimension);
    const groups = check.groups === 'listed' ? '' : check.groups.length <= 3 ? check.groups.join('/') : String(check.groups.length);
    const groupCount = check.groups === 'listed' ? 0 : check.groups.length;
    return { code: check.direction === 'narrow' ? 'gap_narrow' : 'gap_widen', figures: { ...figures, groups, groupCount, measure: check.measure ?? 'largest_pair', dimensionName: dimension?.name ?? check.dimension, dimensionNameEn: dimension?.name_en ?? check.dimension } };
  }
  if (check.kind === 'each_site') {
    const dimension = model.dimensions.get(check.dimension);
    return { code: 'each_site', figures: { ...figures, op: check.op ?? 'at_least', dimensionName: dimension?.name ?? check.dimension, dimensionNameEn: dimension?.name_en ?? check.dimension } };
  }
  // The period of a cumulative total is only known with the plan: from its start year to its deadline.
  if (check.kind === 'cumulative') return { code: 'cumulative', figures: { ...figures, from: check.from ?? period.from, to: period.to } };
  if (check.kind === 'compare') return { code: 'compare', figures: { ...figures, other: check.other, otherName: model.indicators.get(check.other)?.name ?? check.other } };
  return { code: check.kind, figures };
}

export async function runList(options: ListOptions, io: Io): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const format = parseFormat(options.format, ['table', 'json', 'csv'] as const);
  const { model } = await loadModelOrThrow(options, io);
  checkSelection(model, options, lang);
  const entries = selectRules(model, options).map((r) => catalogueEntry(r, model, lang));
  let text: string;
  if (format === 'json') text = JSON.stringify(entries, null, 2) + '\n';
  else if (format === 'csv') {
    const columns = ['id', 'plan', 'domain', 'number', 'section', 'kind', 'indicator', 'target', 'every_year', 'aspirational', 'text', 'lead', 'responsible'];
    const rows = entries.map((e) => csvLine([e.id, e.plan, e.domain, e.number, e.section, e.kind, e.indicator, e.target, String(e.everyYear), String(e.aspirational), e.text, e.lead.join(';'), e.responsible.join(';')]));
    text = csvDocument([csvLine(csvHeaders(columns, lang)), ...rows], options.bom ?? Boolean(options.output));
  } else {
    const head = lang === 'zh' ? ['编号', '类型', '指标', '目标', '牵头单位'] : ['Rule', 'Kind', 'Indicator', 'Target', 'Lead'];
    const rows = entries.map((e) => [
      e.id,
      kindWords(e.kind, lang),
      e.indicatorName ?? goalWords(e.text),
      withTargetTerms(e.target, e, lang),
      e.lead.map(shortUnitName).join('、') || '—',
    ]);
    const want = (i: number) => Math.max(cellWidth(head[i]!), ...rows.map((row) => cellWidth(row[i]!))) + 1;
    // Rule ids and kinds are never cut; the indicator and target share what the terminal leaves.
    const widths = fitColumns(
      [
        { want: want(0), min: want(0) },
        { want: want(1), min: want(1) },
        { want: want(2), min: 12, share: 3 },
        { want: want(3), min: 12, share: 2 },
        { want: Math.min(want(4), 17), min: Math.min(want(4), 11) },
      ],
      resolveWidth(io),
    );
    const table = renderTerminalTable(head, rows, widths);
    text = `${table}\n${message('ruleCount', lang, { count: entries.length })}\n`;
  }
  if (options.output) await writeOutput(options.output, text, model.files, lang);
  else io.stdout(text);
  return EXIT.ok;
}
