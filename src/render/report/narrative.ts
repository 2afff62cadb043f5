// The draft narrative: per domain a headline sentence and one sentence per numeric target, in the style of the
// National Bureau of Statistics' monitoring reports on the women's and children's outlines. Every number comes from
// the results (or their year-over-year diff) through formatNumber, so it reads the same as the JSON.
import { STATUSES, type Status } from '../../core/types.js';
import type { DiffReport, RuleDiff } from '../../diff/types.js';
import { difference } from '../../diff/direction.js';
import { formatNumber, type Lang } from '../../i18n/format.js';
import { STATUS_WORDS } from '../../i18n/statuses.js';
import { gapOf } from '../../i18n/targets.js';
import type { ResultEntry } from '../../schema/results.js';
import { changeUnitText, valueText } from './html.js';

export interface RuleSentence {
  rule: string;
  text: string;
}

export interface DomainNarrative {
  headline: string;
  sentences: RuleSentence[];
}

type Figures = Record<string, unknown>;
const num = (f: Figures, key: string): number | null => (typeof f[key] === 'number' ? (f[key] as number) : null);

/** "农村/城镇差距", "40个乡镇（街道）间最大差距"; in English " gap" for two named groups (their names are Chinese data). */
export function gapWords(r: ResultEntry, lang: Lang): string {
  const f = r.targetCode.figures as Parameters<typeof gapOf>[0];
  if (lang === 'zh') return gapOf(f, true);
  const count = typeof f.groupCount === 'number' ? f.groupCount : 2;
  return count === 2 ? ' gap' : ` (${gapOf(f, false)})`;
}

export function indicatorLabel(r: ResultEntry, lang: Lang, namesEn: Readonly<Record<string, string>>): string {
  if (lang === 'en') return (r.indicator && namesEn[r.indicator]) || r.indicatorName || r.rule;
  return r.indicatorName ?? r.rule;
}

/** "妇女与健康领域12项目标中，达标7项、预警2项……" */
export function headlineSentence(results: readonly ResultEntry[], domainName: string, lang: Lang): string {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const r of results) counts[r.status] += 1;
  const present = STATUSES.filter((s) => counts[s] > 0);
  if (lang === 'zh') return `${domainName}领域${results.length}项目标中，${present.map((s) => `${STATUS_WORDS.zh[s]}${counts[s]}项`).join('、')}。`;
  return `Of the ${results.length} targets on ${domainName}, ${present.map((s) => `${counts[s]} ${STATUS_WORDS.en[s]}`).join(', ')}.`;
}

/** The target in the plan's own manner: "12/10万以下", "95%以上", "40%左右". */
function targetWords(r: ResultEntry, lang: Lang): string {
  const f = r.targetCode.figures;
  const target = valueText(num(f, 'target'), r.unit, lang);
  const tolerance = num(f, 'tolerance') ?? 0;
  const code = r.targetCode.code === 'each_unit' ? String(f.innerCode) : r.targetCode.code;
  const zh = lang === 'zh';
  if (code === 'at_least') return zh ? `${target}以上` : `${target} or more`;
  if (code === 'at_most') return zh ? `${target}以下` : `${target} or less`;
  if (code === 'approx') return zh ? `${target}左右` : `about ${target}, ±${formatNumber(tolerance)}`;
  if (code === 'change_from_baseline') return f.direction === 'down' ? (zh ? `${target}以下` : `${target} or less`) : zh ? `${target}以上` : `${target} or more`;
  return target;
}

/** "比上年提高0.5个百分点" / "与上年持平", from the diff's delta; null when Y and Y−1 do not both have their own value. */
function changeFromLastYear(r: ResultEntry, change: RuleDiff | undefined, lang: Lang): string | null {
  if (!change?.from || !change.to || change.value.delta === null) return null;
  if (change.to.valueYear !== r.year || change.from.valueYear !== r.year - 1) return null;
  return movedBy(change.value.delta, r.unit, lang, lang === 'zh' ? '比上年' : 'from the previous year', r.kind);
}

const COUNT_UNITS = new Set(['人', '次', '个', '张']);

/** A gap 扩大/缩小; counts (persons, times, institutions, beds) 增加/减少; rates and levels 提高/下降. */
export function changeWords(kind: string, unit: string): [up: string, down: string] {
  if (kind === 'gap') return ['扩大', '缩小'];
  return COUNT_UNITS.has(unit) ? ['增加', '减少'] : ['提高', '下降'];
}

