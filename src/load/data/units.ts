// Units of data values: canonical spellings and the decimal shift that converts one unit into another.
import { toHalfWidth } from './normalize-text.js';

/** Rates as "per 10^n": converting between them moves the decimal point. */
const RATE_EXPONENTS: Readonly<Record<string, number>> = { '%': 2, '‰': 3, '‱': 4, '/万': 4, '/10万': 5 };

const UNIT_ALIASES: Readonly<Record<string, string>> = {
  percent: '%',
  pct: '%',
  百分比: '%',
  '/100': '%',
  permille: '‰',
  '/1000': '‰',
  '/千': '‰',
  '/千人': '‰',
  每千人: '‰',
  '/10000': '/万',
  '/万人': '/万',
  每万人: '/万',
  '1/10万': '/10万',
  '/10万人': '/10万',
  '/100000': '/10万',
  '/100,000': '/10万',
  per100000: '/10万',
  'per100,000': '/10万',
  每10万: '/10万',
  每10万人: '/10万',
  十万分之: '/10万',
};

/** Units that are recognisably units (so a mismatch is a unit error, not "not a number"). */
const COMMON_UNITS: ReadonlySet<string> = new Set([
  '年', '岁', '个', '次', '张', '人', '元', '万元', '所', '家', '名', '户', '项', '天', '日', '月', '小时', '件', '起', '例', '册',
  '本', '床', '亩', '公里', '千米', '米', '平方米', '公斤', '千克', '克', 'kg', 'g', 'mg', 'µg', 'ug', 'km', 'm', 'cm', '人次', '万人',
]);

const SPACES = /\s+/g;

const normalized = new Map<string, string>();

/** The canonical spelling of a unit: half-width, no spaces, aliases folded ("/10万人" → "/10万", "percent" → "%"). */
export function normalizeUnit(raw: string): string {
  const cached = normalized.get(raw);
  if (cached !== undefined) return cached;
  const compact = toHalfWidth(raw).replace(SPACES, '').toLowerCase();
  // hasOwn: a cell reading "__proto__" must not find Object.prototype in the table.
  const unit = Object.hasOwn(UNIT_ALIASES, compact) ? UNIT_ALIASES[compact]! : compact === 'μg' ? 'µg' : compact;
  if (normalized.size < 10_000) normalized.set(raw, unit);
  return unit;
}

export function isRateUnit(unit: string): boolean {
  return Object.hasOwn(RATE_EXPONENTS, unit);
}

/** Is this (canonical) text a unit at all? Indicator units of the model count too. */
export function isKnownUnit(unit: string, modelUnits: ReadonlySet<string>): boolean {
  if (isRateUnit(unit) || COMMON_UNITS.has(unit) || modelUnits.has(unit)) return true;
  return unit.startsWith('万') && (unit.length === 1 || COMMON_UNITS.has(unit.slice(1)) || modelUnits.has(unit.slice(1)));
}

/**
 * Decimal exponent that converts a value in `from` into `to` (value × 10^shift), or undefined when the units
 * cannot be converted. Both arguments are canonical (see normalizeUnit). A leading 万 on a count means × 10^4.
 */
export function unitShift(from: string, to: string): number | undefined {
  if (from === to) return 0;
  const fromRate = isRateUnit(from) ? RATE_EXPONENTS[from] : undefined;
  const toRate = isRateUnit(to) ? RATE_EXPONENTS[to] : undefined;
  if (fromRate !== undefined && toRate !== undefined) return toRate - fromRate;
  if (fromRate !== undefined || toRate !== undefined) return undefined;
  if (from === '万') return to.startsWith('万') ? 0 : 4;
  if (from === `万${to}`) return 4;
  if (to === `万${from}`) return -4;
  return undefined;
}

