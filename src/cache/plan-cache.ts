// A compiled-plan cache keyed by the rule files' content, as linters keep: a warm start skips YAML and zod.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../model/diagnostic.js';
import type { LoadedRule, PlanModel } from '../model/plan-model.js';
import type { Dimension, Indicator } from '../schema/indicator.js';
import type { Plan } from '../schema/plan-file.js';
import type { Rule } from '../schema/rule.js';
import { ContentHash } from './content-hash.js';
import { findFiles } from './find-files.js';
import type { PlansLoadResult } from './plans.js';

const CACHE_FORMAT = 2;
// The folder of the running code: dist/chunks when bundled, src/load under the tests.
const HERE = path.dirname(fileURLToPath(import.meta.url));

interface CachedModel {
  format: number;
  plans: Plan[];
  rules: Array<{ rule: Rule; plan: string; domain: string; file: string; line: number }>;
  indicators: Indicator[];
  dimensions: Dimension[];
  files: string[];
  diagnostics: Diagnostic[];
}

export function cacheDirectory(env: NodeJS.ProcessEnv): string | null {
  if (env.PLANCHECK_CACHE === '0') return null;
  return env.PLANCHECK_CACHE_DIR || path.join(os.tmpdir(), 'plancheck-cache');
}

export async function loadPlansCached(paths: readonly string[], env: NodeJS.ProcessEnv): Promise<PlansLoadResult> {
  const directory = cacheDirectory(env);
  const { files, missing } = findFiles(paths, ['.yaml', '.yml'], ['source']);
  if (!directory || missing.length > 0 || files.length === 0) return (await import('./plans.js')).loadPlans(paths);
  const entry = path.join(directory, `${cacheKey(files)}.json`);
  const cached = readEntry(entry);
  if (cached) return cached;
  const loaded = (await import('./plans.js')).loadPlans(paths);
  if (!loaded.diagnostics.some((d) => d.severity === 'error')) writeEntry(directory, entry, loaded);
  return loaded;
}

function cacheKey(files: readonly string[]): string {
  const hash = new ContentHash().update(`plancheck-plans ${CACHE_FORMAT}\0`);
  // A rebuild rewrites every file of the bundle (loader and schemas included), so it invalidates every entry.
  for (const code of fs.readdirSync(HERE).sort()) {
    if (!/\.[cm]?[jt]s$/.test(code)) continue;
    const stat = fs.statSync(path.join(HERE, code), { throwIfNoEntry: false });
    hash.update(`${code}:${stat?.size}:${stat?.mtimeMs}\0`);
  }
  for (const file of files) hash.update(`${file}\0`).update(fs.readFileSync(file)).update('\0');
  return hash.digest();
}

function readEntry(entry: string): PlansLoadResult | null {
  let cached: CachedModel;
  try {
    cached = JSON.parse(fs.readFileSync(entry, 'utf8')) as CachedModel;
  } catch {
    return null;
  }
  if (cached.format !== CACHE_FORMAT) return null;
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

function writeEntry(directory: string, entry: string, loaded: PlansLoadResult): void {
  const { model } = loaded;
  const cached: CachedModel = {
    format: CACHE_FORMAT,
    plans: model.plans,
    rules: model.rules.map((r) => ({ rule: r.rule, plan: r.plan.id, domain: r.domain.id, file: r.file, line: r.line })),
    indicators: [...model.indicators.values()],
    dimensions: [...model.dimensions.values()],
    files: model.files,
    diagnostics: loaded.diagnostics,
  };
  try {
    fs.mkdirSync(directory, { recursive: true });
    // Write then rename, so a concurrent run never reads half an entry.
    const temporary = `${entry}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, JSON.stringify(cached));
    fs.renameSync(temporary, entry);
  } catch {
    // The cache is an optimisation: an unwritable folder only costs speed.
  }
}