function movedBy(delta: number, unit: string, lang: Lang, against: string, kind = ''): string {
  if (lang === 'zh') {
    if (delta === 0) return `与${against.replace(/^比/, '')}持平`;
    const [up, down] = changeWords(kind, unit);
    return `${against}${delta > 0 ? up : down}${formatNumber(Math.abs(delta))}${changeUnitText(unit, lang)}`;
  }
  if (delta === 0) return `unchanged ${against}`;
  return `${delta > 0 ? 'up' : 'down'} ${formatNumber(Math.abs(delta))}${changeUnitText(unit, lang)} ${against}`;
}

const MET = /^(met|every-year-met|unsteady|fell-every-year|annual-change-met|annual-change-average-met)/;
/** Reason codes that judged the value against the target; others (no-current-value, every-year-missing, baseline-year…) did not. */
const JUDGED = /^(met|missed|every-year-met|every-year-missed|unsteady|fell-every-year|not-falling|annual-change-(met|missed|average))/;
const AGAINST_TARGET = new Set(['at_most', 'at_least', 'approx', 'change_from_baseline']);

/** Where the value stands against the target, in the words of the target's kind. */
function standing(r: ResultEntry, lang: Lang, namesEn: Readonly<Record<string, string>>): string {
  const f = r.targetCode.figures;
  const met = MET.test(r.reason.code);
  const zh = lang === 'zh';
  const words = targetWords(r, lang);
  // A value the verdict did not judge (an older year's, carried forward) is not said to meet or miss the target.
  if (!JUDGED.test(r.reason.code) && AGAINST_TARGET.has(r.targetCode.code)) return zh ? `规划目标为${words}` : `the plan target is ${words}`;
  switch (r.targetCode.code) {
    case 'at_most':
      return met ? (zh ? `低于规划目标（${words}）` : `below the plan target (${words})`) : zh ? `高于规划目标（${words}）` : `above the plan target (${words})`;
    case 'at_least':
      return met ? (zh ? `达到规划目标（${words}）` : `meeting the plan target (${words})`) : zh ? `但与${valueText(num(f, 'target'), r.unit, lang)}的目标仍有差距` : `still short of the ${valueText(num(f, 'target'), r.unit, lang)} target`;
    case 'approx':
    case 'change_from_baseline':
      return met ? (zh ? `达到规划目标（${words}）` : `meeting the plan target (${words})`) : zh ? `未达到规划目标（${words}）` : `missing the plan target (${words})`;
    case 'trend_up':
    case 'trend_down':
    case 'steady_rise':
    case 'steady_fall':
    case 'gap_narrow':
    case 'gap_widen': {
      const base = num(f, 'baseValue');
      const baseYear = String(f.baselineYear);
      if (base === null || r.value === null) return '';
      return movedBy(difference(base, r.value), r.unit, lang, zh ? `比${baseYear}年（${valueText(base, r.unit, lang)}）` : `from ${baseYear} (${valueText(base, r.unit, lang)})`, r.kind);
    }
    case 'compare': {
      const other = num(f, 'otherValue');
      const name = zh ? String(f.otherName ?? f.other) : `the ${namesEn[String(f.other)] ?? String(f.other)}`;
      if (other === null || r.value === null) return '';
      const word = r.value > other ? (zh ? '高于' : 'above') : r.value < other ? (zh ? '低于' : 'below') : zh ? '等于' : 'equal to';
      return zh ? `${word}${name}${valueText(other, r.unit, lang)}` : `${word} ${name}, ${valueText(other, r.unit, lang)}`;
    }
    case 'annual_change':
      return zh
        ? `规划要求每年${f.direction === 'down' ? '降低' : '提高'}${formatNumber(num(f, 'amount'))}${changeUnitText(r.unit, lang)}以上`
        : `the plan asks for a ${f.direction === 'down' ? 'fall' : 'rise'} of at least ${formatNumber(num(f, 'amount'))}${changeUnitText(r.unit, lang)} a year`;
    default:
      return '';
  }
}

