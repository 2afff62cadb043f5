// Escaping and the small formatting helpers every part of the report page shares.
import type { Status } from '../../core/types.js';
import { formatNumber, type Lang } from '../../i18n/format.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);
}

/** Status colours: colour-blind-safe enough with the symbol beside them; the same in charts and badges. */
export const STATUS_COLORS: Record<Status, string> = {
  pass: '#2e7d32',
  'at-risk': '#d98a00',
  fail: '#c62828',
  'no-data': '#757575',
  'not-assessed': '#5c6bc0',
};

const UNITS_EN: Record<string, string> = { '/10万': ' per 100,000', 岁: ' years', 年: ' years', 人: ' persons', 次: ' times', 个: '', 张: ' beds' };

/** A value with its unit in the report's language: "10.41/10万", "10.41 per 100,000", "78.3岁". */
export function valueText(value: number | null | undefined, unit: string, lang: Lang): string {
  const n = formatNumber(value);
  if (n === '—' || !unit) return n;
  if (lang === 'en' && unit in UNITS_EN) return `${n}${UNITS_EN[unit]}`;
  return `${n}${unit}`;
}

/** The unit alone, for a chart caption: "/10万" in Chinese, "per 100,000" in English. */
export function unitLabel(unit: string, lang: Lang): string {
  return lang === 'en' && unit in UNITS_EN ? UNITS_EN[unit]!.trim() || unit : unit;
}

/** The unit of a change: percentage points for %, per-mille points for ‰, points per 100,000 for /10万. */
export function changeUnitText(unit: string, lang: Lang): string {
  const zh: Record<string, string> = { '%': '个百分点', '‰': '个千分点', '/10万': '个十万分点' };
  const en: Record<string, string> = { '%': ' percentage points', '‰': ' per-mille points', '/10万': ' points per 100,000' };
  if (lang === 'zh') return zh[unit] ?? unit;
  return en[unit] ?? (unit in UNITS_EN ? UNITS_EN[unit]! : unit ? ` ${unit}` : '');
}
