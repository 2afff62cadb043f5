// Resolve the indicator column of a data row: indicator id, Chinese name, alias, or a qualitative rule id.
import type { Bilingual } from '../../i18n/bilingual.js';
import { dataRowText } from '../../i18n/diagnostics/data-rows.js';
import type { Indicator } from '../../schema/indicator.js';
import type { ValueRange } from '../../core/value-range.js';
import { nameKey } from './normalize-text.js';
import { closestLabels, type Candidate } from './similarity.js';
import { normalizeUnit } from './units.js';

export type ResolvedName = (
  | { kind: 'indicator'; id: string; indicator: Indicator; /** canonical unit */ unit: string }
  | { kind: 'rule'; id: string }
) & {
  /** The id's number in the observation table, set on first use. */
  idNumber?: number;
  /** The indicator's valid range, set on first use. */
  range?: ValueRange;
};

const CACHE_LIMIT = 50_000;

export class IndicatorLookup {
  private readonly byKey = new Map<string, ResolvedName>();
  private readonly candidates: Candidate[] = [];
  private readonly cache = new Map<string, ResolvedName | null>();
  private lastRaw: string | undefined;
  private lastResolved: ResolvedName | undefined;
  /** Every indicator unit of the model (canonical), so the value parser knows them as units. */
  readonly modelUnits: ReadonlySet<string>;

  constructor(indicators: readonly Indicator[], ruleIds: readonly string[]) {
    // Earlier entries win: ids, then names, then aliases, then rule ids.
    for (const ind of indicators) this.add(ind.id, ind, `${ind.name} (${ind.id})`);
    for (const ind of indicators) this.add(ind.name, ind, `${ind.name} (${ind.id})`);
    for (const ind of indicators) for (const alias of ind.aliases ?? []) this.add(alias, ind, `${ind.name} (${ind.id})`);
    for (const rule of ruleIds) this.addRule(rule);
    this.modelUnits = new Set(indicators.map((i) => normalizeUnit(i.unit)));
  }

  /** The indicator or rule a cell names, or undefined when it names nothing known. */
  resolve(raw: string): ResolvedName | undefined {
    // Rows usually come grouped by indicator: comparing with the last cell is cheaper than hashing it.
    if (raw === this.lastRaw) return this.lastResolved;
    const resolved = this.lookup(raw);
    this.lastRaw = raw;
    this.lastResolved = resolved;
    return resolved;
  }

  private lookup(raw: string): ResolvedName | undefined {
    const cached = this.cache.get(raw);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.byKey.get(nameKey(raw)) ?? null;
    if (this.cache.size < CACHE_LIMIT) this.cache.set(raw, found);
    return found ?? undefined;
  }

  /** Up to three known names most like an unknown one. */
  suggest(raw: string): string[] {
    return closestLabels(nameKey(raw), this.candidates);
  }

  private add(name: string, indicator: Indicator, label: string): void {
    const key = nameKey(name);
    if (key === '') return;
    this.candidates.push({ key, label, target: indicator.id });
    if (!this.byKey.has(key)) this.byKey.set(key, { kind: 'indicator', id: indicator.id, indicator, unit: normalizeUnit(indicator.unit) });
  }

  private addRule(rule: string): void {
    const key = nameKey(rule);
    if (key === '') return;
    this.candidates.push({ key, label: `${rule} (rule)`, target: `rule:${rule}` });
    if (!this.byKey.has(key)) this.byKey.set(key, { kind: 'rule', id: rule });
  }
}

/** How an indicator is named in messages. */
export function describeIndicator(resolved: ResolvedName): Bilingual {
  return resolved.kind === 'rule' ? dataRowText.rule(resolved.id) : dataRowText.indicator(resolved.indicator.name, resolved.id);
}
