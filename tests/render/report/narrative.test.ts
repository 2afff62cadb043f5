import { beforeAll, describe, expect, it } from 'vitest';
import { compareReports } from '../../../src/diff/compare-reports.js';
import { difference } from '../../../src/diff/direction.js';
import { parseResultsText } from '../../../src/diff/read-results.js';
import type { RuleDiff } from '../../../src/diff/types.js';
import { formatNumber, type Lang } from '../../../src/i18n/format.js';
import { domainNarrative, headlineSentence, ruleSentence } from '../../../src/render/report/narrative.js';
import type { ResultEntry, ResultsFile } from '../../../src/schema/results.js';
import { runCli } from '../../helpers/run-cli.js';

function evaluated(year: number, lang: Lang): ResultsFile {
  const run = runCli(['evaluate', '--year', String(year), '--format', 'json', '--lang', lang]);
  const parsed = parseResultsText(run.stdout);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.results;
}

/** Every number a sentence about `r` may print: the JSON's figures, and the differences the diff and the baseline give. */
function allowedNumbers(r: ResultEntry, change: RuleDiff | undefined): Set<string> {
  const numbers: number[] = [r.year, r.deadline, r.value ?? NaN, r.valueYear ?? NaN, r.projected ?? NaN];
  const collect = (value: unknown) => {
    if (typeof value === 'number') numbers.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
  };
  for (const figures of [r.targetCode.figures, r.reason.figures]) Object.values(figures).forEach(collect);
  if (change?.value.delta != null) numbers.push(change.value.delta);
  const base = r.targetCode.figures.baseValue;
  if (typeof base === 'number' && r.value !== null) numbers.push(difference(base, r.value));
  if (r.units) numbers.push(r.units.units.length, ...Object.values(r.units.counts));
  return new Set(numbers.filter((n) => !Number.isNaN(n)).flatMap((n) => [formatNumber(n), formatNumber(Math.abs(n))]));
}

/** The numbers in a sentence, after taking out unit names (示例乡镇01) and the unit "/10万", "per 100,000". */
function numbersIn(text: string, r: ResultEntry): string[] {
  let rest = text.replace(/\/10万|十万分点|per 100,000|100,000/g, ' ');
  for (const u of r.units?.units ?? []) rest = rest.split(u.unit).join(' ');
  for (const name of [r.indicatorName ?? '', String(r.targetCode.figures.otherName ?? ''), String(r.targetCode.figures.groups ?? '')]) if (name) rest = rest.split(name).join(' ');
  return [...rest.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => m[0].replace(/^-/, ''));
}

const sample: Record<Lang, { current: ResultsFile; changes: Map<string, RuleDiff> }> = {} as never;

beforeAll(() => {
  for (const lang of ['zh', 'en'] as const) {
    const current = evaluated(2024, lang);
    const diff = compareReports(evaluated(2023, lang), current, { from: '2023', to: '2024' });
    sample[lang] = { current, changes: new Map(diff.changes.map((c) => [c.rule, c])) };
  }
}, 60_000);

describe('the draft narrative of the bundled sample', () => {
  it.each(['zh', 'en'] as const)('prints only numbers that equal the JSON (%s)', (lang) => {
    const { current, changes } = sample[lang];
    let sentences = 0;
    for (const r of current.results) {
      const text = ruleSentence(r, changes.get(r.rule), lang, {}, false);
      if (r.kind === 'qualitative') {
        expect(text).toBeNull();
        continue;
      }
      sentences += 1;
      const allowed = allowedNumbers(r, changes.get(r.rule));
      for (const n of numbersIn(text!, r)) expect(allowed, `${r.rule}: ${n} in “${text}”`).toContain(n);
    }
    expect(sentences).toBeGreaterThan(100);
  });

  it('says 比上年 with the diff’s own delta, in the unit of change of the indicator', () => {
    const { current, changes } = sample.zh;
    const withChange = current.results.filter((r) => r.kind !== 'annual_change' && !r.units && changes.get(r.rule)?.value.delta != null && r.valueYear === 2024 && changes.get(r.rule)?.from?.valueYear === 2023);
    expect(withChange.length).toBeGreaterThan(50);
    for (const r of withChange) {
      const delta = changes.get(r.rule)!.value.delta!;
      const text = ruleSentence(r, changes.get(r.rule), 'zh', {}, false)!;
      const unit = { '%': '个百分点', '‰': '个千分点', '/10万': '个十万分点' }[r.unit] ?? r.unit;
      const [up, down] = r.kind === 'gap' ? ['扩大', '缩小'] : ['人', '次', '个', '张'].includes(r.unit) ? ['增加', '减少'] : ['提高', '下降'];
      const expected = delta === 0 ? '与上年持平' : `比上年${delta > 0 ? up : down}${formatNumber(Math.abs(delta))}${unit}`;
      expect(text, r.rule).toContain(expected);
    }
  });

  it('opens each domain with its counts and the year', () => {
    const { current, changes } = sample.zh;
    const health = current.results.filter((r) => r.plan === 'women-2021-2025' && r.domain === 'health');
    const narrative = domainNarrative(health, '妇女与健康', changes, 'zh', {});
    const pass = health.filter((r) => r.status === 'pass').length;
    expect(narrative.headline).toMatch(new RegExp(`^妇女与健康领域${health.length}项目标中，达标${pass}项、`));
    expect(narrative.sentences[0]!.text).toMatch(/^2024年，全县/);
    expect(narrative.sentences.slice(1).every((s) => !s.text.startsWith('2024年，全县'))).toBe(true);
  });
});

