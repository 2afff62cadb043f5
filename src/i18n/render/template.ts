// The texts of the data-collection sheets (`plancheck template`, `plancheck init`): column headers and the note on
// each row that says what to write.
import type { Catalogue } from '../catalogue.js';

export const TEMPLATE_TEXTS = {
  indicator: { zh: '指标', en: 'indicator' },
  name: { zh: '名称', en: 'name' },
  unit: { zh: '单位', en: 'unit' },
  lead: { zh: '牵头单位', en: 'lead' },
  year: { zh: '年份', en: 'year' },
  value: { zh: '数值', en: 'value' },
  note: { zh: '备注', en: 'note' },
  assessment: { zh: '评估结论：达标 / 部分达标 / 未达标', en: 'assessment: met / partial / not_met' },
  reference: { zh: '参照数据', en: 'reference figure' },
  'per-unit': { zh: (p) => `按${p.dimension}分别填报，每个单位一行并填写名称`, en: (p) => `one row per ${p.dimension}, with its name` },
  'missing-list': {
    zh: (p) => `没有${p.dimension}名单：先在数据旁放入${p.listFile}.csv（每行一个名称），再生成本表；或每个${p.dimension}复制本行并填写名称`,
    en: (p) => `no ${p.dimension} list: put ${p.listFile}.csv (one name a row) beside the data and write this sheet again, or copy this row for each ${p.dimension}`,
  },
  'per-site': {
    zh: (p) => `每个${p.dimension}一行：复制本行，在${p.dimension}列填写${p.dimension}名称`,
    en: (p) => `one row per ${p.dimension}: copy this row and fill in the ${p.dimension} column`,
  },
  'annual-figure': {
    zh: (p) => `年度数：只填当年数，不填累计数；${p.from}年起的累计由plancheck逐年相加`,
    en: (p) => `this year's figure only, not a running total; plancheck adds the years from ${p.from}`,
  },
} satisfies Catalogue;
