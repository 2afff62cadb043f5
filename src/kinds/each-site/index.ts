// each_site: 每所学校至少… / 每个机构… — a minimum every site must meet, where the data gives one row per site
// (a school, an institution) and the sites are whatever the data names, not a list the county declares.
import { atLeast, atMost } from '../../core/decimal.js';
import { missStatus, noData } from '../../core/judge.js';
import type { Coded, Status, UnitOutcome, Verdict } from '../../core/types.js';
import { STATUSES } from '../../core/types.js';
import type { KindModule } from '../types.js';

/** Sites named in the reason; the rest are counted (the JSON lists every site). */
const NAMED = 5;

export const eachSite: KindModule<'each_site'> = {
  kind: 'each_site',
  evaluate(check, ctx) {
    const op = check.op ?? 'at_least';
    const names = ctx.data.dimensionNames(check.dimension);
    const target: Coded = { code: 'each_site', figures: { target: check.target, op, unit: ctx.unit, dimension: check.dimension, dimensionName: names.zh, dimensionNameEn: names.en } };
    // Every site the data has named up to the evaluation year must report that year: one that stopped is not a pass.
    const sites = ctx.data.reportedUnitsOf(ctx.indicator!, check.dimension).filter((site) => [...siteSeries(site).keys()].some((y) => y <= ctx.year));
    if (sites.length === 0) return noData(ctx, target, 'no-sites', { dimension: check.dimension, dimensionName: names.zh, dimensionNameEn: names.en });
    const meets = (v: number) => (op === 'at_least' ? atLeast(v, check.target) : atMost(v, check.target));
    // Before the deadline a site below the minimum can still be brought up to it; from the deadline on, or every year, it is a miss.
    const belowStatus: Status = ctx.year >= ctx.deadline || ctx.everyYear ? missStatus(ctx) : 'at-risk';
    const outcomes: UnitOutcome[] = sites.map((site) => {
      const value = siteSeries(site).get(ctx.year);
      if (value === undefined) {
        const reason: Coded = { code: 'site-no-value', figures: { year: ctx.year } };
        return { unit: site, status: 'no-data', value: null, valueYear: null, reason };
      }
      const met = meets(value);
      const reason: Coded = { code: met ? 'met-final' : 'missed-final', figures: { value, valueYear: ctx.year } };
      return { unit: site, status: met ? 'pass' : belowStatus, value, valueYear: ctx.year, reason };
    });
    const below = outcomes.filter((o) => o.value !== null && !meets(o.value));
    const missing = outcomes.filter((o) => o.value === null).map((o) => o.unit);
    const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
    for (const o of outcomes) counts[o.status] += 1;
    const status: Status = below.length > 0 ? belowStatus : missing.length > 0 ? 'no-data' : 'pass';
    const code = below.length > 0 ? 'sites-below' : missing.length > 0 ? 'sites-missing' : 'sites-met';
    const values = outcomes.map((o) => o.value).filter((v): v is number => v !== null);
    const verdict: Verdict = {
      status,
      reason: {
        code,
        figures: {
          year: ctx.year,
          deadline: ctx.deadline,
          sites: sites.length,
          below: below.length,
          missingCount: missing.length,
          belowSites: below.slice(0, NAMED).map((o) => o.unit),
          belowValues: below.slice(0, NAMED).map((o) => o.value!),
          missingSites: missing.slice(0, NAMED),
          dimensionName: names.zh,
          dimensionNameEn: names.en,
          aspirational: ctx.aspirational,
        },
      },
      target,
      // The weakest site is what the rule is about.
      value: values.length === 0 ? null : op === 'at_least' ? Math.min(...values) : Math.max(...values),
      valueYear: values.length === 0 ? null : ctx.year,
      projected: null,
      series: [],
      units: { dimension: check.dimension, rollup: 'all', counts, units: outcomes },
    };
    return verdict;

    function siteSeries(site: string) {
      return ctx.data.series(ctx.indicator!, { ...ctx.dims, [check.dimension]: site });
    }
  },
  doc: {
    wording: ['每所学校至少X', '每个机构（站点）不少于X', '各…均达到X'],
    summary: {
      zh: '数据每个机构（学校、站点）每年一行（site 列，名称不需事先列出）；评估年份每个机构都须达到目标值。截止年份前有机构未达到为预警，到截止年份（或每年目标）为未达标；以前年份报过、当年未报的机构为无数据，不算达标。原因中列出未达到和缺报的机构。',
      en: 'The data gives one row per site (school, institution) and year, in a site column whose names need not be listed beforehand; every site must meet the target in the evaluation year. A site below it is at-risk before the deadline and fail from the deadline on (or for every-year rules); a site that reported in earlier years but not this one is no-data, never a pass. The reason names the sites below the target and those missing.',
    },
    example: '{ kind: each_site, target: 1 }',
  },
};
