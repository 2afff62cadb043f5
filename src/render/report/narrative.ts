// The draft narrative: per domain a headline sentence and one sentence per numeric target, in the style of the
// National Bureau of Statistics' monitoring reports on the women's and children's outlines. Every number comes from
// the results (or their year-over-year diff) through formatNumber, so it reads the same as the JSON.
import { STATUSES, type Status } from '../../core/types.js';
import type { DiffReport, RuleDiff } from '../../diff/types.js';
import { difference } from '../../diff/direction.js';
import { sayer, sayIn } from '../../i18n/catalogue.js';
import { formatNumber, type Lang } from '../../i18n/format.js';
import { NARRATIVE_TEXTS } from '../../i18n/render/narrative.js';
import { REPORT_TEXTS } from '../../i18n/render/report.js';
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
  return count === 2 ? sayIn(NARRATIVE_TEXTS, 'gapOfTwo', lang) : sayIn(NARRATIVE_TEXTS, 'gapOfMany', lang, { words: gapOf(f, false) });
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
  const say = sayer(NARRATIVE_TEXTS, lang);
  const listed = present.map((s) => say('headlineCount', { status: STATUS_WORDS[lang][s], count: counts[s] })).join(say('listSeparator'));
  return say('headline', { domain: domainName, total: results.length, counts: listed });
}

/** The target in the plan's own manner: "12/10万以下", "95%以上", "40%左右". */
function targetWords(r: ResultEntry, lang: Lang): string {
  const f = r.targetCode.figures;
  const target = valueText(num(f, 'target'), r.unit, lang);
  const tolerance = num(f, 'tolerance') ?? 0;
  const code = r.targetCode.code === 'each_unit' ? String(f.innerCode) : r.targetCode.code;
  const say = sayer(NARRATIVE_TEXTS, lang);
  if (code === 'at_least') return say('orMore', { target });
  if (code === 'at_most') return say('orLess', { target });
  if (code === 'approx') return say('about', { target, tolerance: formatNumber(tolerance) });
  if (code === 'change_from_baseline') return say(f.direction === 'down' ? 'orLess' : 'orMore', { target });
  return target;
}

/** "比上年提高0.5个百分点" / "与上年持平", from the diff's delta; null when Y and Y−1 do not both have their own value. */
function changeFromLastYear(r: ResultEntry, change: RuleDiff | undefined, lang: Lang): string | null {
  if (!change?.from || !change.to || change.value.delta === null) return null;
  if (change.to.valueYear !== r.year || change.from.valueYear !== r.year - 1) return null;
  return movedBy(change.value.delta, r.unit, lang, sayIn(NARRATIVE_TEXTS, 'previousYear', lang), r.kind);
}

const COUNT_UNITS = new Set(['人', '次', '个', '张']);

/** What changes, which picks the Chinese verb: a gap, a count (persons, times, institutions, beds), or a rate or level. */
function whatChanges(kind: string, unit: string): 'gap' | 'count' | 'level' {
  if (kind === 'gap') return 'gap';
  return COUNT_UNITS.has(unit) ? 'count' : 'level';
}

