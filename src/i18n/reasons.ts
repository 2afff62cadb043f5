// One sentence per reason code, in Chinese and English, built from the code's figures.
import type { Coded } from '../core/types.js';
import { changeUnit, formatNumber, withUnit, type Lang } from './format.js';
import { describeTarget } from './targets.js';

interface ReasonInput {
  reason: Coded;
  target: Coded;
  unit: string;
}

type Phrase = (f: Coded['figures'], t: string, u: string) => string;

const v = (f: Coded['figures'], key: string, unit: string) => withUnit(f[key] as number | null, unit);
const years = (f: Coded['figures'], key: string) => ((f[key] as number[] | undefined) ?? []).join('、');
const siteValues = (f: Coded['figures'], unit: string, lang: Lang) =>
  ((f.belowSites as string[] | undefined) ?? [])
    .map((site, i) => (lang === 'zh' ? `${site}（${withUnit((f.belowValues as number[])[i], unit)}）` : `${site} (${withUnit((f.belowValues as number[])[i], unit)})`))
    .join(lang === 'zh' ? '、' : ', ');
const sitesMissing = (f: Coded['figures'], separator: string) => ((f.missingSites as string[] | undefined) ?? []).join(separator);
const missing = (f: Coded['figures'], lang: Lang) =>
  years(f, 'missingYears') === '' ? '' : lang === 'zh' ? `（${years(f, 'missingYears')}年缺数，未计入）` : ` (no value for ${years(f, 'missingYears')}, not counted)`;

const latest = (f: Coded['figures'], u: string, lang: 'zh' | 'en') =>
  typeof f.latestYear !== 'number' ? '' : lang === 'zh' ? `（最近数据：${f.latestYear}年 ${v(f, 'latestValue', u)}）` : ` (latest: ${v(f, 'latestValue', u)} in ${f.latestYear})`;
/** Years without a value, after the years missed (every-year rules): "，2023年无数据". */
const alsoMissing = (f: Coded['figures'], lang: 'zh' | 'en') =>
  ((f.missingYears as number[] | undefined) ?? []).length === 0 ? '' : lang === 'zh' ? `，${years(f, 'missingYears')}年无数据` : `; no value for ${years(f, 'missingYears')}`;
const ASSESSMENT_WORDS = { zh: { met: '达标', partial: '部分达标', not_met: '未达标' }, en: { met: 'met', partial: 'partly met', not_met: 'not met' } } as const;
const assessmentWord = (a: unknown, lang: 'zh' | 'en') => ASSESSMENT_WORDS[lang][a as keyof (typeof ASSESSMENT_WORDS)['zh']] ?? String(a);

