// A data cache keyed by the data files' content and the plans' indicators: CI runs plancheck many times over the
// same sheets (per plan, per year, diff, history), and a warm run then skips CSV parsing and derivation.
import { dataLoadResult, type DataLoadResult } from '../model/data.js';
import { columnBytes, columnsFromBytes } from '../model/observation-columns.js';
import { ObservationTable, type TableSnapshot } from '../model/observation-table.js';
import { CacheKey, cacheDirectory, decodeEntry, encodeEntry, readCacheEntry, writeCacheEntry } from './store.js';
import type { DataLoadOptions, DataModel } from '../load/data/load-state.js';
import { DATA_CACHE_MAX_BYTES, addDataFiles } from './input-files.js';

const CACHE_FORMAT = 1;
/** Entries kept: one per distinct set of data files (a township sheet, a year's export). */
const KEEP_ENTRIES = 32;

interface CachedMeta {
  table: Omit<TableSnapshot, 'columns'>;
  result: Omit<DataLoadResult, 'table' | 'observations'>;
}

export async function loadDataCached(
  paths: readonly string[],
  model: DataModel,
  options: DataLoadOptions,
  env: NodeJS.ProcessEnv,
  maxBytes = DATA_CACHE_MAX_BYTES,
): Promise<DataLoadResult> {
  const directory = cacheDirectory(env);
  const key = directory === null ? null : dataKey(paths, model, options, maxBytes);
  if (directory !== null && key !== null) {
    const cached = fromEntry(readCacheEntry(directory, key.fileName('data')), key);
    if (cached) return cached;
  }
  const { loadData } = await import('../load/data/index.js');
  const data = await loadData([...paths], model, options);
  if (directory !== null && key !== null && !data.diagnostics.some((d) => d.severity === 'error')) {
    writeCacheEntry(directory, key.fileName('data'), toEntry(data, key), KEEP_ENTRIES);
  }
  return data;
}

/** The key of a data set, or null when it is not cached (a path missing or unreadable, or the set too large). */
function dataKey(paths: readonly string[], model: DataModel, options: DataLoadOptions, maxBytes: number): CacheKey | null {
  try {
    return dataKeyOf(paths, model, options, maxBytes);
  } catch {
    // A file vanished or cannot be read: the loader reports it.
    return null;
  }
}

function dataKeyOf(paths: readonly string[], model: DataModel, options: DataLoadOptions, maxBytes: number): CacheKey | null {
  const settings = `encoding ${options.encoding ?? 'detected'}, strict ${options.strict ?? false}`;
  const modelText = JSON.stringify(model);
  // The model's length, not a hash of it, names the entry: cheap, and a plan set with other indicators rarely
  // has the very same length; when it does, the full key still tells them apart.
  const key = new CacheKey('data', CACHE_FORMAT).add(`${settings}, model ${modelText.length}`, true).add(modelText);
  return addDataFiles(key, paths, maxBytes) ? key : null;
}

function toEntry(loaded: DataLoadResult, key: CacheKey): Buffer {
  const { columns, ...table } = loaded.table.toSnapshot();
  const { diagnostics, rows, files } = loaded;
  const meta: CachedMeta = { table, result: { diagnostics, rows, files } };
  return encodeEntry(key, { meta, blobs: columnBytes(columns) });
}

function fromEntry(entry: Buffer | null, key: CacheKey): DataLoadResult | null {
  const payload = decodeEntry(entry, key);
  if (payload === null) return null;
  const meta = payload.meta as CachedMeta;
  const columns = columnsFromBytes(payload.blobs, meta.table.size);
  if (columns === null) return null;
  return dataLoadResult(ObservationTable.fromSnapshot({ ...meta.table, columns }), meta.result);
}
