// The bundled plans compiled at build time (dist/plans.json): the same bytes on every run, so a run that uses them
// reads one JSON file instead of parsing 22 YAML files and validating them with zod.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostic.js';
import type { LoadedRule, PlanModel } from '../model/plan-model.js';
import type { Dimension, Indicator } from '../schema/indicator.js';
import type { Plan } from '../schema/plan-file.js';
import type { Rule } from '../schema/rule.js';
import { findRuleFiles } from './find-files.js';
import type { PlansLoadResult } from './plans.js';

export const COMPILED_PLANS_FILE = 'plans.json';
const FORMAT = 1;

/** A rule file the model came from, by its path under the plans folder, with what its bytes looked like then. */
interface SourceFile {
  file: string;
  size: number;
  mtimeMs: number;
}

export interface CompiledPlans {
  format: number;
  sources: SourceFile[];
  plans: Plan[];
  /** Rules in model order; plan and domain by id, file relative to the plans folder. */
  rules: Array<{ rule: Rule; plan: string; domain: string; file: string; line: number }>;
  indicators: Indicator[];
  dimensions: Dimension[];
  /** Warnings and notes of the load (a build with errors fails). */
  diagnostics: Diagnostic[];
}

/** The model loaded from `plansDir` as JSON-ready data, with paths relative to that folder. */
export function compilePlans(loaded: PlansLoadResult, plansDir: string): CompiledPlans {
  const { model } = loaded;
  const relative = (file: string) => path.relative(plansDir, file).split(path.sep).join('/');
  return {
    format: FORMAT,
    sources: model.files.map((file) => {
      const stat = fs.statSync(file);
      return { file: relative(file), size: stat.size, mtimeMs: stat.mtimeMs };
    }),
    plans: model.plans,
    rules: model.rules.map((r) => ({ rule: r.rule, plan: r.plan.id, domain: r.domain.id, file: relative(r.file), line: r.line })),
    indicators: [...model.indicators.values()],
    dimensions: [...model.dimensions.values()],
    diagnostics: loaded.diagnostics.map((d) => (d.file ? { ...d, file: relative(d.file) } : d)),
  };
}

/**
 * The compiled model of `plansDir` (paths shown as under `plansDir`), or null when there is none or it no longer
 * matches the folder: a rule file added, removed or changed since the build. The caller then loads the YAML.
 */
export function readCompiledPlans(compiledFile: string, plansDir: string): PlansLoadResult | null {
  let compiled: CompiledPlans;
  try {
    compiled = JSON.parse(fs.readFileSync(compiledFile, 'utf8')) as CompiledPlans;
  } catch {
    return null;
  }
  if (compiled.format !== FORMAT || !matchesFolder(compiled.sources, plansDir)) return null;
  // 260 rules name 22 files: each path is joined once (path.join is costly before V8 optimises anything).
  const shownPaths = new Map<string, string>();
  const shown = (file: string) => {
    let joined = shownPaths.get(file);
    if (joined === undefined) shownPaths.set(file, (joined = path.join(plansDir, file)));
    return joined;
  };
  const plans = new Map(compiled.plans.map((p) => [p.id, p]));
  const rules: LoadedRule[] = compiled.rules.map((r) => {
    const plan = plans.get(r.plan)!;
    return { rule: r.rule, plan, domain: plan.domains.find((d) => d.id === r.domain)!, file: shown(r.file), line: r.line };
  });
  const model: PlanModel = {
    plans: compiled.plans,
    rules,
    indicators: new Map(compiled.indicators.map((i) => [i.id, i])),
    dimensions: new Map(compiled.dimensions.map((d) => [d.id, d])),
    files: compiled.sources.map((s) => shown(s.file)),
  };
  return { model, diagnostics: compiled.diagnostics.map((d) => (d.file ? { ...d, file: shown(d.file) } : d)) };
}

/** Same rule files, same sizes and modification times: a checkout edited after `npm run build` is loaded afresh. */
function matchesFolder(sources: readonly SourceFile[], plansDir: string): boolean {
  const { files } = findRuleFiles([plansDir]);
  if (files.length !== sources.length) return false;
  return sources.every((source, i) => {
    if (files[i] !== path.join(plansDir, source.file)) return false;
    try {
      const stat = fs.statSync(files[i]!);
      return stat.size === source.size && stat.mtimeMs === source.mtimeMs;
    } catch {
      return false;
    }
  });
}