const zh: Record<string, Phrase> = {
  'no-value': (f) => `${f.year}年及以前没有可用数值。`,
  'no-baseline': (f) => `缺少基期（${f.baselineYear}年）数值，无法判断变化。`,
  'only-baseline': (f) => `只有基期（${f.baselineYear}年）数值，尚无法判断变化方向。`,
  'no-current-value': (f, t, u) => `缺${f.year}年数值，不作判定（最近数据：${f.latestYear}年 ${v(f, 'latestValue', u)}）。`,
  'every-year-missing': (f, t, u) => `每年须达到${t}，${years(f, 'missingYears')}年没有数值，无法判定${latest(f, u, 'zh')}。`,
  'baseline-year': (f) => `基期年份：规划目标自${f.startYear}年起评估，${f.year}年不作判定。`,
  'assessment-outdated': (f) => `缺${f.year}年评估结论（最近评估：${f.latestYear}年 ${assessmentWord(f.assessment, 'zh')}）。`,
  'every-year-met': (f, t, u) => `${f.valueYear}年${v(f, 'value', u)}，每年均达到${t}。`,
  'every-year-missed': (f, t) => `每年须达到${t}，${years(f, 'missedYears')}年未达到${alsoMissing(f, 'zh')}。`,
  'met-final': (f, t, u) => `${f.valueYear}年${v(f, 'value', u)}，达到目标${t}。`,
  'missed-final': (f, t, u) => `${f.valueYear}年${v(f, 'value', u)}，未达到目标${t}。`,
  'met-on-track': (f, t, u) => `${f.valueYear}年${v(f, 'value', u)}已达到${t}，按趋势${f.deadline}年为${v(f, 'projected', u)}。`,
  'met-no-projection': (f, t, u) => `${f.valueYear}年${v(f, 'value', u)}已达到${t}；数据点不足两个，无法预测趋势。`,
  'met-near-boundary': (f, t, u) => `${f.valueYear}年${v(f, 'value', u)}达到${t}，但距目标界限在预警幅度内。`,
  'met-projection-misses': (f, t, u) => `${f.valueYear}年${v(f, 'value', u)}已达到${t}，但按趋势${f.deadline}年将为${v(f, 'projected', u)}，届时不达标。`,
  'missed-projection-meets': (f, t, u) => `${f.valueYear}年${v(f, 'value', u)}未达到${t}，按趋势${f.deadline}年可达${v(f, 'projected', u)}。`,
  'missed-projection-misses': (f, t, u) => `${f.valueYear}年${v(f, 'value', u)}未达到${t}，按趋势${f.deadline}年仅为${v(f, 'projected', u)}。`,
  'missed-no-projection': (f, t, u) => `${f.valueYear}年${v(f, 'value', u)}未达到${t}；数据点不足两个，无法预测趋势。`,
  unsteady: (f, t, u) => `${f.valueYear}年${v(f, 'value', u)}高于基期，但${years(f, 'dipYears')}年较上年降幅超过${formatNumber(f.maxDip as number)}${changeUnit(u, 'zh')}，波动较大。`,
  'not-falling': (f, t, u) =>
    `${years(f, 'riseYears')}年未低于上年${typeof f.maxRise !== 'number' ? '' : `（回升超过${formatNumber(f.maxRise as number)}${changeUnit(u, 'zh')}）`}，未做到逐年下降；${f.valueYear}年为${v(f, 'value', u)}，目标${t}${missing(f, 'zh')}。`,
  'yearly-missing': (f, t, u) => `${years(f, 'missingYears')}年没有数值，无法判断是否逐年下降（缺数不算下降）；${f.valueYear}年为${v(f, 'value', u)}，目标${t}。`,
  'fell-every-year': (f, t, u) => `${f.from}—${f.valueYear}年每年均低于上年，${f.valueYear}年为${v(f, 'value', u)}，达到${t}。`,
  'no-annual-change': () => `没有相邻两年的数值，无法计算年度变化。`,
  'annual-change-met': (f, t, u) => `${f.valueYear}年较上年变化${formatNumber(f.value as number)}${changeUnit(u, 'zh')}，各年均达到${t}。`,
  'annual-change-missed': (f, t) => `${years(f, 'missedYears')}年未达到${t}${alsoMissing(f, 'zh')}。`,
  'annual-change-missing': (f, t) => `${years(f, 'missingYears')}年缺本年或上年数值，无法计算变化，不能判定每年均达到${t}。`,
  'annual-change-average-met': (f, t, u) => `${f.baselineYear}—${f.year}年年均变化${formatNumber(f.averageChange as number)}${changeUnit(u, 'zh')}，达到${t}。`,
  'annual-change-average-behind': (f, t, u) => `${f.baselineYear}—${f.year}年年均变化${formatNumber(f.averageChange as number)}${changeUnit(u, 'zh')}，尚未达到${t}，${f.deadline}年终期前须加快。`,
  'annual-change-average-missed': (f, t, u) => `${f.baselineYear}—${f.year}年年均变化${formatNumber(f.averageChange as number)}${changeUnit(u, 'zh')}，未达到${t}。`,
  'no-reference': (f) => `缺少${f.year}年参照数据“${f.other}”，无法比较。`,
  'no-units': (f) => `数据中没有按${f.dimension}分的数值。`,
  'units-rollup': (f) =>
    `${f.units}个单位中达标${f.pass}个、预警${f.atRisk}个、未达标${f.fail}个、无数据${f.noData}个` +
    ((f.failing as string[]).length ? `（未达标或无数据：${(f.failing as string[]).join('、')}${(f.fail as number) + (f.noData as number) > 5 ? '等' : ''}）` : '') +
    '。',
  'cumulative-met': (f, t, u) => `${f.from}—${f.to}年累计${v(f, 'total', u)}，已达到${t}${missing(f, 'zh')}。`,
  'cumulative-missed-final': (f, t, u) => `${f.from}—${f.to}年累计${v(f, 'total', u)}，未达到${t}。`,
  'cumulative-on-pace': (f, t, u) => `${f.from}—${f.to}年累计${v(f, 'total', u)}（年均${v(f, 'pace', u)}），按此进度${f.deadline}年累计可达${v(f, 'projected', u)}。`,
  'cumulative-pace-near': (f, t, u) => `${f.from}—${f.to}年累计${v(f, 'total', u)}（年均${v(f, 'pace', u)}），按此进度${f.deadline}年累计${v(f, 'projected', u)}，仅略高于${t}，在预警幅度内。`,
  'cumulative-behind-pace': (f, t, u) => `${f.from}—${f.to}年累计${v(f, 'total', u)}（年均${v(f, 'pace', u)}），按此进度${f.deadline}年累计仅为${v(f, 'projected', u)}，达不到${t}。`,
  'cumulative-missing-years': (f, t, u) => `${years(f, 'missingYears')}年没有数值（缺数不按0计），无法算出累计数；其余年份合计${v(f, 'total', u)}，尚未达到${t}。`,
  'no-unit-list': (f) => `县里的${f.dimensionName}名单（${f.listFile}）未提供，无法确定应检查哪些${f.dimensionName}；请在数据旁放入名单，每行一个名称。`,
  'no-sites': (f) => `数据中没有按${f.dimensionName}分的数值（每个${f.dimensionName}一行）。`,
  'site-no-value': (f) => `${f.year}年没有数值，缺数不算达标。`,
  'sites-met': (f, t) => `${f.year}年${f.sites}个${f.dimensionName}均达到${t}。`,
  'sites-below': (f, t, u) =>
    `${f.year}年${f.sites}个${f.dimensionName}中${f.below}个未达到${t}：${siteValues(f, u, 'zh')}${(f.below as number) > 5 ? '等' : ''}` +
    ((f.missingCount as number) > 0 ? `；${f.missingCount}个没有当年数值（${sitesMissing(f, '、')}）` : '') +
    '。',
  'sites-missing': (f, t) => `${f.year}年${f.sites}个${f.dimensionName}中${f.missingCount}个没有当年数值（${sitesMissing(f, '、')}${(f.missingCount as number) > 5 ? '等' : ''}），缺数不算达标；其余均达到${t}。`,
  'not-assessed': (f) => `${f.year}年及以前没有评估结论。`,
  'assessed-met': (f) => `${f.valueYear}年评估结论：达标。`,
  'assessed-partial': (f) => `${f.valueYear}年评估结论：部分达标。`,
  'assessed-not_met': (f) => `${f.valueYear}年评估结论：未达标。`,
};