/** Whether and when the target is reached, from the verdict's reason code. */
function outlook(r: ResultEntry, lang: Lang): string {
  const f = r.reason.figures;
  const zh = lang === 'zh';
  const projected = valueText(num(f, 'projected'), r.unit, lang);
  const early = r.year < r.deadline;
  switch (r.reason.code) {
    case 'met-on-track':
    case 'met-final':
    case 'met-no-projection':
    case 'every-year-met':
    case 'fell-every-year':
    case 'annual-change-met':
      return early ? (zh ? '提前实现规划目标' : 'the target is met ahead of the deadline') : zh ? '实现规划目标' : 'the target is met';
    case 'met-near-boundary':
      return zh ? '已达到目标，但距目标界限较近，需持续关注' : 'the target is met, but close to its limit';
    case 'met-projection-misses':
      return zh ? `已达到目标，但按当前趋势${r.deadline}年将为${projected}，存在不达标风险` : `the target is met, but the trend gives ${projected} in ${r.deadline}, a risk of missing it`;
    case 'missed-projection-meets':
      return zh ? `按当前趋势${r.deadline}年可达${projected}，有望实现规划目标` : `the trend reaches ${projected} by ${r.deadline}, so the target is within reach`;
    case 'missed-projection-misses':
      return zh ? `按当前趋势${r.deadline}年仅为${projected}，难以实现规划目标` : `the trend gives only ${projected} in ${r.deadline}, so the target is unlikely to be met`;
    case 'missed-final':
    case 'missed-no-projection':
      return r.year >= r.deadline ? (zh ? '未实现规划目标' : 'the target is not met') : zh ? '尚未实现规划目标' : 'the target is not yet met';
    case 'every-year-missed':
      return zh ? `规划要求每年达到，${(f.missedYears as number[]).join('、')}年未达到` : `the target must hold every year and was missed in ${(f.missedYears as number[]).join(', ')}`;
    case 'not-falling':
      return zh ? `规划要求逐年下降，${(f.riseYears as number[]).join('、')}年未低于上年` : `the plan asks for a fall every year, and ${(f.riseYears as number[]).join(', ')} did not fall below the year before`;
    case 'yearly-missing':
      return zh ? `缺${(f.missingYears as number[]).join('、')}年数据，无法判断是否逐年下降` : `the ${(f.missingYears as number[]).join(', ')} figure is missing, so a fall every year cannot be shown`;
    case 'unsteady':
      return zh ? `但${(f.dipYears as number[]).join('、')}年出现回落，稳中有升的要求未完全实现` : `but it fell back in ${(f.dipYears as number[]).join(', ')}, so the rise is not steady`;
    case 'annual-change-average-met':
      return zh ? `${averageChange(r, lang)}，达到要求` : `${averageChange(r, lang)} meets it`;
    case 'annual-change-average-behind':
      return zh ? `${averageChange(r, lang)}，尚未达到要求` : `${averageChange(r, lang)} is still short of it`;
    case 'annual-change-average-missed':
      return zh ? `${averageChange(r, lang)}，未达到要求` : `${averageChange(r, lang)} falls short`;
    case 'no-current-value':
      return zh ? `尚缺${r.year}年数据` : `the ${r.year} figure is still missing`;
    case 'every-year-missing':
    case 'annual-change-missing':
      return zh ? `${(f.missingYears as number[]).join('、')}年缺数据，无法判定每年是否达到` : `figures for ${(f.missingYears as number[]).join(', ')} are missing, so every year cannot be judged`;
    case 'annual-change-missed':
      return zh ? `规划要求每年达到，${(f.missedYears as number[]).join('、')}年未达到` : `the target must hold every year and was missed in ${(f.missedYears as number[]).join(', ')}`;
    case 'baseline-year':
      return zh ? '基期年份，不作判定' : 'the baseline year is not judged';
    default:
      return '';
  }
}

/** "年均下降0.58个百分点" / "an average fall of 0.58 percentage points a year". */
function averageChange(r: ResultEntry, lang: Lang): string {
  const average = num(r.reason.figures, 'averageChange') ?? 0;
  const amount = `${formatNumber(Math.abs(average))}${changeUnitText(r.unit, lang)}`;
  if (lang === 'zh') return `年均${average < 0 ? '下降' : '提高'}${amount}`;
  return `an average ${average < 0 ? 'fall' : 'rise'} of ${amount} a year`;
}

function eachUnitSentence(r: ResultEntry, name: string, lang: Lang): string {
  const units = r.units!;
  const f = r.targetCode.figures;
  const dimension = lang === 'zh' ? String(f.dimensionName ?? units.dimension) : String(f.dimensionNameEn ?? units.dimension).toLowerCase();
  const total = units.units.length;
  const failing = units.units.filter((u) => u.status === 'fail' || u.status === 'no-data').map((u) => u.unit);
  const words = targetWords(r, lang);
  // Only the statuses that occur: "40个乡镇（街道）中39个达到目标（90%以上），1个预警".
  const others = (['at-risk', 'fail', 'no-data'] as const).filter((s) => (units.counts[s] ?? 0) > 0);
  if (lang === 'zh') {
    const rest = others.map((s) => `${units.counts[s]}个${STATUS_WORDS.zh[s]}`).join('、');
    const list = failing.length ? `（${failing.slice(0, 5).join('、')}${failing.length > 5 ? '等' : ''}）` : '';
    const all = units.counts.pass === total ? `${total}个${dimension}均达到目标（${words}）` : `${total}个${dimension}中${units.counts.pass}个达到目标（${words}）`;
    return `${name}：${all}${rest ? `，${rest}` : ''}${list}。`;
  }
  const rest = others.map((s) => `${units.counts[s]} ${STATUS_WORDS.en[s]}`).join(', ');
  const list = failing.length ? ` (${failing.slice(0, 5).join(', ')}${failing.length > 5 ? ', …' : ''})` : '';
  const all = units.counts.pass === total ? `all ${total} ${dimension} units meet the target (${words})` : `${units.counts.pass} of ${total} ${dimension} units meet the target (${words})`;
  return `${name}: ${all}${rest ? `, ${rest}` : ''}${list}.`;
}

