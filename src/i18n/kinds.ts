// Rule kinds in words, for tables and explanations; the kind id stays in JSON and CSV.
import type { Lang } from './format.js';

const KIND_WORDS: Record<Lang, Record<string, string>> = {
  zh: {
    at_least: '至少',
    at_most: '至多',
    approx: '约为',
    trend_up: '逐步提高',
    trend_down: '逐步降低',
    steady_rise: '稳中有升',
    steady_fall: '持续下降',
    change_from_baseline: '较基期变化',
    annual_change: '逐年变化',
    compare: '对比参照',
    gap: '差距变化',
    each_unit: '各单位分别',
    each_site: '每个机构',
    cumulative: '累计',
    qualitative: '定性',
  },
  en: {
    at_least: 'at least',
    at_most: 'at most',
    approx: 'about',
    trend_up: 'rising',
    trend_down: 'falling',
    steady_rise: 'steady rise',
    steady_fall: 'falling every year',
    change_from_baseline: 'change from baseline',
    annual_change: 'yearly change',
    compare: 'vs. reference',
    gap: 'gap',
    each_unit: 'each unit',
    each_site: 'each site',
    cumulative: 'cumulative',
    qualitative: 'qualitative',
  },
};

/** A kind added later without words here still prints, as its id. */
export function kindWords(kind: string, lang: Lang): string {
  return KIND_WORDS[lang][kind] ?? kind;
}

export const KNOWN_KIND_WORDS = KIND_WORDS;