const en: Record<string, Phrase> = {
  'no-value': (f) => `No usable value for ${f.year} or earlier.`,
  'no-baseline': (f) => `No baseline (${f.baselineYear}) value, so no change can be judged.`,
  'only-baseline': (f) => `Only the baseline (${f.baselineYear}) value so far; no direction can be judged yet.`,
  'no-current-value': (f, t, u) => `No value for ${f.year}, so no verdict (latest: ${v(f, 'latestValue', u)} in ${f.latestYear}).`,
  'every-year-missing': (f, t, u) => `Must hold every year (${t}); no value for ${years(f, 'missingYears')}, so no verdict${latest(f, u, 'en')}.`,
  'baseline-year': (f) => `Baseline year: the plan's targets are judged from ${f.startYear}; ${f.year} is not judged.`,
  'assessment-outdated': (f) => `No assessment for ${f.year} (latest: ${assessmentWord(f.assessment, 'en')} in ${f.latestYear}).`,
  'every-year-met': (f, t, u) => `${v(f, 'value', u)} in ${f.valueYear}; ${t} held every year.`,
  'every-year-missed': (f, t) => `Must hold every year (${t}); missed in ${years(f, 'missedYears')}${alsoMissing(f, 'en')}.`,
  'met-final': (f, t, u) => `${v(f, 'value', u)} in ${f.valueYear} meets the target ${t}.`,
  'missed-final': (f, t, u) => `${v(f, 'value', u)} in ${f.valueYear} misses the target ${t}.`,
  'met-on-track': (f, t, u) => `${v(f, 'value', u)} in ${f.valueYear} meets ${t}; the trend gives ${v(f, 'projected', u)} in ${f.deadline}.`,
  'met-no-projection': (f, t, u) => `${v(f, 'value', u)} in ${f.valueYear} meets ${t}; fewer than two points, so no projection.`,
  'met-near-boundary': (f, t, u) => `${v(f, 'value', u)} in ${f.valueYear} meets ${t} but is within the warning margin.`,
  'met-projection-misses': (f, t, u) => `${v(f, 'value', u)} in ${f.valueYear} meets ${t}, but the trend gives ${v(f, 'projected', u)} in ${f.deadline}, a miss.`,
  'missed-projection-meets': (f, t, u) => `${v(f, 'value', u)} in ${f.valueYear} misses ${t}; the trend reaches ${v(f, 'projected', u)} by ${f.deadline}.`,
  'missed-projection-misses': (f, t, u) => `${v(f, 'value', u)} in ${f.valueYear} misses ${t}; the trend gives only ${v(f, 'projected', u)} in ${f.deadline}.`,
  'missed-no-projection': (f, t, u) => `${v(f, 'value', u)} in ${f.valueYear} misses ${t}; fewer than two points, so no projection.`,
  unsteady: (f, t, u) => `${v(f, 'value', u)} in ${f.valueYear} is above the baseline, but fell by more than ${formatNumber(f.maxDip as number)}${changeUnit(u, 'en')} in ${years(f, 'dipYears')}.`,
  'not-falling': (f, t, u) =>
    `Not lower than the year before in ${years(f, 'riseYears').replaceAll('、', ', ')}${typeof f.maxRise !== 'number' ? '' : ` (a rise beyond ${formatNumber(f.maxRise as number)}${changeUnit(u, 'en')})`}, so not falling year on year; ${v(f, 'value', u)} in ${f.valueYear}, target ${t}${missing(f, 'en')}.`,
  'yearly-missing': (f, t, u) => `No value for ${years(f, 'missingYears').replaceAll('、', ', ')}, so a fall in every year cannot be shown (a missing year is not a fall); ${v(f, 'value', u)} in ${f.valueYear}, target ${t}.`,
  'fell-every-year': (f, t, u) => `Lower than the year before in every year ${f.from}–${f.valueYear}; ${v(f, 'value', u)} in ${f.valueYear} meets ${t}.`,
  'no-annual-change': () => `No two consecutive years, so no annual change.`,
  'annual-change-met': (f, t, u) => `Changed ${formatNumber(f.value as number)}${changeUnit(u, 'en')} in ${f.valueYear}; every year met ${t}.`,
  'annual-change-missed': (f, t) => `Missed ${t} in ${years(f, 'missedYears')}${alsoMissing(f, 'en')}.`,
  'annual-change-missing': (f, t) => `No value for ${years(f, 'missingYears')} or the year before, so no change; ${t} cannot be shown for every year.`,
  'annual-change-average-met': (f, t, u) => `Average change ${formatNumber(f.averageChange as number)}${changeUnit(u, 'en')} a year over ${f.baselineYear}–${f.year} meets ${t}.`,
  'annual-change-average-behind': (f, t, u) => `Average change ${formatNumber(f.averageChange as number)}${changeUnit(u, 'en')} a year over ${f.baselineYear}–${f.year} is short of ${t}; it must speed up by ${f.deadline}.`,
  'annual-change-average-missed': (f, t, u) => `Average change ${formatNumber(f.averageChange as number)}${changeUnit(u, 'en')} a year over ${f.baselineYear}–${f.year} misses ${t}.`,
  'no-reference': (f) => `No ${f.year} data for the reference series "${f.other}", so no comparison.`,
  'no-units': (f) => `No values by ${f.dimension} in the data.`,
  'units-rollup': (f) =>
    `Of ${f.units} units: ${f.pass} pass, ${f.atRisk} at-risk, ${f.fail} fail, ${f.noData} no-data` +
    ((f.failing as string[]).length ? ` (failing or missing: ${(f.failing as string[]).join(', ')}${(f.fail as number) + (f.noData as number) > 5 ? ', …' : ''})` : '') +
    '.',
  'cumulative-met': (f, t, u) => `${f.from}–${f.to} total ${v(f, 'total', u)} reaches ${t}${missing(f, 'en')}.`,
  'cumulative-missed-final': (f, t, u) => `${f.from}–${f.to} total ${v(f, 'total', u)} misses ${t}.`,
  'cumulative-on-pace': (f, t, u) => `${f.from}–${f.to} total ${v(f, 'total', u)} (${v(f, 'pace', u)} a year); at this pace the ${f.deadline} total is ${v(f, 'projected', u)}.`,
  'cumulative-pace-near': (f, t, u) => `${f.from}–${f.to} total ${v(f, 'total', u)} (${v(f, 'pace', u)} a year); at this pace the ${f.deadline} total is ${v(f, 'projected', u)}, only just above ${t} (within the warning margin).`,
  'cumulative-behind-pace': (f, t, u) => `${f.from}–${f.to} total ${v(f, 'total', u)} (${v(f, 'pace', u)} a year); at this pace the ${f.deadline} total is only ${v(f, 'projected', u)}, short of ${t}.`,
  'cumulative-missing-years': (f, t, u) => `No value for ${years(f, 'missingYears')} (a missing year is not counted as zero), so the total is unknown; the other years add up to ${v(f, 'total', u)}, short of ${t}.`,
  'no-unit-list': (f) => `The county's ${f.dimensionNameEn} list (${f.listFile}) was not supplied, so which units to check is unknown; put the list beside the data, one name a row.`,
  'no-sites': (f) => `No values by ${f.dimensionNameEn} in the data (one row per site).`,
  'site-no-value': (f) => `No value for ${f.year}; a missing value is not a pass.`,
  'sites-met': (f, t) => `All ${f.sites} sites meet ${t} in ${f.year}.`,
  'sites-below': (f, t, u) =>
    `${f.below} of ${f.sites} sites miss ${t} in ${f.year}: ${siteValues(f, u, 'en')}${(f.below as number) > 5 ? ', …' : ''}` +
    ((f.missingCount as number) > 0 ? `; ${f.missingCount} have no value for the year (${sitesMissing(f, ', ')})` : '') +
    '.',
  'sites-missing': (f, t) => `${f.missingCount} of ${f.sites} sites have no value for ${f.year} (${sitesMissing(f, ', ')}${(f.missingCount as number) > 5 ? ', …' : ''}), which is not a pass; the others meet ${t}.`,
  'not-assessed': (f) => `No assessment for ${f.year} or earlier.`,
  'assessed-met': (f) => `Assessed met in ${f.valueYear}.`,
  'assessed-partial': (f) => `Assessed partly met in ${f.valueYear}.`,
  'assessed-not_met': (f) => `Assessed not met in ${f.valueYear}.`,
};