function movedBy(delta: number, unit: string, lang: Lang, against: string, kind = ''): string {
  const say = sayer(NARRATIVE_TEXTS, lang);
  if (delta === 0) return say('unchangedAgainst', { against });
  const params = { against, what: whatChanges(kind, unit), amount: formatNumber(Math.abs(delta)), unit: changeUnitText(unit, lang) };
  return say(delta > 0 ? 'movedUp' : 'movedDown', params);
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
  const say = sayer(NARRATIVE_TEXTS, lang);
  const words = targetWords(r, lang);
  // A value the verdict did not judge (an older year's, carried forward) is not said to meet or miss the target.
  if (!JUDGED.test(r.reason.code) && AGAINST_TARGET.has(r.targetCode.code)) return say('targetIs', { words });
  switch (r.targetCode.code) {
    case 'at_most':
      return say(met ? 'belowTarget' : 'aboveTarget', { words });
    case 'at_least':
      return met ? say('meetsTarget', { words }) : say('shortOfTarget', { target: valueText(num(f, 'target'), r.unit, lang) });
    case 'approx':
    case 'change_from_baseline':
      return say(met ? 'meetsTarget' : 'missesTarget', { words });
    case 'trend_up':
    case 'trend_down':
    case 'steady_rise':
    case 'steady_fall':
    case 'gap_narrow':
    case 'gap_widen': {
      const base = num(f, 'baseValue');
      const baseYear = String(f.baselineYear);
      if (base === null || r.value === null) return '';
      return movedBy(difference(base, r.value), r.unit, lang, say('sinceBaseline', { year: baseYear, value: valueText(base, r.unit, lang) }), r.kind);
    }
    case 'compare': {
      const other = num(f, 'otherValue');
      const name = zh ? String(f.otherName ?? f.other) : (namesEn[String(f.other)] ?? String(f.other));
      if (other === null || r.value === null) return '';
      const code = r.value > other ? 'aboveOther' : r.value < other ? 'belowOther' : 'equalOther';
      return say(code, { name, value: valueText(other, r.unit, lang) });
    }
    case 'annual_change':
      return say(f.direction === 'down' ? 'annualFall' : 'annualRise', { amount: formatNumber(num(f, 'amount')), unit: changeUnitText(r.unit, lang) });
    default:
      return '';
  }
}

/** Whether and when the target is reached, from the verdict's reason code. */
function outlook(r: ResultEntry, lang: Lang): string {
  const f = r.reason.figures;
  const say = sayer(NARRATIVE_TEXTS, lang);
  const projected = valueText(num(f, 'projected'), r.unit, lang);
  const years = (key: string) => ({ years: (f[key] as number[]).join(say('listSeparator')) });
  const early = r.year < r.deadline;
  switch (r.reason.code) {
    case 'met-on-track':
    case 'met-final':
    case 'met-no-projection':
    case 'every-year-met':
    case 'fell-every-year':
    case 'annual-change-met':
      return say(early ? 'metEarly' : 'met');
    case 'met-near-boundary':
      return say('metNearBoundary');
    case 'met-projection-misses':
      return say('metProjectionMisses', { deadline: r.deadline, projected });
    case 'missed-projection-meets':
      return say('missedProjectionMeets', { deadline: r.deadline, projected });
    case 'missed-projection-misses':
      return say('missedProjectionMisses', { deadline: r.deadline, projected });
    case 'missed-final':
    case 'missed-no-projection':
      return say(r.year >= r.deadline ? 'notMet' : 'notYetMet');
    case 'every-year-missed':
    case 'annual-change-missed':
      return say('everyYearMissed', years('missedYears'));
    case 'not-falling':
      return say('notFalling', years('riseYears'));
    case 'yearly-missing':
      return say('yearlyMissing', years('missingYears'));
    case 'unsteady':
      return say('unsteady', years('dipYears'));
    case 'annual-change-average-met':
      return say('averageMet', { average: averageChange(r, lang) });
    case 'annual-change-average-behind':
      return say('averageBehind', { average: averageChange(r, lang) });
    case 'annual-change-average-missed':
      return say('averageMissed', { average: averageChange(r, lang) });
    case 'no-current-value':
      return say('noCurrentValue', { year: r.year });
    case 'every-year-missing':
    case 'annual-change-missing':
      return say('everyYearMissing', years('missingYears'));
    case 'baseline-year':
      return say('baselineYear');
    default:
      return '';
  }
}

/** "年均下降0.58个百分点" / "an average fall of 0.58 percentage points a year". */
function averageChange(r: ResultEntry, lang: Lang): string {
  const average = num(r.reason.figures, 'averageChange') ?? 0;
  const amount = `${formatNumber(Math.abs(average))}${changeUnitText(r.unit, lang)}`;
  return sayIn(NARRATIVE_TEXTS, average < 0 ? 'averageFall' : 'averageRise', lang, { amount });
}

