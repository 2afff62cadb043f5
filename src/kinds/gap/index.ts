// gap: 城乡区域差距明显缩小 / 男女收入差距明显缩小 — the difference between groups, judged like a trend.
import { noUnitList } from '../each-unit/no-unit-list.js';
import { judgeTrend } from '../trend.js';
import type { KindModule } from '../types.js';
import { gapSeries } from './gap-series.js';

export const gap: KindModule<'gap'> = {
  kind: 'gap',
  evaluate(check, ctx) {
    const code = check.direction === 'narrow' ? 'gap_narrow' : 'gap_widen';
    const names = ctx.data.dimensionNames(check.dimension);
    const measure = check.measure ?? 'largest_pair';
    const missingList = check.groups === 'listed' ? ctx.data.missingUnitList(check.dimension) : null;
    const describedGroups = (groups: readonly string[]) => (groups.length <= 3 ? groups.join('/') : `${groups.length}`);
    const targetFigures = { measure, dimensionName: names.zh, dimensionNameEn: names.en, unit: ctx.unit };
    if (missingList !== null) return noUnitList(ctx, check.dimension, missingList, { code, figures: { ...targetFigures, groups: '', groupCount: 0, baselineYear: ctx.baselineYear, baseValue: null } });
    const { groups, gaps, sides } = gapSeries(check, ctx, '全县');
    const verdict = judgeTrend(ctx, gaps, check.direction === 'narrow' ? 'down' : 'up', check.min_change ?? 0, code);
    const figures = { ...targetFigures, groups: describedGroups(groups), groupCount: groups.length };
    const widest = verdict.valueYear === null ? null : (sides.get(verdict.valueYear) ?? null);
    return {
      ...verdict,
      target: { ...verdict.target, figures: { ...verdict.target.figures, ...figures } },
      reason: { ...verdict.reason, figures: { ...verdict.reason.figures, ...figures, widest } },
    };
  },
  doc: {
    wording: ['城乡区域差距明显缩小', '男女收入差距明显缩小', '区域差距逐步缩小（多个乡镇、片区）'],
    summary: {
      zh: '各组数值之差，与基期相比缩小（可设定最小缩小幅度 min_change）。两组（如农村与城镇）为二者之差的绝对值；多组时默认取任意两组间的最大差距（largest_pair），或取各组与全县合计的最大差距（against_total）。groups 写 listed 时为该维度的全部单位（乡镇为县里提供的乡镇名单）。某年任一组缺数，该年差距不计。',
      en: 'The difference between groups is smaller than in the baseline year (optionally by at least min_change). For two groups (e.g. rural and urban) it is their absolute difference; for more, the largest difference between any two groups (largest_pair, default) or the largest difference of a group from the county total (against_total). groups: listed takes every unit of the dimension (for townships, the county’s list). A year in which any group has no value has no gap.',
    },
    example: '{ kind: gap, dimension: area, groups: [农村, 城镇], direction: narrow }',
  },
};
