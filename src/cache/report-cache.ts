// An evaluation cache, as linters cache their results: the same cached plans and data, year and filters give the
// same report, so a repeat run (CI re-running a job, a statistics officer re-printing a table) skips evaluation.
import type { Report, RuleFilter } from '../evaluate/evaluate-plans.js';
import type { DataLoadResult } from '../model/data.js';
import type { PlanModel } from '../model/plan-model.js';
import { CacheKey, cacheDirectory, decodeEntry, encodeEntry, exactJson, newGeneration, readCacheEntry, writeCacheEntry } from './store.js';

const CACHE_FORMAT = 1;
/** Entries kept: one per plans, data, year and filter combination in use. */
const KEEP_ENTRIES = 64;

export interface EvaluationInputs {
  model: PlanModel;
  data: DataLoadResult;
  /** The cache generations of the plans and the data; null when either was not cached. */
  cacheGeneration: string | null;
}

/**
 * evaluatePlans, or the report it gave before for the very same cached inputs. Keyed by the plans' and the data's
 * cache generations (new whenever either entry is rewritten), the code, the year and the filters. A report that
 * JSON would not carry exactly (NaN, undefined) is never cached.
 */
export async function evaluatePlansCached(inputs: EvaluationInputs, year: number, filter: RuleFilter, env: NodeJS.ProcessEnv): Promise<Report> {
  const directory = cacheDirectory(env);
  const key =
    directory === null || inputs.cacheGeneration === null
      ? null
      : new CacheKey('report', CACHE_FORMAT).add(`${inputs.cacheGeneration} ${year} ${JSON.stringify([filter.plan ?? null, filter.domain ?? null, filter.lead ?? null, filter.kind ?? null])}`, true);
  if (directory !== null && key !== null) {
    const payload = decodeEntry(readCacheEntry(directory, key.fileName('report')), key);
    if (payload !== null) return payload.meta as Report;
  }
  const [{ evaluatePlans }, { buildDataIndex }] = await Promise.all([import('../evaluate/evaluate-plans.js'), import('../evaluate/data-index.js')]);
  const report = evaluatePlans(inputs.model, buildDataIndex(inputs.data.table, inputs.model), year, filter);
  if (directory !== null && key !== null && exactJson(report) !== null) {
    writeCacheEntry(directory, key.fileName('report'), encodeEntry(key, { meta: report, blobs: [], generation: newGeneration() }), KEEP_ENTRIES);
  }
  return report;
}
