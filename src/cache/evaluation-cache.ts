// An evaluation cache, as linters cache their results by file content: the same rule files, data files, year,
// filters and settings give the same evaluation, so a repeat run (CI re-running a job, a statistics officer
// re-printing the table) reads it back instead of loading and evaluating. Rendering always runs.
import type { Report } from '../evaluate/evaluate-plans.js';
import type { DataLoadResult } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Plan } from '../schema/plan-file.js';
import { DATA_CACHE_MAX_BYTES, addDataFiles, addRuleFiles } from './input-files.js';
import { CacheKey, cacheDirectory, decodeEntry, encodeEntry, survivesJson, readCacheEntry, writeCacheEntry } from './store.js';

const CACHE_FORMAT = 1;
/** Entries kept: one per set of files, year, filters and settings in use. */
const KEEP_ENTRIES = 64;

/** What `evaluate` prints from: the report, and what the table and the intake lines need besides. */
export interface Evaluation {
  report: Report;
  plans: Plan[];
  /** Every file read (rules and data): --output must never overwrite one. */
  files: string[];
  diagnostics: Diagnostic[];
  rows: DataLoadResult['rows'];
}

export interface EvaluationRequest {
  planPaths: readonly string[];
  dataPaths: readonly string[];
  /** As given (`--year`), null for "the latest year in the data". */
  year: string | null;
  filter: { plan?: string; domain?: string; lead?: string };
  encoding?: string;
  strict?: boolean;
}

/**
 * The evaluation made before from byte-identical rule and data files with the same request, else `evaluate()`'s.
 * Not cached: runs with errors (they throw), data sets over the data cache's limit, and evaluations JSON would not
 * carry exactly (NaN, undefined).
 */
export async function evaluateCached(
  request: EvaluationRequest,
  env: NodeJS.ProcessEnv,
  evaluate: () => Promise<Evaluation>,
  maxDataBytes = DATA_CACHE_MAX_BYTES,
): Promise<Evaluation> {
  const directory = cacheDirectory(env);
  const key = directory === null ? null : evaluationKey(request, maxDataBytes);
  if (directory === null || key === null) return evaluate();
  const payload = decodeEntry(readCacheEntry(directory, key.fileName('evaluation')), key);
  if (payload !== null) return payload.meta as Evaluation;
  const evaluation = await evaluate();
  if (survivesJson(evaluation)) writeCacheEntry(directory, key.fileName('evaluation'), encodeEntry(key, { meta: evaluation, blobs: [] }), KEEP_ENTRIES);
  return evaluation;
}

function evaluationKey(request: EvaluationRequest, maxDataBytes: number): CacheKey | null {
  const { planPaths, dataPaths, year, filter, encoding, strict } = request;
  const settings = JSON.stringify({ year, plan: filter.plan ?? null, domain: filter.domain ?? null, lead: filter.lead ?? null, encoding: encoding ?? null, strict: strict ?? false });
  const key = new CacheKey('evaluation', CACHE_FORMAT).add(settings, true);
  try {
    return addRuleFiles(key, planPaths) && addDataFiles(key, dataPaths, maxDataBytes) ? key : null;
  } catch {
    // A file vanished or cannot be read: the loader reports it.
    return null;
  }
}
