// each_unit: 以乡镇(街道)为单位达到90%以上 / 每个乡镇至少1家 — a check applied to every unit, then rolled up.
import type { Status, UnitBreakdown } from '../../core/types.js';
import { STATUSES } from '../../core/types.js';
import type { UnitCheck } from '../checks.js';
import type { KindModule } from '../types.js';
import { noUnitList } from './no-unit-list.js';

export function rollUp(statuses: Status[], rollup: 'all' | { share: number }): Status {
  const count = (s: Status) => statuses.filter((x) => x === s).length;
  if (statuses.length === 0) return 'no-data';
  if (rollup === 'all') {
    if (count('fail') > 0) return 'fail';
    if (count('no-data') > 0) return 'no-data';
    if (count('at-risk') > 0) return 'at-risk';
    return 'pass';
  }
  const need = Math.ceil(rollup.share * statuses.length - 1e-9);
  if (count('pass') >= need) return 'pass';
  if (count('pass') + count('at-risk') >= need) return 'at-risk';
  if (count('pass') + count('at-risk') + count('no-data') >= need) return 'no-data';
  return 'fail';
}

export const eachUnit: KindModule<'each_unit'> = {
  kind: 'each_unit',
  evaluate(check, ctx) {
    const rollup = check.rollup ?? 'all';
    const names = ctx.data.dimensionNames(check.dimension);
    const missingList = check.units === undefined ? ctx.data.missingUnitList(check.dimension) : null;
    if (missingList !== null) return noUnitList(ctx, check.dimension, missingList, { code: 'each_unit', figures: { dimension: check.dimension, dimensionName: names.zh, dimensionNameEn: names.en, share: 1, innerCode: check.check.kind, unit: ctx.unit, ...('target' in check.check ? { target: check.check.target } : {}) } });
    const unitNames =
      check.units === 'reported' ? ctx.data.reportedUnitsOf(ctx.indicator!, check.dimension) : check.units ?? ctx.data.unitsOf(ctx.indicator!, check.dimension);
    const outcomes = unitNames.map((unit) => ({ unit, verdict: ctx.evaluateCheck(check.check, { ...ctx, dims: { ...ctx.dims, [check.dimension]: unit } }) }));
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
    for (const o of outcomes) counts[o.verdict.status] += 1;
    const units: UnitBreakdown = {
      dimension: check.dimension,
      rollup,
      counts,
      units: outcomes.map(({ unit, verdict }) => ({ unit, status: verdict.status, value: verdict.value, valueYear: verdict.valueYear, reason: verdict.reason })),
    };
    const status = rollUp(outcomes.map((o) => o.verdict.status), rollup);
    const innerTarget = outcomes[0]?.verdict.target ?? { code: check.check.kind, figures: 'target' in check.check ? { target: check.check.target, unit: ctx.unit } : { unit: ctx.unit } };
    const failing = outcomes.filter((o) => o.verdict.status === 'fail' || o.verdict.status === 'no-data').map((o) => o.unit);
    const values = outcomes.map((o) => o.verdict.value).filter((v): v is number => v !== null);
    return {
      status,
      reason: {
        code: unitNames.length === 0 ? 'no-units' : 'units-rollup',
        figures: { dimension: check.dimension, units: unitNames.length, pass: counts.pass, atRisk: counts['at-risk'], fail: counts.fail, noData: counts['no-data'], share: rollup === 'all' ? 1 : rollup.share, failing: failing.slice(0, 5), year: ctx.year },
      },
      target: { code: 'each_unit', figures: { dimension: check.dimension, dimensionName: names.zh, dimensionNameEn: names.en, share: rollup === 'all' ? 1 : rollup.share, innerCode: innerTarget.code, ...innerTarget.figures } },
      // The weakest unit is what a county total would hide, so show it as the value.
      value: values.length ? weakest(values, check.check) : null,
      valueYear: outcomes.find((o) => o.verdict.valueYear !== null)?.verdict.valueYear ?? null,
      projected: null,
      series: [],
      units,
    };
  },
  doc: {
    wording: ['以乡镇(街道)为单位达到X以上', '每个乡镇(街道)至少有X家', '每个村…'],
    summary: {
      zh: '对维度（如乡镇）的每个单位逐一判定，再汇总：默认全部单位达标才达标，也可设定达标单位比例；结果列出各状态的单位数和名称。县级合计不能证明此类目标。乡镇、村的单位取自县里的名单文件（乡镇名单.csv、村名单.csv），名单上没有数值的单位为无数据；没有名单时判为无数据。',
      en: 'The check is applied to every unit of a dimension (e.g. each township) and rolled up: all units by default, or a share of units; the result lists the units in each status. A county total cannot prove such a target. Townships and villages are those on the county’s list files (乡镇名单.csv, 村名单.csv); a listed unit without a value is no-data, and without a list the rule is no-data.',
    },
    example: '{ kind: each_unit, dimension: township, check: { kind: at_least, target: 90 } }',
  },
};

function weakest(values: number[], check: UnitCheck): number {
  const lowerIsBetter = check.kind === 'at_most' || check.kind === 'trend_down' || (check.kind === 'change_from_baseline' && check.direction === 'down');
  return lowerIsBetter ? Math.max(...values) : Math.min(...values);
}
