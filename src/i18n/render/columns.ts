// Column headings of every table (terminal, markdown, HTML report), one code per column.
import type { Catalogue } from '../catalogue.js';

export const COLUMN_TEXTS = {
  rule: { zh: '编号', en: 'Rule' },
  kind: { zh: '类型', en: 'Kind' },
  indicator: { zh: '指标', en: 'Indicator' },
  target: { zh: '目标', en: 'Target' },
  value: { zh: '数值', en: 'Value' },
  projected: { zh: '预测', en: 'Projected' },
  status: { zh: '状态', en: 'Status' },
  lead: { zh: '牵头单位', en: 'Lead' },
  leadUnit: { zh: '牵头单位', en: 'Lead unit' },
  reason: { zh: '原因', en: 'Reason' },
  trend: { zh: '走势', en: 'Values' },
  latest: { zh: '最新数值', en: 'Latest' },
  firstMet: { zh: '首次达标', en: 'First met' },
  number: { zh: '序号', en: 'No.' },
  planText: { zh: '规划原文', en: "The plan's words" },
  valueYear: { zh: '数值（年份）', en: 'Value (year)' },
  targetCount: { zh: '项数', en: 'Targets' },
  targets: { zh: '目标', en: 'Targets' },
  planDomain: { zh: '规划 / 领域', en: 'Plan / domain' },
  total: { zh: '合计', en: 'Total' },
  where: { zh: '位置', en: 'Where' },
  whyUnused: { zh: '未使用的原因', en: 'Why not used' },
} satisfies Catalogue;

export type ColumnCode = keyof typeof COLUMN_TEXTS;
