// Chinese and English words of a diff, from the diff catalogue: change kinds, directions, notes and the summary line.
import type { ChangeKind, DiffReport, Direction } from '../diff/types.js';
import type { Coded } from '../core/types.js';
import { sayer, sayIn } from '../i18n/catalogue.js';
import type { Lang } from '../i18n/format.js';
import { CHANGE_TEXTS, DIFF_TEXTS } from '../i18n/render/diff.js';

const CHANGE_KINDS = Object.keys(CHANGE_TEXTS) as ChangeKind[];

const wordsOf = (lang: Lang) => Object.fromEntries(CHANGE_KINDS.map((k) => [k, sayIn(CHANGE_TEXTS, k, lang)])) as Record<ChangeKind, string>;
export const CHANGE_WORDS: Record<Lang, Record<ChangeKind, string>> = { zh: wordsOf('zh'), en: wordsOf('en') };

export const CHANGE_SYMBOLS: Record<ChangeKind, string> = {
  regressed: '▼',
  improved: '▲',
  'data-lost': '?',
  'data-gained': '+',
  'data-changed': '~',
  new: '+',
  removed: '−',
  unchanged: '=',
};

export function directionWord(direction: Direction, lang: Lang): string {
  return sayIn(DIFF_TEXTS, direction, lang);
}

const list = (value: unknown, lang: Lang, max = 8): string => {
  const say = sayer(DIFF_TEXTS, lang);
  const items = Array.isArray(value) ? value.map(String) : [];
  const shown = items.slice(0, max).join(say('listSeparator'));
  return items.length > max ? `${shown}${say('listMore')}` : shown;
};

const NOTE_CODES = new Set(['schema-version-mismatch', 'schema-version-newer', 'same-year', 'years-reversed', 'rules-only-in-old', 'rules-only-in-new', 'plans-only-in-old', 'plans-only-in-new']);

export function describeNote(note: Coded, lang: Lang): string {
  if (!NOTE_CODES.has(note.code)) return note.code;
  const f = note.figures;
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(f)) if (typeof value === 'string' || typeof value === 'number') params[key] = value;
  if ('rules' in f) params.rules = list(f.rules, lang);
  if ('plans' in f) params.plans = list(f.plans, lang);
  return sayIn(DIFF_TEXTS, note.code as keyof typeof DIFF_TEXTS, lang, params);
}

export function diffTitle(report: DiffReport, lang: Lang): string {
  return sayIn(DIFF_TEXTS, 'title', lang, { from: report.from.year, to: report.to.year });
}

/** "2023 → 2024: 258 rules:" and "▼ Regressed 2", …; zero counts left out except regressed, improved and unchanged. */
export function diffSummaryParts(report: DiffReport, lang: Lang): { head: string; counts: string[] } {
  const always: readonly ChangeKind[] = ['regressed', 'improved', 'unchanged'];
  const kinds = CHANGE_KINDS.filter((k) => report.summary[k] > 0 || always.includes(k));
  const counts = kinds.map((k) => `${CHANGE_SYMBOLS[k]} ${CHANGE_WORDS[lang][k]} ${report.summary[k]}`);
  const head = sayIn(DIFF_TEXTS, 'summaryHead', lang, { from: report.from.year, to: report.to.year, total: report.summary.total });
  return { head, counts };
}

export function diffSummaryLine(report: DiffReport, lang: Lang): string {
  const { head, counts } = diffSummaryParts(report, lang);
  return `${head}${lang === 'zh' ? '' : ' '}${counts.join(' · ')}`;
}

export function sourcesLine(report: DiffReport, lang: Lang): string {
  return sayIn(DIFF_TEXTS, 'sources', lang, { older: report.from.source, newer: report.to.source });
}

export function unchangedHint(report: DiffReport, lang: Lang): string {
  return sayIn(DIFF_TEXTS, 'unchangedHint', lang, { count: report.summary.unchanged });
}
