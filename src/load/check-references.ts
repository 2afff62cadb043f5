// Cross-checks of what the model refers to: dimensions and their values, unique indicator names, sane plan years.
// Each of these used to load cleanly and make a rule silently 无数据 (or send rows to the wrong indicator).
import type { Diagnostic } from '../model/diagnostic.js';
import type { Dimension, Indicator } from '../schema/indicator.js';
import type { PlancheckFile } from '../schema/plan-file.js';
import type { Located } from './check-model.js';
import { nameKey } from './data/normalize-text.js';

/** Plans are for this century: a deadline of 99999 is a typing slip, not a plan. */
export const YEAR_LIMITS = { earliest: 1949, latest: 2100 } as const;

type Doc = Located<PlancheckFile>;

export function checkReferences(documents: readonly Doc[], indicators: ReadonlyMap<string, Indicator>, dimensions: ReadonlyMap<string, Dimension>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const error = (doc: Doc, path: PropertyKey[], code: string, message: string) =>
    diagnostics.push({ severity: 'error', code, file: doc.file, ...doc.locate(path), message });
  const known = [...dimensions.keys()].join(', ') || '(none defined)';
  const names = new Map<string, { id: string; place: string }>();

  for (const doc of documents) {
    const value = doc.value;
    if (value.type === 'plan') {
      const { baseline_year: baseline, start_year: start, deadline } = value.plan;
      if (baseline < YEAR_LIMITS.earliest || baseline > YEAR_LIMITS.latest) {
        error(doc, ['plan', 'baseline_year'], 'bad-year', `baseline_year ${baseline} is not a plausible year; expected a year between ${YEAR_LIMITS.earliest} and ${YEAR_LIMITS.latest}`);
      }
      if (deadline <= baseline || deadline > YEAR_LIMITS.latest) {
        error(doc, ['plan', 'deadline'], 'bad-year', `deadline ${deadline} is not after the baseline year ${baseline} and by ${YEAR_LIMITS.latest}; expected a year between ${baseline + 1} and ${YEAR_LIMITS.latest}`);
      } else if (start < baseline || start > deadline) {
        error(doc, ['plan', 'start_year'], 'bad-year', `start_year ${start} is outside ${baseline}–${deadline}; expected a year from the baseline year to the deadline`);
      }
    } else if (value.type === 'indicators') {
      value.indicators?.forEach((indicator, i) => {
        indicator.dimensions?.forEach((dimension, j) => {
          if (!dimensions.has(dimension)) error(doc, ['indicators', i, 'dimensions', j], 'unknown-dimension', `dimension "${dimension}" of ${indicator.id} is not defined; expected one of: ${known}`);
        });
        // A name or alias that two indicators share sends rows to whichever is found first.
        const spellings: Array<[string, PropertyKey[]]> = [[indicator.id, ['id']], [indicator.name, ['name']], ...(indicator.aliases ?? []).map((a, k): [string, PropertyKey[]] => [a, ['aliases', k]])];
        for (const [text, at] of spellings) {
          const key = nameKey(text);
          const path = ['indicators', i, ...at];
          const owner = names.get(key);
          if (owner === undefined) names.set(key, { id: indicator.id, place: `${doc.file}:${doc.locate(path).line}` });
          else if (owner.id !== indicator.id) {
            error(doc, path, 'duplicate-name', `"${text}" names both ${owner.id} (at ${owner.place}) and ${indicator.id}; expected each indicator name and alias to name one indicator`);
          }
        }
      });
    } else if (value.type === 'rules') {
      value.rules.forEach((rule, i) => {
        const indicator = rule.indicator ? indicators.get(rule.indicator) : undefined;
        checkDimensionFields(rule.check, ['rules', i, 'check'], (path, code, message) => error(doc, path, code, message), { indicator, dimensions, known });
      });
    }
  }
  return diagnostics;
}

interface Context {
  indicator: Indicator | undefined;
  dimensions: ReadonlyMap<string, Dimension>;
  known: string;
}

/**
 * Any check (of any kind, nested ones included) that names a `dimension`: it must exist, the rule's indicator must
 * be reported by it, and its `groups` and `units` must be values of it.
 */
function checkDimensionFields(check: unknown, path: PropertyKey[], error: (path: PropertyKey[], code: string, message: string) => void, context: Context): void {
  if (check === null || typeof check !== 'object') return;
  const fields = check as Record<string, unknown>;
  if (fields.check !== undefined) checkDimensionFields(fields.check, [...path, 'check'], error, context);
  if (typeof fields.dimension !== 'string') return;
  const name = fields.dimension;
  const dimension = context.dimensions.get(name);
  if (dimension === undefined) {
    error([...path, 'dimension'], 'unknown-dimension', `dimension "${name}" is not defined; expected one of: ${context.known}`);
    return;
  }
  const { indicator } = context;
  if (indicator !== undefined && !(indicator.dimensions ?? []).includes(name)) {
    const declared = indicator.dimensions?.length ? `[${indicator.dimensions.join(', ')}]` : 'none';
    error([...path, 'dimension'], 'undeclared-dimension', `indicator ${indicator.id} is not reported by ${name} (its dimensions: ${declared}); expected "${name}" in the indicator's dimensions`);
  }
  if (dimension.values.length === 0) return;
  for (const field of ['groups', 'units'] as const) {
    const listed = fields[field];
    if (!Array.isArray(listed)) continue;
    listed.forEach((unit, k) => {
      if (typeof unit === 'string' && !dimension.values.includes(unit)) {
        error([...path, field, k], 'unknown-dimension-value', `"${unit}" is not a value of ${name}; expected one of: ${dimension.values.slice(0, 10).join(', ')}${dimension.values.length > 10 ? ', …' : ''}`);
      }
    });
  }
}
