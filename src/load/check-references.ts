// Cross-checks of what the model refers to: indicators' dimensions, unique indicator names, sane plan years.
// Each of these used to load cleanly and make a rule silently 无数据 (or send rows to the wrong indicator).
import type { Bilingual } from '../i18n/bilingual.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Dimension, Indicator } from '../schema/indicator.js';
import type { PlancheckFile } from '../schema/plan-file.js';
import { modelText } from '../i18n/guard-messages.js';
import type { Located } from './check-model.js';
import { nameKey } from './data/normalize-text.js';

/** Plans are for this century: a deadline of 99999 is a typing slip, not a plan. */
export const YEAR_LIMITS = { earliest: 1949, latest: 2100 } as const;

type Doc = Located<PlancheckFile>;

export function checkReferences(documents: readonly Doc[], indicators: ReadonlyMap<string, Indicator>, dimensions: ReadonlyMap<string, Dimension>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const error = (doc: Doc, path: PropertyKey[], code: string, message: Bilingual) =>
    diagnostics.push({ severity: 'error', code, file: doc.file, ...doc.locate(path), message });
  const known = [...dimensions.keys()].join(', ') || '—';
  const names = new Map<string, { id: string; place: string }>();

  for (const doc of documents) {
    const value = doc.value;
    if (value.type === 'plan') {
      const { baseline_year: baseline, start_year: start, deadline } = value.plan;
      if (baseline < YEAR_LIMITS.earliest || baseline > YEAR_LIMITS.latest) {
        error(doc, ['plan', 'baseline_year'], 'bad-year', modelText.implausibleBaseline(baseline, YEAR_LIMITS.earliest, YEAR_LIMITS.latest));
      }
      if (deadline <= baseline || deadline > YEAR_LIMITS.latest) {
        error(doc, ['plan', 'deadline'], 'bad-year', modelText.badDeadline(deadline, baseline, YEAR_LIMITS.latest));
      } else if (start < baseline || start > deadline) {
        error(doc, ['plan', 'start_year'], 'bad-year', modelText.badStart(start, baseline, deadline));
      }
    } else if (value.type === 'indicators') {
      value.indicators?.forEach((indicator, i) => {
        indicator.dimensions?.forEach((dimension, j) => {
          if (!dimensions.has(dimension)) error(doc, ['indicators', i, 'dimensions', j], 'unknown-dimension', modelText.unknownDimensionOf(dimension, indicator.id, known));
        });
        // A name or alias that two indicators share sends rows to whichever is found first.
        const spellings: Array<[string, PropertyKey[]]> = [[indicator.id, ['id']], [indicator.name, ['name']], ...(indicator.aliases ?? []).map((a, k): [string, PropertyKey[]] => [a, ['aliases', k]])];
        for (const [text, at] of spellings) {
          const key = nameKey(text);
          const path = ['indicators', i, ...at];
          const owner = names.get(key);
          if (owner === undefined) names.set(key, { id: indicator.id, place: `${doc.file}:${doc.locate(path).line}` });
          else if (owner.id !== indicator.id) {
            error(doc, path, 'duplicate-name', modelText.sharedName(text, owner.id, owner.place, indicator.id));
          }
        }
      });
    } else if (value.type === 'rules') {
      value.rules.forEach((rule, i) => {
        const indicator = rule.indicator ? indicators.get(rule.indicator) : undefined;
        checkDimensionFields(rule.check, ['rules', i, 'check'], (path, code, message) => error(doc, path, code, message), { indicator, dimensions });
      });
    }
  }
  return diagnostics;
}

interface Context {
  indicator: Indicator | undefined;
  dimensions: ReadonlyMap<string, Dimension>;
}

/**
 * Any check (of any kind, nested ones included) that names a `dimension` the rule's indicator is not reported by:
 * its rows by that dimension would be read by no rule (check-model.ts checks that the dimension and its units exist).
 */
function checkDimensionFields(check: unknown, path: PropertyKey[], error: (path: PropertyKey[], code: string, message: Bilingual) => void, context: Context): void {
  if (check === null || typeof check !== 'object') return;
  const fields = check as Record<string, unknown>;
  if (fields.check !== undefined) checkDimensionFields(fields.check, [...path, 'check'], error, context);
  if (typeof fields.dimension !== 'string' || !context.dimensions.has(fields.dimension)) return;
  const name = fields.dimension;
  const { indicator } = context;
  if (indicator !== undefined && !(indicator.dimensions ?? []).includes(name)) {
    const declared = indicator.dimensions?.length ? `[${indicator.dimensions.join(', ')}]` : '[]';
    error([...path, 'dimension'], 'undeclared-dimension', modelText.undeclaredDimension(indicator.id, name, declared));
  }
}
