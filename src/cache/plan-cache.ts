// A compiled-plan cache keyed by the rule files' content, as linters keep: a warm start skips YAML and zod.
import type { Diagnostic } from '../model/diagnostic.js';
import type { LoadedRule, PlanModel } from '../model/plan-model.js';
import type { Dimension, Indicator } from '../schema/indicator.js';
import type { Plan } from '../schema/plan-file.js';
import type { Rule } from '../schema/rule.js';
import { CacheKey, cacheDirectory, decodeEntry, encodeEntry, readCacheEntry, writeCacheEntry } from './store.js';
import { addRuleFiles } from './input-files.js';
import type { PlansLoadResult } from '../load/plans.js';

const CACHE_FORMAT = 3;
/** Entries kept: one per version of the rule files, and few versions are in use at once. */
const KEEP_ENTRIES = 16;

interface CachedModel {
  plans: Plan[];
  rules: Array<{ rule: Rule; plan: string; domain: string; file: string; line: number }>;
  indicators: Indicator[];
  dimensions: Dimension[];
  files: string[];
  diagnostics: Diagnostic[];
}

export async function loadPlansCached(paths: readonly string[], env: NodeJS.ProcessEnv): Promise<PlansLoadResult> {
  const directory = cacheDirectory(env);
  const key = directory === null ? null : planKey(paths);
  if (directory === null || key === null) return (await import('../load/plans.js')).loadPlans(paths);
  const name = key.fileName('plans');
  const cached = fromCached(decodeEntry(readCacheEntry(directory, name), key)?.meta as CachedModel | undefined);
  if (cached) return cached;
  const loaded = (await import('../load/plans.js')).loadPlans(paths);
  if (!loaded.diagnostics.some((d) => d.severity === 'error')) writeCacheEntry(directory, name, encodeEntry(key, { meta: toCached(loaded), blobs: [] }), KEEP_ENTRIES);
  return loaded;
}

/** The key of a set of rule files, or null when it is not cached (a path missing, empty or unreadable). */
function planKey(paths: readonly string[]): CacheKey | null {
  const key = new CacheKey('plans', CACHE_FORMAT);
  try {
    return addRuleFiles(key, paths) ? key : null;
  } catch {
    // A file vanished or cannot be read: the loader reports it.
    return null;
  }
}

function fromCached(cached: CachedModel | undefined): PlansLoadResult | null {
  if (cached === undefined) return null;
  const plans = new Map(cached.plans.map((p) => [p.id, p]));
  const rules: LoadedRule[] = [];
  for (const r of cached.rules) {
    const plan = plans.get(r.plan);
    const domain = plan?.domains.find((d) => d.id === r.domain);
    if (!plan || !domain) return null;
    rules.push({ rule: r.rule, plan, domain, file: r.file, line: r.line });
  }
  const model: PlanModel = {
    plans: cached.plans,
    rules,
    indicators: new Map(cached.indicators.map((i) => [i.id, i])),
    dimensions: new Map(cached.dimensions.map((d) => [d.id, d])),
    files: cached.files,
  };
  return { model, diagnostics: cached.diagnostics };
}

function toCached(loaded: PlansLoadResult): CachedModel {
  const { model } = loaded;
  return {
    plans: model.plans,
    rules: model.rules.map((r) => ({ rule: r.rule, plan: r.plan.id, domain: r.domain.id, file: r.file, line: r.line })),
    indicators: [...model.indicators.values()],
    dimensions: [...model.dimensions.values()],
    files: model.files,
    diagnostics: loaded.diagnostics,
  };
}
