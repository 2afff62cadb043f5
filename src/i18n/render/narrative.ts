// The sentences of the report's draft narrative, in the manner of the National Bureau of Statistics' monitoring
// reports: a headline per domain, then per numeric target its value, its standing and its outlook.
import type { Catalogue } from '../catalogue.js';

export const NARRATIVE_TEXTS = {
  headline: { zh: (p) => `${p.domain}领域${p.total}项目标中，${p.counts}。`, en: (p) => `Of the ${p.total} targets on ${p.domain}, ${p.counts}.` },
  headlineCount: { zh: (p) => `${p.status}${p.count}项`, en: (p) => `${p.count} ${p.status}` },
  listSeparator: { zh: '、', en: ', ' },
  clauseSeparator: { zh: '，', en: ', ' },
  listMore: { zh: '等', en: ', …' },
  // In English, the gap of two named groups (their names are Chinese data) or of more, in brackets.
  gapOfTwo: { zh: '差距', en: ' gap' },
  gapOfMany: { zh: (p) => `（${p.words}）`, en: (p) => ` (${p.words})` },
  // The plan's manner of stating a target.
  orMore: { zh: (p) => `${p.target}以上`, en: (p) => `${p.target} or more` },
  orLess: { zh: (p) => `${p.target}以下`, en: (p) => `${p.target} or less` },
  about: { zh: (p) => `${p.target}左右`, en: (p) => `about ${p.target}, ±${p.tolerance}` },
  // Changes.
  previousYear: { zh: '比上年', en: 'from the previous year' },
  sinceBaseline: { zh: (p) => `比${p.year}年（${p.value}）`, en: (p) => `from ${p.year} (${p.value})` },
  unchangedAgainst: { zh: (p) => `与${String(p.against).replace(/^比/, '')}持平`, en: (p) => `unchanged ${p.against}` },
  // The Chinese verb says what changes (`what`): a gap 扩大/缩小, a count (persons, times, institutions, beds)
  // 增加/减少, a rate or level 提高/下降.
  movedUp: { zh: (p) => `${p.against}${p.what === 'gap' ? '扩大' : p.what === 'count' ? '增加' : '提高'}${p.amount}${p.unit}`, en: (p) => `up ${p.amount}${p.unit} ${p.against}` },
  movedDown: { zh: (p) => `${p.against}${p.what === 'gap' ? '缩小' : p.what === 'count' ? '减少' : '下降'}${p.amount}${p.unit}`, en: (p) => `down ${p.amount}${p.unit} ${p.against}` },
  // Standing against the target.
  targetIs: { zh: (p) => `规划目标为${p.words}`, en: (p) => `the plan target is ${p.words}` },
  belowTarget: { zh: (p) => `低于规划目标（${p.words}）`, en: (p) => `below the plan target (${p.words})` },
  aboveTarget: { zh: (p) => `高于规划目标（${p.words}）`, en: (p) => `above the plan target (${p.words})` },
  meetsTarget: { zh: (p) => `达到规划目标（${p.words}）`, en: (p) => `meeting the plan target (${p.words})` },
  shortOfTarget: { zh: (p) => `但与${p.target}的目标仍有差距`, en: (p) => `still short of the ${p.target} target` },
  missesTarget: { zh: (p) => `未达到规划目标（${p.words}）`, en: (p) => `missing the plan target (${p.words})` },
  aboveOther: { zh: (p) => `高于${p.name}${p.value}`, en: (p) => `above the ${p.name}, ${p.value}` },
  belowOther: { zh: (p) => `低于${p.name}${p.value}`, en: (p) => `below the ${p.name}, ${p.value}` },
  equalOther: { zh: (p) => `等于${p.name}${p.value}`, en: (p) => `equal to the ${p.name}, ${p.value}` },
  annualRise: { zh: (p) => `规划要求每年提高${p.amount}${p.unit}以上`, en: (p) => `the plan asks for a rise of at least ${p.amount}${p.unit} a year` },
  annualFall: { zh: (p) => `规划要求每年降低${p.amount}${p.unit}以上`, en: (p) => `the plan asks for a fall of at least ${p.amount}${p.unit} a year` },
  // The outlook, by the verdict's reason code.
  metEarly: { zh: '提前实现规划目标', en: 'the target is met ahead of the deadline' },
  met: { zh: '实现规划目标', en: 'the target is met' },
  metNearBoundary: { zh: '已达到目标，但距目标界限较近，需持续关注', en: 'the target is met, but close to its limit' },
  metProjectionMisses: {
    zh: (p) => `已达到目标，但按当前趋势${p.deadline}年将为${p.projected}，存在不达标风险`,
    en: (p) => `the target is met, but the trend gives ${p.projected} in ${p.deadline}, a risk of missing it`,
  },
  missedProjectionMeets: {
    zh: (p) => `按当前趋势${p.deadline}年可达${p.projected}，有望实现规划目标`,
    en: (p) => `the trend reaches ${p.projected} by ${p.deadline}, so the target is within reach`,
  },
  missedProjectionMisses: {
    zh: (p) => `按当前趋势${p.deadline}年仅为${p.projected}，难以实现规划目标`,
    en: (p) => `the trend gives only ${p.projected} in ${p.deadline}, so the target is unlikely to be met`,
  },
  notMet: { zh: '未实现规划目标', en: 'the target is not met' },
  notYetMet: { zh: '尚未实现规划目标', en: 'the target is not yet met' },
  everyYearMissed: { zh: (p) => `规划要求每年达到，${p.years}年未达到`, en: (p) => `the target must hold every year and was missed in ${p.years}` },
  notFalling: { zh: (p) => `规划要求逐年下降，${p.years}年未低于上年`, en: (p) => `the plan asks for a fall every year, and ${p.years} did not fall below the year before` },
  yearlyMissing: { zh: (p) => `缺${p.years}年数据，无法判断是否逐年下降`, en: (p) => `the ${p.years} figure is missing, so a fall every year cannot be shown` },
  unsteady: { zh: (p) => `但${p.years}年出现回落，稳中有升的要求未完全实现`, en: (p) => `but it fell back in ${p.years}, so the rise is not steady` },
  averageMet: { zh: (p) => `${p.average}，达到要求`, en: (p) => `${p.average} meets it` },
  averageBehind: { zh: (p) => `${p.average}，尚未达到要求`, en: (p) => `${p.average} is still short of it` },
  averageMissed: { zh: (p) => `${p.average}，未达到要求`, en: (p) => `${p.average} falls short` },
  noCurrentValue: { zh: (p) => `尚缺${p.year}年数据`, en: (p) => `the ${p.year} figure is still missing` },
  everyYearMissing: { zh: (p) => `${p.years}年缺数据，无法判定每年是否达到`, en: (p) => `figures for ${p.years} are missing, so every year cannot be judged` },
  baselineYear: { zh: '基期年份，不作判定', en: 'the baseline year is not judged' },
  averageFall: { zh: (p) => `年均下降${p.amount}`, en: (p) => `an average fall of ${p.amount} a year` },
  averageRise: { zh: (p) => `年均提高${p.amount}`, en: (p) => `an average rise of ${p.amount} a year` },
  // Per-unit targets (each_unit).
  unitsAll: { zh: (p) => `${p.total}个${p.dimension}均达到目标（${p.words}）`, en: (p) => `all ${p.total} ${p.dimension} units meet the target (${p.words})` },
  unitsSome: { zh: (p) => `${p.total}个${p.dimension}中${p.pass}个达到目标（${p.words}）`, en: (p) => `${p.pass} of ${p.total} ${p.dimension} units meet the target (${p.words})` },
  unitsCount: { zh: (p) => `${p.count}个${p.status}`, en: (p) => `${p.count} ${p.status}` },
  unitsList: { zh: (p) => `（${p.units}）`, en: (p) => ` (${p.units})` },
  unitsSentence: { zh: (p) => `${p.name}：${p.all}${p.rest ? `，${p.rest}` : ''}${p.list}。`, en: (p) => `${p.name}: ${p.all}${p.rest ? `, ${p.rest}` : ''}${p.list}.` },
  yearOpening: { zh: (p) => `${p.year}年，`, en: (p) => `In ${p.year}, ` },
  // One sentence per numeric target.
  opening: { zh: (p) => `${p.year}年，全县`, en: (p) => `In ${p.year}, the county's ` },
  noDataFor: { zh: (p) => `${p.subject}缺少${p.year}年数据，无法评估。`, en: (p) => `${p.subject} has no data for ${p.year}, so it cannot be assessed.` },
  missingWhat: { zh: (p) => `${p.subject}：${p.reason}`, en: (p) => `${p.subject}: ${p.reason}` },
  valueThenReason: { zh: (p) => `${p.subject}为${p.value}，${p.reason}`, en: (p) => `${p.subject} was ${p.value}; ${p.reason}` },
  dataOfYear: { zh: (p) => `（${p.year}年数据）`, en: (p) => ` (${p.year} data)` },
  changedBy: { zh: (p) => `${p.subject}${p.when}${p.moved}`, en: (p) => `${p.subject}${p.when} was ${p.moved}` },
  valueWas: { zh: (p) => `${p.subject}${p.gap}${p.when}为${p.value}`, en: (p) => `${p.subject}${p.gap}${p.when} was ${p.value}` },
  aspirational: { zh: '（力争目标）', en: ' (aspirational target)' },
  sentenceEnd: { zh: (p) => `${p.head}${p.aspirational}。`, en: (p) => `${p.head}${p.aspirational}.` },
  sentenceWithOutlook: { zh: (p) => `${p.head}，${p.outlook}${p.aspirational}。`, en: (p) => `${p.head}; ${p.outlook}${p.aspirational}.` },
} satisfies Catalogue;
