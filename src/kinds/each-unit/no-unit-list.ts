// Per-unit targets without the county's list of units: no-data, never a pass over whatever units the data happens to report.
import { noData } from '../../core/judge.js';
import type { Coded, Verdict } from '../../core/types.js';
import type { KindContext } from '../types.js';

export function noUnitList(ctx: KindContext, dimension: string, listFile: string, target: Coded): Verdict {
  const names = ctx.data.dimensionNames(dimension);
  return noData(ctx, target, 'no-unit-list', { dimension, dimensionName: names.zh, dimensionNameEn: names.en, listFile });
}
