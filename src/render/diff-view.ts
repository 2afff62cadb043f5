// Turns one rule's diff into display cells shared by the diff table, markdown and CSV renderers.
import { indicatorWords } from './view.js';
import type { ChangeKind, Movement, RuleDiff, RuleSide } from '../diff/types.js';
import { formatNumber, withUnit, type Lang } from '../i18n/format.js';
import { statusLabel } from '../i18n/statuses.js';
import { describeTarget } from '../i18n/targets.js';
import { sayIn } from '../i18n/catalogue.js';
import { DIFF_TEXTS } from '../i18n/render/diff.js';
import { CHANGE_WORDS, directionWord } from './diff-words.js';

export interface DiffView {
  id: string;
  indicator: string;
  target: string;
  status: string;
  value: string;
  projected: string;
  /** The projection without its delta, for narrow columns. */
  projectedRange: string;
}

/** The diff's groups in listing order: regressions, improvements, other changes, unchanged. */
export const DIFF_GROUPS: ReadonlyArray<{ key: string; kinds: readonly ChangeKind[] }> = [
  { key: 'regressed', kinds: ['regressed'] },
  { key: 'improved', kinds: ['improved'] },
  { key: 'other', kinds: ['data-lost', 'data-gained', 'data-changed', 'new', 'removed'] },
  { key: 'unchanged', kinds: ['unchanged'] },
];

export function groupTitle(key: string, count: number, lang: Lang): string {
  const word = key === 'other' ? sayIn(DIFF_TEXTS, 'otherChanges', lang) : CHANGE_WORDS[lang][key as ChangeKind];
  return sayIn(DIFF_TEXTS, 'groupTitle', lang, { word, count });
}

function sideValue(side: RuleSide | null, unit: string): string {
  if (!side) return '—';
  const text = withUnit(side.value, unit);
  return side.value !== null && side.valueYear !== null && side.valueYear !== side.year ? `${text} (${side.valueYear})` : text;
}

/** "+3.5" with its sign; "±0" for no change. */
export function signed(delta: number): string {
  if (delta === 0) return '±0';
  return delta > 0 ? `+${formatNumber(delta)}` : formatNumber(delta);
}

export function movementText(movement: Movement, lang: Lang): string {
  if (movement.delta === null) return '';
  const direction = movement.direction ? directionWord(movement.direction, lang) : '';
  return sayIn(DIFF_TEXTS, 'movement', lang, { delta: signed(movement.delta), direction });
}

function transition(from: string, to: string): string {
  return from === to ? from : `${from} → ${to}`;
}

export function viewDiff(change: RuleDiff, lang: Lang): DiffView {
  const unit = change.kind === 'annual_change' ? '' : change.unit;
  const status = (side: RuleSide | null) => (side ? statusLabel(side.status, lang) : '—');
  const projected = (side: RuleSide | null) => (side ? formatNumber(side.projected) : '—');
  const valueChanged = change.value.delta !== null && change.value.delta !== 0;
  return {
    id: change.rule,
    indicator: indicatorWords(change, lang),
    target: describeTarget((change.to ?? change.from)!.target, lang),
    status: transition(status(change.from), status(change.to)),
    value: transition(sideValue(change.from, unit), sideValue(change.to, unit)) + (valueChanged ? movementText(change.value, lang) : ''),
    projected: transition(projected(change.from), projected(change.to)) + (change.projected.delta ? movementText(change.projected, lang) : ''),
    projectedRange: transition(projected(change.from), projected(change.to)),
  };
}

export interface DiffRenderOptions {
  lang: Lang;
  color: boolean;
  /** Terminal width for the table renderer. */
  width: number;
  bom: boolean;
  /** List unchanged rules too (they are always counted). */
  all: boolean;
}
