// qualitative: the plans' non-numeric goals, judged from an assessment recorded in the data.
import { missStatus } from '../../core/judge.js';
import type { Status, Verdict } from '../../core/types.js';
import type { KindModule } from '../types.js';

export const qualitative: KindModule<'qualitative'> = {
  kind: 'qualitative',
  evaluate(check, ctx) {
    // Both languages travel with the verdict; renderers pick the output language.
    const target = { code: 'qualitative', figures: { criterion: check.criterion?.zh ?? null, criterionEn: check.criterion?.en ?? null } };
    const found = ctx.data.assessment(ctx.ruleId, ctx.year) ?? (ctx.indicator ? ctx.data.assessment(ctx.indicator, ctx.year) : null);
    const base = { target, value: null, projected: null, series: [] };
    if (!found) return { ...base, status: 'not-assessed', valueYear: null, reason: { code: 'not-assessed', figures: { year: ctx.year } } };
    // The same data age policy as for numbers: an assessment speaks for its own year (or within max_age).
    if (ctx.year - found.year > ctx.maxAge) {
      const figures = { year: ctx.year, latestYear: found.year, assessment: found.assessment };
      return { ...base, status: 'not-assessed', valueYear: null, reason: { code: 'assessment-outdated', figures } };
    }
    const final = ctx.year >= ctx.deadline;
    const statusOf: Record<typeof found.assessment, Status> = {
      met: 'pass',
      // Partly met is a warning on the way, and a miss at the final evaluation.
      partial: final ? missStatus(ctx) : 'at-risk',
      not_met: missStatus(ctx),
    };
    const verdict: Verdict = {
      ...base,
      status: statusOf[found.assessment],
      valueYear: found.year,
      reason: { code: `assessed-${found.assessment}`, figures: { assessment: found.assessment, valueYear: found.year, year: ctx.year, aspirational: ctx.aspirational } },
    };
    return verdict;
  },
  doc: {
    wording: ['健全完善…', '不断提高…意识', 'any goal without a number'],
    summary: {
      zh: '定性目标：监测组按规则的评估标准（criterion，中文、英文各一，写明达标 / 部分达标 / 未达标各需看到什么）作出评估结论，状态取自数据中的结论（达标 / 部分达标 / 未达标，或 met / partial / not_met），数据行的指标列填规则编号；无评估则为“待评估”。',
      en: 'A non-numeric goal: the monitoring group assesses it against the rule\'s criterion (in Chinese and English: what counts as met / partly met / not met) and the status comes from that assessment in the data (met / partial / not_met, or 达标 / 部分达标 / 未达标), keyed by rule id; without one it is not-assessed.',
    },
    example: '{ kind: qualitative, criterion: { zh: 达标：县妇幼保健院通过二级甲等评审…, en: "Met: the county MCH hospital passes the grade 2A review…" } }',
  },
};