function eachUnitSentence(r: ResultEntry, name: string, lang: Lang): string {
  const say = sayer(NARRATIVE_TEXTS, lang);
  const units = r.units!;
  const f = r.targetCode.figures;
  const dimension = lang === 'zh' ? String(f.dimensionName ?? units.dimension) : String(f.dimensionNameEn ?? units.dimension).toLowerCase();
  const total = units.units.length;
  const failing = units.units.filter((u) => u.status === 'fail' || u.status === 'no-data').map((u) => u.unit);
  const words = targetWords(r, lang);
  // Only the statuses that occur: "40个乡镇（街道）中39个达到目标（90%以上），1个预警".
  const others = (['at-risk', 'fail', 'no-data'] as const).filter((s) => (units.counts[s] ?? 0) > 0);
  const rest = others.map((s) => say('unitsCount', { count: units.counts[s]!, status: STATUS_WORDS[lang][s] })).join(say('listSeparator'));
  const list = failing.length ? say('unitsList', { units: `${failing.slice(0, 5).join(say('listSeparator'))}${failing.length > 5 ? say('listMore') : ''}` }) : '';
  const all = units.counts.pass === total ? say('unitsAll', { total, dimension, words }) : say('unitsSome', { total, dimension, words, pass: units.counts.pass ?? 0 });
  return say('unitsSentence', { name, all, rest, list });
}

/** One sentence for a numeric target, or null for qualitative goals. `opening` adds "2024年，全县". */
export function ruleSentence(r: ResultEntry, change: RuleDiff | undefined, lang: Lang, namesEn: Readonly<Record<string, string>>, opening: boolean): string | null {
  if (r.kind === 'qualitative') return null;
  const zh = lang === 'zh';
  const say = sayer(NARRATIVE_TEXTS, lang);
  const name = indicatorLabel(r, lang, namesEn);
  const open = opening ? say('opening', { year: r.year }) : '';
  // English: "the county's maternal mortality ratio" when opening, "Maternal mortality ratio" otherwise.
  const subject = zh ? `${open}${name}` : opening ? `${open}${name.charAt(0).toLowerCase()}${name.slice(1)}` : name.charAt(0).toUpperCase() + name.slice(1);
  if (r.units) return (opening && zh ? say('yearOpening', { year: r.year }) : '') + eachUnitSentence(r, name, lang);
  if (r.status === 'no-data' || r.value === null) {
    if (r.reason.code === 'no-value' || !r.reason.text) return say('noDataFor', { subject, year: r.year });
    // No baseline to compare with, or only the baseline so far: say what is missing, as the verdict's reason does.
    if (r.value === null) return say('missingWhat', { subject, reason: r.reason.text });
    return say('valueThenReason', { subject, value: valueText(r.value, r.unit, lang), reason: r.reason.text });
  }
  const when = r.valueYear !== null && r.valueYear !== r.year ? say('dataOfYear', { year: r.valueYear }) : '';
  const parts: string[] = [];
  if (r.kind === 'annual_change') {
    parts.push(say('changedBy', { subject, when, moved: movedBy(r.value, r.unit, lang, say('previousYear')) }));
  } else {
    const gap = r.kind === 'gap' ? gapWords(r, lang) : '';
    parts.push(say('valueWas', { subject, gap, when, value: valueText(r.value, r.unit, lang) }));
    const yoy = changeFromLastYear(r, change, lang);
    if (yoy) parts.push(yoy);
  }
  const where = standing(r, lang, namesEn);
  if (where) parts.push(where);
  const head = parts.join(say('clauseSeparator'));
  const ahead = outlook(r, lang);
  const aspirational = r.aspirational ? say('aspirational') : '';
  if (!ahead) return say('sentenceEnd', { head, aspirational });
  return say('sentenceWithOutlook', { head, outlook: ahead, aspirational });
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

export const DRAFT_NOTE = { zh: sayIn(REPORT_TEXTS, 'draftNote', 'zh'), en: sayIn(REPORT_TEXTS, 'draftNote', 'en') } as const;