describe('sentence wording', () => {
  const base = (over: Partial<ResultEntry>): ResultEntry => ({
    rule: 'T-1',
    plan: 'p',
    domain: 'd',
    number: '1',
    section: 'goal',
    kind: 'at_most',
    text: '',
    indicator: 'maternal_mortality',
    indicatorName: '孕产妇死亡率',
    unit: '/10万',
    year: 2024,
    deadline: 2025,
    everyYear: false,
    aspirational: false,
    status: 'pass',
    value: 10.41,
    valueYear: 2024,
    target: '≤ 12/10万',
    targetCode: { code: 'at_most', figures: { target: 12, tolerance: 0, unit: '/10万' } },
    projected: 8.06,
    projection: null,
    reason: { code: 'met-on-track', figures: { projected: 8.06 }, text: '' },
    lead: [],
    responsible: [],
    units: null,
    series: [],
    ...over,
  });
  const change = (delta: number, unit = '/10万'): RuleDiff => ({
    rule: 'T-1',
    plan: 'p',
    domain: 'd',
    number: '1',
    kind: 'at_most',
    indicator: null,
    indicatorName: null,
    unit,
    change: 'unchanged',
    from: { year: 2023, status: 'pass', value: 0, valueYear: 2023, projected: null, deadline: 2025, target: { code: 'at_most', figures: {} } },
    to: { year: 2024, status: 'pass', value: 0, valueYear: 2024, projected: null, deadline: 2025, target: { code: 'at_most', figures: {} } },
    value: { delta, direction: null },
    projected: { delta: null, direction: null },
  });

  it('writes the NBS sentence for a rate per 100,000 that is met early', () => {
    expect(ruleSentence(base({}), change(-0.83), 'zh', {}, true)).toBe('2024年，全县孕产妇死亡率为10.41/10万，比上年下降0.83个十万分点，低于规划目标（12/10万以下），提前实现规划目标。');
    expect(ruleSentence(base({}), change(-0.83), 'en', { maternal_mortality: 'maternal mortality ratio' }, true)).toBe(
      "In 2024, the county's maternal mortality ratio was 10.41 per 100,000, down 0.83 points per 100,000 from the previous year, below the plan target (12 per 100,000 or less); the target is met ahead of the deadline.",
    );
  });

  it('uses 个百分点 for %, 个千分点 for ‰, and 提高 / 下降 / 持平 by the sign', () => {
    const percent = base({ unit: '%', indicatorName: '宫颈癌筛查率', kind: 'at_least', status: 'fail', value: 54.9, targetCode: { code: 'at_least', figures: { target: 70, unit: '%' } }, reason: { code: 'missed-projection-misses', figures: { projected: 59.01 }, text: '' } });
    expect(ruleSentence(percent, change(4.1, '%'), 'zh', {}, false)).toBe('宫颈癌筛查率为54.9%，比上年提高4.1个百分点，但与70%的目标仍有差距，按当前趋势2025年仅为59.01%，难以实现规划目标。');
    const perMille = base({ unit: '‰', indicatorName: '婴儿死亡率', value: 4.1, targetCode: { code: 'at_most', figures: { target: 5, unit: '‰' } } });
    expect(ruleSentence(perMille, change(-0.2, '‰'), 'zh', {}, false)).toContain('比上年下降0.2个千分点');
    expect(ruleSentence(perMille, change(0, '‰'), 'zh', {}, false)).toContain('与上年持平');
    expect(ruleSentence(perMille, change(0, '‰'), 'en', {}, false)).toContain('unchanged from the previous year');
    expect(ruleSentence(perMille, change(0.3, '‰'), 'en', {}, false)).toContain('up 0.3 per-mille points from the previous year');
  });

  it('names the reference series of a comparison in the report’s language', () => {
    const compare = base({
      kind: 'compare',
      unit: '岁',
      indicatorName: '妇女人均预期寿命',
      indicator: 'female_life_expectancy',
      value: 78.3,
      status: 'at-risk',
      targetCode: { code: 'compare', figures: { op: 'at_least', other: 'province_life', otherName: '贵州省妇女人均预期寿命（参照）', otherValue: 78.4, unit: '岁' } },
      reason: { code: 'missed-projection-meets', figures: { projected: 78.52 }, text: '' },
    });
    expect(ruleSentence(compare, undefined, 'zh', {}, false)).toBe('妇女人均预期寿命为78.3岁，低于贵州省妇女人均预期寿命（参照）78.4岁，按当前趋势2025年可达78.52岁，有望实现规划目标。');
    expect(ruleSentence(compare, undefined, 'en', { female_life_expectancy: 'female life expectancy', province_life: 'provincial female life expectancy' }, true)).toBe(
      "In 2024, the county's female life expectancy was 78.3 years, below the provincial female life expectancy, 78.4 years; the trend reaches 78.52 years by 2025, so the target is within reach.",
    );
  });

  it('leaves out 比上年 when last year’s value is an older year’s carried forward', () => {
    const stale = change(-0.5);
    stale.from!.valueYear = 2022;
    expect(ruleSentence(base({}), stale, 'zh', {}, false)).not.toContain('比上年');
  });

  it('does not judge a value from an older year: no-data, with the latest value in the reason’s words', () => {
    const text = '缺2024年数值，不作判定（最近数据：2023年 10.41/10万）。';
    const stale = base({ status: 'no-data', value: null, valueYear: null, reason: { code: 'no-current-value', figures: { year: 2024, latestYear: 2023, latestValue: 10.41 }, text } });
    expect(ruleSentence(stale, undefined, 'zh', {}, false)).toBe(`孕产妇死亡率：${text}`);
  });

  it('says what is missing when a value has no verdict, in the reason’s words', () => {
    const noBaseline = base({ status: 'no-data', value: null, valueYear: null, reason: { code: 'no-baseline', figures: { baselineYear: 2020 }, text: '缺少基期（2020年）数值，无法判断变化。' } });
    expect(ruleSentence(noBaseline, undefined, 'zh', {}, false)).toBe('孕产妇死亡率：缺少基期（2020年）数值，无法判断变化。');
  });

  it('says the target cannot be assessed when there is no data', () => {
    const none = base({ status: 'no-data', value: null, valueYear: null, reason: { code: 'no-value', figures: { year: 2024 }, text: '2024年及以前没有可用数值。' } });
    expect(ruleSentence(none, undefined, 'zh', {}, false)).toBe('孕产妇死亡率缺少2024年数据，无法评估。');
  });

  it('counts statuses in the headline in both languages', () => {
    const results = [base({}), base({ status: 'fail' }), base({ status: 'pass' })];
    expect(headlineSentence(results, '妇女与健康', 'zh')).toBe('妇女与健康领域3项目标中，达标2项、未达标1项。');
    expect(headlineSentence(results, 'Women and health', 'en')).toBe('Of the 3 targets on Women and health, 2 pass, 1 fail.');
  });
});

describe('the draft narrative of a 持续下降 (steady_fall) rule on the sample', () => {
  it('names the years that did not fall, in both languages', () => {
    const r = (lang: Lang) => sample[lang].current.results.find((x) => x.rule === 'C-SAFETY-4a')!;
    expect(ruleSentence(r('zh'), undefined, 'zh', {}, false)).toBe('儿童溺水死亡率为6.7/10万，比2020年（6.8/10万）下降0.1个十万分点，规划要求逐年下降，2022、2024年未低于上年。');
    expect(ruleSentence(r('en'), undefined, 'en', {}, false)).toContain('the plan asks for a fall every year, and 2022, 2024 did not fall below the year before');
  });
});