/** One sentence for a numeric target, or null for qualitative goals. `opening` adds "2024年，全县". */
export function ruleSentence(r: ResultEntry, change: RuleDiff | undefined, lang: Lang, namesEn: Readonly<Record<string, string>>, opening: boolean): string | null {
  if (r.kind === 'qualitative') return null;
  const zh = lang === 'zh';
  const name = indicatorLabel(r, lang, namesEn);
  const open = opening ? (zh ? `${r.year}年，全县` : `In ${r.year}, the county's `) : '';
  // English: "the county's maternal mortality ratio" when opening, "Maternal mortality ratio" otherwise.
  const subject = zh ? `${open}${name}` : opening ? `${open}${name.charAt(0).toLowerCase()}${name.slice(1)}` : name.charAt(0).toUpperCase() + name.slice(1);
  if (r.units) return (opening && zh ? `${r.year}年，` : '') + eachUnitSentence(r, name, lang);
  if (r.status === 'no-data' || r.value === null) {
    if (r.reason.code === 'no-value' || !r.reason.text) return zh ? `${subject}缺少${r.year}年数据，无法评估。` : `${subject} has no data for ${r.year}, so it cannot be assessed.`;
    // No baseline to compare with, or only the baseline so far: say what is missing, as the verdict's reason does.
    if (r.value === null) return zh ? `${subject}：${r.reason.text}` : `${subject}: ${r.reason.text}`;
    return zh ? `${subject}为${valueText(r.value, r.unit, lang)}，${r.reason.text}` : `${subject} was ${valueText(r.value, r.unit, lang)}; ${r.reason.text}`;
  }
  const when = r.valueYear !== null && r.valueYear !== r.year ? (zh ? `（${r.valueYear}年数据）` : ` (${r.valueYear} data)`) : '';
  const parts: string[] = [];
  if (r.kind === 'annual_change') {
    parts.push(zh ? `${subject}${when}${movedBy(r.value, r.unit, lang, '比上年')}` : `${subject}${when} was ${movedBy(r.value, r.unit, lang, 'from the previous year')}`);
  } else {
    const gap = r.kind === 'gap' ? gapWords(r, lang) : '';
    parts.push(zh ? `${subject}${gap}${when}为${valueText(r.value, r.unit, lang)}` : `${subject}${gap}${when} was ${valueText(r.value, r.unit, lang)}`);
    const yoy = changeFromLastYear(r, change, lang);
    if (yoy) parts.push(yoy);
  }
  const where = standing(r, lang, namesEn);
  if (where) parts.push(where);
  const head = parts.join(zh ? '，' : ', ');
  const ahead = outlook(r, lang);
  const aspirational = r.aspirational ? (zh ? '（力争目标）' : ' (aspirational target)') : '';
  if (!ahead) return `${head}${aspirational}${zh ? '。' : '.'}`;
  return zh ? `${head}，${ahead}${aspirational}。` : `${head}; ${ahead}${aspirational}.`;
}

export function domainNarrative(
  results: readonly ResultEntry[],
  domainName: string,
  changes: ReadonlyMap<string, RuleDiff>,
  lang: Lang,
  namesEn: Readonly<Record<string, string>>,
): DomainNarrative {
  const sentences: RuleSentence[] = [];
  for (const r of results) {
    const text = ruleSentence(r, changes.get(r.rule), lang, namesEn, sentences.length === 0);
    if (text) sentences.push({ rule: r.rule, text });
  }
  return { headline: headlineSentence(results, domainName, lang), sentences };
}

/** The year-over-year change of each rule, by rule id; empty when there is no previous year. */
export function changesByRule(diff: DiffReport | null): Map<string, RuleDiff> {
  return new Map((diff?.changes ?? []).map((c) => [c.rule, c]));
}

export const DRAFT_NOTE = {
  zh: '以下文字由 plancheck 根据数据自动生成，仅为草稿，请核对后修改使用。',
  en: 'Draft generated by plancheck from the data: check and edit before use.',
} as const;
