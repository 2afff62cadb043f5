// Column names the loader recognises in a header (English and Chinese), by role.
import type { Dimension } from '../../schema/indicator.js';
import { nameKey } from './normalize-text.js';

export type FixedRole = 'indicator' | 'year' | 'value' | 'unit' | 'note';

const ROLE_NAMES: Readonly<Record<FixedRole, readonly string[]>> = {
  indicator: ['indicator', 'indicator_id', 'indicator id', '指标', '指标名称', '指标代码', '指标id'],
  year: ['year', '年份', '年度', '年'],
  value: ['value', '数值', '值', '数据', '指标值'],
  unit: ['unit', '单位', '计量单位'],
  // The descriptive columns of `plancheck template` (name, lead units) are read past like notes.
  note: ['note', 'notes', 'remark', 'remarks', 'comment', '备注', '说明', 'name', 'indicator_name', 'lead', 'responsible', '牵头单位', '责任单位'],
};

/** Chinese headers for the usual dimensions; model dimensions add their own id and name. */
const DIMENSION_NAMES: Readonly<Record<string, readonly string[]>> = {
  township: ['township', '乡镇', '乡镇(街道)', '乡镇街道', '乡镇/街道', '街道'],
  area: ['area', '城乡', '城乡分类'],
  sex: ['sex', '性别'],
  age_group: ['age_group', '年龄组', '年龄段'],
  site: ['site', '机构', '学校', '机构名称', '学校名称', '站点'],
};

/**
 * 名称 heads the name column of a Chinese template sheet; in a wide file without an indicator column it is the
 * indicator itself, so it is not a note everywhere: a long file (which has its indicator column) reads past it.
 */
export const LONG_LAYOUT_DESCRIPTIVE = new Set(['名称'].map(nameKey));

export type HeaderName = { role: FixedRole } | { role: 'dimension'; dimension: string };

/** Map from a header's name key to what the column holds. */
export function buildHeaderNames(dimensions: readonly Dimension[]): ReadonlyMap<string, HeaderName> {
  const names = new Map<string, HeaderName>();
  for (const [role, list] of Object.entries(ROLE_NAMES) as Array<[FixedRole, readonly string[]]>) {
    for (const name of list) names.set(nameKey(name), { role });
  }
  for (const [dimension, list] of Object.entries(DIMENSION_NAMES)) {
    for (const name of list) names.set(nameKey(name), { role: 'dimension', dimension });
  }
  for (const dim of dimensions) {
    for (const name of [dim.id, dim.name, dim.name_en]) {
      const key = nameKey(name);
      if (key !== '' && !names.has(key)) names.set(key, { role: 'dimension', dimension: dim.id });
    }
  }
  return names;
}