export const REASON_CODES = Object.keys(zh);

export function describeReason(input: ReasonInput, lang: Lang): string {
  const phrases = lang === 'zh' ? zh : en;
  const phrase = phrases[input.reason.code];
  const target = describeTarget(input.target, lang);
  let sentence = phrase ? phrase(input.reason.figures, target, input.unit) : input.reason.code;
  const clampedFrom = input.reason.figures.clampedFrom;
  if (typeof clampedFrom === 'number') {
    const shown = withUnit(input.reason.figures.projected as number, input.unit);
    sentence += lang === 'zh' ? `（趋势外推为${withUnit(clampedFrom, input.unit)}，超出指标取值范围，按${shown}计。）` : ` (The trend line gives ${withUnit(clampedFrom, input.unit)}, outside the indicator's range, so ${shown} is used.)`;
  }
  // Among several groups, say which two make the gap (甲镇/丙镇, or 甲镇/全县).
  if (typeof input.reason.figures.widest === 'string' && (input.reason.figures.groupCount as number) !== 2) {
    sentence += lang === 'zh' ? `（差距最大：${input.reason.figures.widest}）` : ` (widest: ${input.reason.figures.widest})`;
  }
  if (input.reason.figures.aspirational === true && /missed|not_met|partial/.test(input.reason.code) && input.reason.code !== 'missed-projection-meets') {
    sentence += lang === 'zh' ? '（力争目标：未达到判为预警，不判未达标。）' : ' (Aspirational target: a miss is at-risk, not fail.)';
  }
  return sentence;
}
