// The data-collection sheet a member unit fills in: one row per figure it must report, as CSV.
import type { LoadedRule, PlanModel } from '../model/plan-model.js';
import { csvDocument, csvLine } from './csv-cell.js';

export interface TemplateRow {
  indicator: string;
  name: string;
  unit: string;
  lead: string[];
  dims: Record<string, string>;
  note: string;
  /** An assessment (达标 / 部分达标 / 未达标) of a qualitative rule, not a number. */
  assessment: boolean;
  /** The plan's words of every rule that needs the figure. */
  plan: string[];
}

const NO_LEAD = '未列牵头单位';

/** Every figure the rules need: each indicator once per unit it is judged by, qualitative goals by rule id. */
export function templateRows(rules: readonly LoadedRule[], model: PlanModel): TemplateRow[] {
  const rows = new Map<string, TemplateRow>();
  const add = (indicator: string, dims: Record<string, string>, rule: LoadedRule, note = '') => {
    const key = `${indicator}\u0000${JSON.stringify(dims)}`;
    const existing = rows.get(key);
    if (existing) {
      for (const unit of rule.rule.lead) if (!existing.lead.includes(unit)) existing.lead.push(unit);
      if (!existing.plan.includes(rule.rule.text)) existing.plan.push(rule.rule.text);
      return;
    }
    const definition = model.indicators.get(indicator);
    const assessment = rule.rule.check.kind === 'qualitative';
    rows.set(key, { indicator, name: definition?.name ?? rule.rule.text, unit: definition?.unit ?? '', lead: [...rule.rule.lead], dims, note, assessment, plan: [rule.rule.text] });
  };
  for (const loaded of rules) {
    const { rule } = loaded;
    const check = rule.check;
    if (check.kind === 'qualitative') {
      add(rule.id, {}, loaded, '评估结论：达标 / 部分达标 / 未达标');
      continue;
    }
    const indicator = rule.indicator!;
    if (check.kind === 'each_unit') {
      const units = model.dimensions.get(check.dimension)?.values ?? [];
      if (units.length === 0) add(indicator, { [check.dimension]: '' }, loaded, missingListNote(model, check.dimension));
      for (const unit of units) add(indicator, { [check.dimension]: unit }, loaded);
    } else if (check.kind === 'each_site') {
      const name = model.dimensions.get(check.dimension)?.name ?? check.dimension;
      add(indicator, { [check.dimension]: '' }, loaded, `每个${name}一行：复制本行，在${check.dimension}列填写${name}名称`);
    } else if (check.kind === 'cumulative') {
      // The rule sums the years itself: a running total here would be counted again every year.
      add(indicator, {}, loaded, `年度数 / annual figure：只填当年数，不填累计数；${check.from ?? loaded.plan.start_year}年起的累计由plancheck逐年相加`);
    } else if (check.kind === 'gap') {
      const groups = check.groups === 'listed' ? (model.dimensions.get(check.dimension)?.values ?? []) : check.groups;
      if (groups.length === 0) add(indicator, { [check.dimension]: '' }, loaded, missingListNote(model, check.dimension));
      for (const group of groups) add(indicator, { [check.dimension]: group }, loaded);
      if (check.measure === 'against_total') add(indicator, {}, loaded);
    } else {
      add(indicator, {}, loaded);
      if (check.kind === 'compare') add(check.other, {}, loaded, '参照数据');
    }
  }
  return [...rows.values()];
}

export function renderTemplate(rows: readonly TemplateRow[], year: number, bom: boolean): string {
  const dimensions = [...new Set(rows.flatMap((r) => Object.keys(r.dims)))].sort();
  const header = ['indicator', 'name', 'unit', 'lead', 'year', 'value', ...dimensions, 'note'];
  const lines = rows.map((r) => csvLine([r.indicator, r.name, r.unit, r.lead.join(';'), year, '', ...dimensions.map((d) => r.dims[d] ?? ''), r.note]));
  return csvDocument([csvLine(header), ...lines], bom);
}

/** One sheet per lead unit; a figure led by several units appears in each of their sheets. */
export function splitByLead(rows: readonly TemplateRow[]): Map<string, TemplateRow[]> {
  const sheets = new Map<string, TemplateRow[]>();
  for (const row of rows) {
    for (const unit of row.lead.length ? row.lead : [NO_LEAD]) {
      let sheet = sheets.get(unit);
      if (!sheet) sheets.set(unit, (sheet = []));
      sheet.push(row);
    }
  }
  return sheets;
}

/** Without the county's list the sheet cannot name the units: the row says where the list goes. */
function missingListNote(model: PlanModel, dimension: string): string {
  const definition = model.dimensions.get(dimension);
  const name = definition?.name ?? dimension;
  if (definition?.list_file) return `没有${name}名单：先在数据旁放入${definition.list_file[0]}.csv（每行一个名称），再生成本表；或每个${name}复制本行并填写名称`;
  return `按${name}分别填报，每个单位一行并填写名称`;
}
