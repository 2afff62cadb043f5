// Target in words ("≤ 12 /10万", "较2020年上升"), from a verdict's coded target.
import type { Coded } from '../core/types.js';
import { changeUnit, formatNumber, withUnit, type Lang } from './format.js';

type F = Coded['figures'];
const num = (f: F, key: string) => (typeof f[key] === 'number' ? (f[key] as number) : null);
const str = (f: F, key: string) => String(f[key] ?? '');

export function describeTarget(target: Coded, lang: Lang): string {
  const f = target.figures;
  const unit = str(f, 'unit');
  const tolerance = num(f, 'tolerance') ?? 0;
  const zh = lang === 'zh';
  const approx = tolerance > 0 ? (zh ? `（容差${formatNumber(tolerance)}）` : ` (±${formatNumber(tolerance)})`) : '';
  switch (target.code) {
    case 'at_least':
      return `≥ ${withUnit(num(f, 'target'), unit)}${approx}`;
    case 'at_most':
      return `≤ ${withUnit(num(f, 'target'), unit)}${approx}`;
    case 'approx':
      return `${withUnit(num(f, 'target'), unit)} ± ${formatNumber(tolerance)}`;
    case 'trend_up':
    case 'trend_down':
    case 'steady_rise': {
      const base = num(f, 'baseValue') === null ? '' : `(${withUnit(num(f, 'baseValue'), unit)})`;
      const year = str(f, 'baselineYear');
      const minChange = num(f, 'minChange') ?? 0;
      // min_change is part of the target: "高于2020年(50%)，至少1个百分点".
      const by = minChange > 0 ? (zh ? `，至少${formatNumber(minChange)}${changeUnit(unit, lang)}` : ` by ≥ ${formatNumber(minChange)}${changeUnit(unit, lang)}`) : '';
      if (target.code === 'trend_up') return zh ? `高于${year}年${base}${by}` : `above ${year} ${base}`.trim() + by;
      if (target.code === 'trend_down') return zh ? `低于${year}年${base}${by}` : `below ${year} ${base}`.trim() + by;
      return zh ? `稳中有升，高于${year}年${base}${by}` : `steady rise above ${year} ${base}`.trim() + by;
    }
    case 'gap_narrow':
    case 'gap_widen': {
      const base = num(f, 'baseValue') === null ? '' : `(${formatNumber(num(f, 'baseValue'))})`;
      const word = target.code === 'gap_narrow' ? (zh ? '缩小' : 'narrower') : zh ? '扩大' : 'wider';
      const minChange = num(f, 'minChange') ?? 0;
      const by = minChange > 0 ? (zh ? `至少${formatNumber(minChange)}${changeUnit(unit, lang)}` : ` by ≥ ${formatNumber(minChange)}${changeUnit(unit, lang)}`) : '';
      const since = zh ? `较${str(f, 'baselineYear')}年${base}${word}${by}` : `${word} than ${str(f, 'baselineYear')} ${base}`.trim() + by;
      return `${gapOf(f, zh)}${zh ? '' : ' '}${since}`;
    }
    case 'change_from_baseline': {
      const sign = str(f, 'direction') === 'down' ? '≤' : '≥';
      const word = str(f, 'direction') === 'down' ? (zh ? '下降' : 'down') : zh ? '上升' : 'up';
      return zh
        ? `${sign} ${withUnit(num(f, 'target'), unit)}（${str(f, 'baselineYear')}年基数${word}${str(f, 'percent')}%）`
        : `${sign} ${withUnit(num(f, 'target'), unit)} (${word} ${str(f, 'percent')}% from ${str(f, 'baselineYear')})`;
    }
    case 'annual_change': {
      const down = str(f, 'direction') === 'down';
      const average = str(f, 'reading') === 'average';
      return zh
        ? `${average ? '年均' : '每年'}${down ? '降低' : '提高'}≥${formatNumber(num(f, 'amount'))}${changeUnit(unit, lang)}`
        : `${down ? 'fall' : 'rise'} ≥ ${formatNumber(num(f, 'amount'))}${changeUnit(unit, lang)} ${average ? 'a year on average' : 'every year'}`;
    }
    case 'compare': {
      const op = str(f, 'op');
      const sign = op === 'at_least' ? '≥' : op === 'at_most' ? '≤' : '≈';
      // The indicator's name, not its id, in both languages: an id means nothing to a reader.
      const other = (lang === 'en' && str(f, 'otherNameEn')) || str(f, 'otherName') || str(f, 'other');
      const value = num(f, 'otherValue');
      return `${sign} ${other}${value === null ? '' : ` (${withUnit(value, unit)})`}`;
    }
    case 'each_site': {
      const sign = str(f, 'op') === 'at_most' ? '≤' : '≥';
      return zh ? `每个${str(f, 'dimensionName')} ${sign} ${withUnit(num(f, 'target'), unit)}` : `every ${str(f, 'dimensionNameEn')} ${sign} ${withUnit(num(f, 'target'), unit)}`;
    }
    case 'cumulative':
      return zh
        ? `${str(f, 'from')}—${str(f, 'to')}年累计 ≥ ${withUnit(num(f, 'target'), unit)}`
        : `${str(f, 'from')}–${str(f, 'to')} total ≥ ${withUnit(num(f, 'target'), unit)}`;
    case 'each_unit': {
      const inner = describeTarget({ code: str(f, 'innerCode'), figures: f }, lang);
      const share = num(f, 'share') ?? 1;
      const dimension = (zh ? f.dimensionName : f.dimensionNameEn) ?? str(f, 'dimension');
      if (share >= 1) return zh ? `每个${dimension} ${inner}` : `every ${dimension} ${inner}`;
      return zh ? `${formatNumber(share * 100)}%的${dimension} ${inner}` : `${formatNumber(share * 100)}% of ${dimension}s ${inner}`;
    }
    case 'steady_fall': {
      // 持续下降: year on year, which also keeps it below the baseline.
      const base = num(f, 'baseValue') === null ? '' : `(${withUnit(num(f, 'baseValue'), unit)})`;
      const minChange = num(f, 'minChange') ?? 0;
      const by = minChange > 0 ? (zh ? `，至少${formatNumber(minChange)}${changeUnit(unit, lang)}` : ` by ≥ ${formatNumber(minChange)}${changeUnit(unit, lang)}`) : '';
      return zh ? `逐年下降，低于${str(f, 'baselineYear')}年${base}${by}` : `falling every year, below ${str(f, 'baselineYear')} ${base}`.trim() + by;
    }
    case 'qualitative':
      return zh ? '定性目标' : 'qualitative';
    default:
      return target.code;
  }
}

/** Whose gap: "农村/城镇差距", "各乡镇（街道）间最大差距", "40个乡镇（街道）与全县的最大差距". */
export function gapOf(f: F, zh: boolean): string {
  const count = num(f, 'groupCount') ?? 2;
  const groups = str(f, 'groups');
  const dimension = zh ? str(f, 'dimensionName') : str(f, 'dimensionNameEn');
  const who = count === 0 || count > 3 ? (zh ? `${count > 0 ? count + '个' : '各'}${dimension}` : `${count > 0 ? count + ' ' : 'the '}${dimension} units`) : groups;
  if (str(f, 'measure') === 'against_total') return zh ? `${who}与全县的最大差距` : `largest gap of ${who} from the county total`;
  if (count === 2) return zh ? `${who}差距` : `${who} gap`;
  return zh ? `${who}间最大差距` : `largest gap among ${who}`;
}
