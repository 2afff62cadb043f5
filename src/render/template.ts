// The data-collection sheet a member unit fills in: one row per figure it must report, as CSV.
import type { LoadedRule, PlanModel } from '../model/plan-model.js';
import type { Lang } from '../i18n/format.js';
import { csvDocument, csvLine } from './csv-cell.js';
import { sayer, sayIn } from '../i18n/catalogue.js';
import { TEMPLATE_TEXTS } from '../i18n/render/template.js';

export interface TemplateRow {
  indicator: string;
  name: string;
  unit: string;
  lead: string[];
  dims: Record<string, string>;
  /** What to write, as a code: the sheet's language decides the words. */
  note: TemplateNote | null;
  /** An assessment (达标 / 部分达标 / 未达标) of a qualitative rule, not a number. */
  assessment: boolean;
  /** The plan's words of every rule that needs the figure. */
  plan: string[];
}

export type TemplateNote =
  | { code: 'assessment' }
  | { code: 'per-unit'; dimension: string }
  | { code: 'missing-list'; dimension: string; listFile: string }
  | { code: 'per-site'; dimension: string }
  | { code: 'annual-figure'; from: number }
  | { code: 'reference' };

export const NO_LEAD = '未列牵头单位';

/** Every figure the rules need: each indicator once per unit it is judged by, qualitative goals by rule id. */
export function templateRows(rules: readonly LoadedRule[], model: PlanModel): TemplateRow[] {
  const rows = new Map<string, TemplateRow>();
  const add = (indicator: string, dims: Record<string, string>, rule: LoadedRule, note: TemplateNote | null = null) => {
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
      add(rule.id, {}, loaded, { code: 'assessment' });
      continue;
    }
    const indicator = rule.indicator!;
    if (check.kind === 'each_unit') {
      // A rule on named units (W-HEALTH-M8c: 艾滋病 and 梅毒) asks for those only; a row for another unit would be read by no rule.
      const units = Array.isArray(check.units) ? check.units : (model.dimensions.get(check.dimension)?.values ?? []);
      if (units.length === 0) add(indicator, { [check.dimension]: '' }, loaded, missingListNote(model, check.dimension));
      for (const unit of units) add(indicator, { [check.dimension]: unit }, loaded);
    } else if (check.kind === 'each_site') {
      add(indicator, { [check.dimension]: '' }, loaded, { code: 'per-site', dimension: check.dimension });
    } else if (check.kind === 'cumulative') {
      // The rule sums the years itself: a running total here would be counted again every year.
      add(indicator, {}, loaded, { code: 'annual-figure', from: check.from ?? loaded.plan.start_year });
    } else if (check.kind === 'gap') {
      const groups = check.groups === 'listed' ? (model.dimensions.get(check.dimension)?.values ?? []) : check.groups;
      if (groups.length === 0) add(indicator, { [check.dimension]: '' }, loaded, missingListNote(model, check.dimension));
      for (const group of groups) add(indicator, { [check.dimension]: group }, loaded);
      if (check.measure === 'against_total') add(indicator, {}, loaded);
    } else {
      add(indicator, {}, loaded);
      if (check.kind === 'compare') add(check.other, {}, loaded, { code: 'reference' });
    }
  }
  return [...rows.values()];
}

/** A row's note in a sheet's language. */
export function templateNoteText(note: TemplateNote | null, lang: Lang, dimensionName: (id: string) => string): string {
  if (!note) return '';
  const params: Record<string, string | number> = {};
  if ('dimension' in note) params.dimension = dimensionName(note.dimension);
  if ('listFile' in note) params.listFile = note.listFile;
  if ('from' in note) params.from = note.from;
  return sayIn(TEMPLATE_TEXTS, note.code, lang, params);
}

export interface TemplateSheetOptions {
  year: number;
  bom: boolean;
  lang: Lang;
  /** A dimension's name as a column header in the sheet's language (乡镇 / township). */
  dimensionName: (id: string) => string;
}

export function renderTemplate(rows: readonly TemplateRow[], options: TemplateSheetOptions): string {
  const h = sayer(TEMPLATE_TEXTS, options.lang);
  const dimensions = [...new Set(rows.flatMap((r) => Object.keys(r.dims)))].sort();
  const header = [h('indicator'), h('name'), h('unit'), h('lead'), h('year'), h('value'), ...dimensions.map(options.dimensionName), h('note')];
  const note = (r: TemplateRow) => templateNoteText(r.note, options.lang, options.dimensionName);
  const lines = rows.map((r) => csvLine([r.indicator, r.name, r.unit, r.lead.join(';'), options.year, '', ...dimensions.map((d) => r.dims[d] ?? ''), note(r)]));
  return csvDocument([csvLine(header), ...lines], options.bom);
}

/** Template rows as data, for --format json. */
export function templateJson(rows: readonly TemplateRow[], year: number): string {
  return JSON.stringify(rows.map((r) => ({ indicator: r.indicator, name: r.name, unit: r.unit, lead: r.lead, year, dimensions: r.dims })), null, 2) + '\n';
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
function missingListNote(model: PlanModel, dimension: string): TemplateNote {
  const listFile = model.dimensions.get(dimension)?.list_file?.[0];
  return listFile ? { code: 'missing-list', dimension, listFile } : { code: 'per-unit', dimension };
}
