// Escaping and the small formatting helpers every part of the report page shares.
import type { Status } from '../../core/types.js';
import { sayIn } from '../../i18n/catalogue.js';
import { formatNumber, type Lang } from '../../i18n/format.js';
import { CHANGE_UNIT_TEXTS, UNIT_TEXTS } from '../../i18n/render/report.js';

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

/** A unit's English words; 个 (a bare count) has none. */
function unitEn(unit: string): string | undefined {
  if (unit === '个') return '';
  return Object.hasOwn(UNIT_TEXTS, unit) ? sayIn(UNIT_TEXTS, unit as keyof typeof UNIT_TEXTS, 'en') : undefined;
}

/** A value with its unit in the report's language: "10.41/10万", "10.41 per 100,000", "78.3岁". */
export function valueText(value: number | null | undefined, unit: string, lang: Lang): string {
  const n = formatNumber(value);
  if (n === '—' || !unit) return n;
  const en = lang === 'en' ? unitEn(unit) : undefined;
  return en !== undefined ? `${n}${en}` : `${n}${unit}`;
}

/** The unit alone, for a chart caption: "/10万" in Chinese, "per 100,000" in English. */
export function unitLabel(unit: string, lang: Lang): string {
  const en = lang === 'en' ? unitEn(unit) : undefined;
  return en !== undefined ? en.trim() || unit : unit;
}

/** The unit of a change: percentage points for %, per-mille points for ‰, points per 100,000 for /10万. */
export function changeUnitText(unit: string, lang: Lang): string {
  if (Object.hasOwn(CHANGE_UNIT_TEXTS, unit)) return sayIn(CHANGE_UNIT_TEXTS, unit as keyof typeof CHANGE_UNIT_TEXTS, lang);
  if (lang === 'zh') return unit;
  return unitEn(unit) ?? (unit ? ` ${unit}` : '');
}
