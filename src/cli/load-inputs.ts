// Loads rule files and data for a command, stopping with an InputError on any error.
import { loadData } from '../load/data/index.js';
import { readUnitLists, withUnitLists } from '../load/unit-lists.js';
import { optimizeFully } from './optimizer.js';
import type { DataLoadResult } from '../model/data.js';
import { InputError, type Diagnostic } from '../model/diagnostic.js';
import type { PlanModel } from '../model/plan-model.js';
import fs from 'node:fs';
import path from 'node:path';
import { COMPILED_PLANS_FILE, readCompiledPlans } from '../load/compiled-plans.js';
import { unitsReadByRules } from '../load/units-read.js';
import { byCodePoint } from '../load/data/list-files.js';
import { message } from '../i18n/messages.js';
import type { PlansLoadResult } from '../load/plans.js';
import { renderDiagnostics } from '../render/diagnostics.js';
import { chooseDataSource } from './data-source.js';
import { defaultInput, PACKAGE_ROOT, resolveLang } from './environment.js';
import { checkDataRows } from './input-checks.js';
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
  /** --sample: read the bundled sample data on purpose. */
  sample?: boolean;
}

export interface LoadedInputs {
  model: PlanModel;
  data: DataLoadResult;
  planPaths: string[];
  dataPaths: string[];
  diagnostics: Diagnostic[];
  /** The data is the bundled sample: every output says so. */
  sample: boolean;
}

export function resolvePlanPaths(options: InputOptions, io: Io): string[] {
  return options.plans?.length ? options.plans : [defaultInput('plans', io.cwd).path];
}

export function resolveDataPaths(dataArgs: readonly string[], io: Io, options: Pick<InputOptions, 'sample' | 'lang'> = {}): string[] {
  return chooseDataSource(dataArgs, io, { sample: options.sample, lang: resolveLang(options.lang, io.env) }).paths;
}

export interface LoadedModel {
  model: PlanModel;
  planPaths: string[];
  diagnostics: Diagnostic[];
}

export async function loadModelOrThrow(options: InputOptions, io: Io): Promise<LoadedModel> {
  const planPaths = resolvePlanPaths(options, io);
  const { model, diagnostics } = await loadPlanFiles(planPaths, options);
  if (!options.collectOnly && diagnostics.some((d) => d.severity === 'error')) throw new InputError(diagnostics);
  return { model, planPaths, diagnostics };
}

/**
 * The bundled plans come compiled from the build (dist/plans.json); a user's --plans, a folder of their own, or a
 * checkout edited since the build go through the YAML loader with its file:line errors.
 */
async function loadPlanFiles(planPaths: string[], options: InputOptions): Promise<PlansLoadResult> {
  const bundledPlans = path.join(PACKAGE_ROOT, 'plans');
  const [only] = planPaths;
  if (!options.plans?.length && planPaths.length === 1 && isSameFolder(only!, bundledPlans)) {
    const compiled = readCompiledPlans(path.join(PACKAGE_ROOT, 'dist', COMPILED_PLANS_FILE), only!);
    if (compiled) return compiled;
  }
  return (await import('../load/plans.js')).loadPlans(planPaths);
}

function isSameFolder(a: string, b: string): boolean {
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}

export async function loadInputs(
  dataArgs: string[],
  options: InputOptions,
  io: Io,
  preloaded?: LoadedModel,
  progress: Progress = createProgress(io, resolveLang(options.lang, io.env)),
): Promise<LoadedInputs> {
  const { model: rules, planPaths, diagnostics: planProblems } = preloaded ?? (await loadModelOrThrow(options, io));
  const source = chooseDataSource(dataArgs, io, { sample: options.sample, lang: resolveLang(options.lang, io.env) });
  const dataPaths = source.paths;
  // The county's own township and village lists come with the data and complete the model's dimensions.
  const unitLists = await readUnitLists(dataPaths, rules, options.encoding);
  const model = withUnitLists(rules, unitLists.lists);
  const years = {
    min: Math.min(...model.plans.map((p) => p.baseline_year)),
    // A rule may run past its plan (deadline: 2030): its years of data are accepted too.
    max: Math.max(...model.plans.map((p) => p.deadline), ...model.rules.map((r) => r.rule.deadline ?? r.plan.deadline)),
  };
  const ruleIds = model.rules.filter((r) => r.rule.check.kind === 'qualitative').map((r) => r.rule.id);
  const dataModel = { indicators: [...model.indicators.values()], dimensions: [...model.dimensions.values()], ruleIds, years, unitsRead: unitsReadByRules(model) };
  // Large input switches V8's optimising compiler back on: announced by size before reading, and in any case once
  // 100,000 rows have been read (a FIFO or /dev/stdin has no size to announce).
  const onProgress = (rowsRead: number, file: string) => {
    optimizeFully();
    progress.rows(rowsRead, file);
  };
  const loadOptions = { encoding: options.encoding, strict: options.strict, onProgress, onLargeInput: optimizeFully };
  const data = await loadData(dataPaths, dataModel, loadOptions).finally(() => progress.done());
  const diagnostics = [...planProblems, ...unitLists.diagnostics, ...data.diagnostics];
  if (!options.collectOnly && diagnostics.some((d) => d.severity === 'error')) throw new InputError(diagnostics);
  if (!options.collectOnly) checkDataRows(data, dataPaths, diagnostics);
  // Listed sorted, as they are read: the order on the command line must not change a byte of the output.
  return { model, data, planPaths: [...planPaths].sort(byCodePoint), dataPaths: [...dataPaths].sort(byCodePoint), diagnostics, sample: source.sample };
}

/** The latest year with any observation; the plans' baseline year when the data is empty. */
export function latestYear(inputs: LoadedInputs): number {
  return inputs.data.table.yearSpan()?.last ?? Math.min(...inputs.model.plans.map((p) => p.baseline_year));
}

/** Warnings of one kind shown before the rest are counted (validate lists them all). */
const EXAMPLES_PER_KIND = 3;

/** Warnings go to stderr, with the row counts, so a statistics officer sees what was not used. */
export function reportDataIntake(inputs: Pick<LoadedInputs, 'diagnostics'> & { data: Pick<LoadedInputs['data'], 'rows'> }, io: Io, lang: 'zh' | 'en'): void {
  const warnings = renderDiagnostics(inputs.diagnostics, { includeInfo: false, examplesPerKind: EXAMPLES_PER_KIND, lang });
  if (warnings) io.stderr(warnings);
  const { read, used, unused } = inputs.data.rows;
  if (unused.length > 0 || warnings) {
    io.stderr(`${message('dataRows', lang, { read, used, unused: unused.length })}\n`);
  }
}
