// CSV column headers in the output language: statistics staff open these files in Excel. The English headers are
// the column ids (snake_case), stable for scripts; `--lang en` gives them.
import type { Lang } from './format.js';

const ZH: Record<string, string> = {
  plan: '规划',
  domain: '领域',
  rule: '编号',
  id: '编号',
  number: '序号',
  section: '部分',
  kind: '类型',
  indicator: '指标',
  indicator_name: '指标名称',
  name: '名称',
  unit: '单位',
  year: '年份',
  value: '数值',
  value_year: '数值年份',
  target: '目标',
  projected: '预测',
  status: '状态代码',
  status_label: '状态',
  reason_code: '原因代码',
  reason: '原因',
  lead: '牵头单位',
  responsible: '责任单位',
  every_year: '每年',
  aspirational: '力争',
  text: '规划原文',
  first_met: '首次达标年份',
  change: '变化代码',
  change_label: '变化',
  from_year: '原年份',
  to_year: '新年份',
  from_status: '原状态代码',
  to_status: '新状态代码',
  from_status_label: '原状态',
  to_status_label: '新状态',
  from_value: '原数值',
  to_value: '新数值',
  value_delta: '数值变化',
  value_direction: '数值方向',
  from_projected: '原预测',
  to_projected: '新预测',
  projected_delta: '预测变化',
  projected_direction: '预测方向',
  township: '乡镇',
  note: '备注',
};

export function csvHeaders(columns: readonly string[], lang: Lang): string[] {
  return lang === 'zh' ? columns.map((c) => ZH[c] ?? c) : [...columns];
}

export const CSV_HEADERS_ZH = ZH;
