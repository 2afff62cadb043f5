// Number and unit formatting shared by both languages.
export type Lang = 'zh' | 'en';

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  // Two decimals, but small rates (0.0353%) keep three significant digits so they stay readable.
  const rounded = value !== 0 && Math.abs(value) < 1 ? Number(value.toPrecision(3)) : Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** "12/10万", "95%", "3.5‰", "8.5 年". */
export function withUnit(value: number | null | undefined, unit: string | undefined): string {
  const n = formatNumber(value);
  if (n === '—' || !unit) return n;
  return unit === '%' || unit === '‰' || unit.startsWith('/') ? `${n}${unit}` : `${n} ${unit}`;
}

/** A change in the indicator unit: percentage points for % indicators. */
export function changeUnit(unit: string, lang: Lang): string {
  if (unit === '%') return lang === 'zh' ? '个百分点' : ' pp';
  if (unit === '‰') return lang === 'zh' ? '个千分点' : ' per mille points';
  return unit ? ` ${unit}` : '';
}
