// Cross-file checks: plans and domains exist, ids are unique, indicators and derivations resolve.
import type { Bilingual } from '../i18n/bilingual.js';
import { planText } from '../i18n/diagnostics/plans.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { LoadedRule, PlanModel } from '../model/plan-model.js';
import type { Dimension, Indicator } from '../schema/indicator.js';
import type { Plan, PlancheckFile } from '../schema/plan-file.js';
import type { Rule } from '../schema/rule.js';
import { modelText } from '../i18n/guard-messages.js';
import { checkReferences } from './check-references.js';

export interface Located<T> {
  value: T;
  file: string;
  locate(path: ReadonlyArray<PropertyKey>): { line: number; column: number };
}

export function checkModel(documents: ReadonlyArray<Located<PlancheckFile>>): { model: Omit<PlanModel, 'files'>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const error = (doc: Located<PlancheckFile>, path: PropertyKey[], code: string, message: Bilingual) =>
    diagnostics.push({ severity: 'error', code, file: doc.file, ...doc.locate(path), message });

  const plans = new Map<string, Plan>();
  const indicators = new Map<string, Indicator>();
  const dimensions = new Map<string, Dimension>();
  /** Where each plan, indicator, dimension and rule id was first defined, so a second definition names both places. */
  const places = new Map<string, string>();
  const firstAt = (key: string, doc: Located<PlancheckFile>, path: PropertyKey[]): string | undefined => {
    const first = places.get(key);
    if (first === undefined) places.set(key, `${doc.file}:${doc.locate(path).line}`);
    return first;
  };
  for (const doc of documents) {
    const value = doc.value;
    if (value.type === 'plan') {
      const first = firstAt(`plan ${value.plan.id}`, doc, ['plan', 'id']);
      if (first !== undefined) error(doc, ['plan', 'id'], 'duplicate-id', modelText.definedTwice('plan', value.plan.id, first, modelText.onePlanFile));
      else plans.set(value.plan.id, value.plan);
    } else if (value.type === 'indicators') {
      value.indicators?.forEach((indicator, i) => {
        const first = firstAt(`indicator ${indicator.id}`, doc, ['indicators', i, 'id']);
        // The same definition twice (a shared file copied into a plan's folder) is harmless; a different one is not.
        if (first === undefined) indicators.set(indicator.id, indicator);
        else if (!sameDefinition(indicators.get(indicator.id), indicator)) {
          error(doc, ['indicators', i, 'id'], 'duplicate-id', modelText.definedTwice('indicator', indicator.id, first, modelText.oneIndicatorId));
        }
      });
      value.dimensions?.forEach((dimension, i) => {
        const first = firstAt(`dimension ${dimension.id}`, doc, ['dimensions', i, 'id']);
        if (first === undefined) dimensions.set(dimension.id, dimension);
        else if (!sameDefinition(dimensions.get(dimension.id), dimension)) {
          error(doc, ['dimensions', i, 'id'], 'duplicate-id', modelText.definedTwice('dimension', dimension.id, first, modelText.oneDimension));
        }
      });
    }
  }

  const rules: LoadedRule[] = [];
  for (const doc of documents) {
    const value = doc.value;
    if (value.type !== 'rules') continue;
    const plan = plans.get(value.plan);
    if (!plan) {
      error(doc, ['plan'], 'unknown-plan', planText.unknownPlan(value.plan, [...plans.keys()].join(', ')));
      continue;
    }
    const domain = plan.domains.find((d) => d.id === value.domain);
    if (!domain) {
      error(doc, ['domain'], 'unknown-domain', planText.unknownDomain(value.domain, plan.id, plan.domains.map((d) => d.id).join(', ')));
      continue;
    }
    value.rules.forEach((rule, i) => {
      const at = (...path: PropertyKey[]) => ['rules', i, ...path];
      const first = firstAt(`rule ${rule.id}`, doc, at('id'));
      if (first !== undefined) error(doc, at('id'), 'duplicate-id', modelText.ruleIdTwice(rule.id, first));
      if (rule.indicator && !indicators.has(rule.indicator)) error(doc, at('indicator'), 'unknown-indicator', planText.unknownIndicator(rule.indicator));
      const check = rule.check;
      if (check.kind === 'compare' && !indicators.has(check.other)) error(doc, at('check', 'other'), 'unknown-indicator', planText.unknownReference(check.other));
      checkDimensions(check, dimensions, (path, code, message) => error(doc, at('check', ...path), code, message));
      rules.push({ rule, plan, domain, file: doc.file, line: doc.locate(at()).line });
    });
  }

  for (const doc of documents) {
    if (doc.value.type !== 'indicators') continue;
    doc.value.indicators?.forEach((indicator, i) => {
      const derivation = indicator.derivation;
      if (!derivation) return;
      for (const part of ['numerator', 'denominator'] as const) {
        if (!indicators.has(derivation[part])) error(doc, ['indicators', i, 'derivation', part], 'unknown-indicator', planText.unknownPart(part, derivation[part], indicator.id));
      }
      const cycle = findDerivationCycle(indicator.id, indicators);
      if (cycle) error(doc, ['indicators', i, 'derivation'], 'derivation-cycle', planText.derivationCycle(cycle.join(' → ')));
    });
  }
  diagnostics.push(...checkReferences(documents, indicators, dimensions));
  // Report in the order of the published document: plan order, then each plan's domain order.
  const orderedPlans = [...plans.values()].sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity));
  const rank = (r: LoadedRule) => [orderedPlans.indexOf(r.plan), r.plan.domains.indexOf(r.domain)] as const;
  const orderedRules = rules
    .map((r, i) => ({ r, i, key: rank(r) }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.i - b.i)
    .map(({ r }) => r);
  return { model: { plans: orderedPlans, rules: orderedRules, indicators, dimensions }, diagnostics };
}

function sameDefinition(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function findDerivationCycle(start: string, indicators: ReadonlyMap<string, Indicator>): string[] | null {
  const visit = (id: string, trail: string[]): string[] | null => {
    const derivation = indicators.get(id)?.derivation;
    if (!derivation) return null;
    for (const part of [derivation.numerator, derivation.denominator]) {
      if (part === start) return [...trail, part];
      if (trail.includes(part)) return null;
      const found = visit(part, [...trail, part]);
      if (found) return found;
    }
    return null;
  };
  return visit(start, [start]);
}

/** A rule's dimension and the units it names must be declared: a misspelt one would otherwise judge nothing. */
function checkDimensions(check: Rule['check'], dimensions: ReadonlyMap<string, Dimension>, error: (path: PropertyKey[], code: string, message: Bilingual) => void): void {
  if (check.kind !== 'each_unit' && check.kind !== 'gap' && check.kind !== 'each_site') return;
  const dimension = dimensions.get(check.dimension);
  if (dimension === undefined) {
    error(['dimension'], 'unknown-dimension', planText.unknownDimension(check.dimension, [...dimensions.keys()].join(', ')));
    return;
  }
  // Units of a county list come with the data and are checked there; fixed values (城镇, 农村) are checked here.
  if (dimension.list_file !== undefined || dimension.values.length === 0) return;
  const [key, named] = check.kind === 'gap' ? ['groups', check.groups] : check.kind === 'each_unit' ? ['units', check.units] : ['', undefined];
  if (!Array.isArray(named)) return;
  named.forEach((unit, i) => {
    if (!dimension.values.includes(unit)) error([key, i], 'unknown-dimension-value', planText.notAValueOf(unit, dimension.id, dimension.values.join(', ')));
  });
}
