// Loads rule files and data for a command, stopping with an InputError on any error.
import type { DataLoadResult } from '../model/data.js';
import { InputError, type Diagnostic } from '../model/diagnostic.js';
import type { PlanModel } from '../model/plan-model.js';
import { loadPlansCached } from '../cache/plan-cache.js';
import { loadDataCached } from '../cache/data-cache.js';
import { byCodePoint } from '../load/data/list-files.js';
import { message } from '../i18n/messages.js';
import { renderDiagnostics } from '../render/diagnostics.js';
import { defaultInput, resolveLang } from './environment.js';
import type { Io } from './io.js';
import { createProgress, type Progress } from './progress.js';

export interface InputOptions {
  plans?: string[];
  encoding?: 'utf-8' | 'gb18030';
  strict?: boolean;
  /** validate collects every problem instead of stopping at the first failed stage. */
  collectOnly?: boolean;
  /** For the progress line on a terminal. */
  lang?: string;
}

export interface LoadedInputs {
  model: PlanModel;
  data: DataLoadResult;
  planPaths: string[];
  dataPaths: string[];
  diagnostics: Diagnostic[];
}

export function resolvePlanPaths(options: InputOptions, io: Io): string[] {
  return options.plans?.length ? options.plans : [defaultInput('plans', io.cwd).path];
}

export function resolveDataPaths(dataArgs: readonly string[], io: Io): string[] {
  return dataArgs.length ? [...dataArgs] : [defaultInput('data', io.cwd).path];
}

export interface LoadedModel {
  model: PlanModel;
  planPaths: string[];
  diagnostics: Diagnostic[];
}

export async function loadModelOrThrow(options: InputOptions, io: Io): Promise<LoadedModel> {
  const planPaths = resolvePlanPaths(options, io);
  const { model, diagnostics } = await loadPlansCached(planPaths, io.env);
  if (!options.collectOnly && diagnostics.some((d) => d.severity === 'error')) throw new InputError(diagnostics);
  return { model, planPaths, diagnostics };
}

export async function loadInputs(
  dataArgs: string[],
  options: InputOptions,
  io: Io,
  preloaded?: LoadedModel,
  progress: Progress = createProgress(io, resolveLang(options.lang, io.env)),
): Promise<LoadedInputs> {
  const { model, planPaths, diagnostics: planProblems } = preloaded ?? (await loadModelOrThrow(options, io));
  const dataPaths = resolveDataPaths(dataArgs, io);
  const years = {
    min: Math.min(...model.plans.map((p) => p.baseline_year)),
    max: Math.max(...model.plans.map((p) => p.deadline)),
  };
  const ruleIds = model.rules.filter((r) => r.rule.check.kind === 'qualitative').map((r) => r.rule.id);
  const dataModel = { indicators: [...model.indicators.values()], dimensions: [...model.dimensions.values()], ruleIds, years };
  const loadOptions = { encoding: options.encoding, strict: options.strict, onProgress: progress.rows };
  const data = await loadDataCached(dataPaths, dataModel, loadOptions, io.env).finally(() => progress.done());
  const diagnostics = [...planProblems, ...data.diagnostics];
  if (!options.collectOnly && diagnostics.some((d) => d.severity === 'error')) throw new InputError(diagnostics);
  // Listed sorted, as they are read: the order on the command line must not change a byte of the output.
  return { model, data, planPaths: [...planPaths].sort(byCodePoint), dataPaths: [...dataPaths].sort(byCodePoint), diagnostics };
}

/** Warnings go to stderr, with the row counts, so a statistics officer sees what was not used. */
export function reportDataIntake(inputs: Pick<LoadedInputs, 'diagnostics'> & { data: Pick<LoadedInputs['data'], 'rows'> }, io: Io, lang: 'zh' | 'en'): void {
  const warnings = renderDiagnostics(inputs.diagnostics, { includeInfo: false });
  if (warnings) io.stderr(warnings);
  const { read, used, unused } = inputs.data.rows;
  if (unused.length > 0 || warnings) {
    io.stderr(`${message('dataRows', lang, { read, used, unused: unused.length })}\n`);
  }
}
