// `plancheck evaluate`: load rules and data, evaluate one year, render, pick the exit code.
import type { Report } from '../evaluate/evaluate-plans.js';
import type { DataLoadResult } from '../model/data.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { Plan } from '../schema/plan-file.js';
import { byCodePoint } from '../load/data/list-files.js';
import type { Status } from '../evaluate/types.js';
import { renderers, type Format } from '../render/index.js';
import { resolveColor, resolveLang } from './environment.js';
import { EXIT, UsageError } from './exit-codes.js';
import type { Io } from './io.js';
import { latestYear, loadInputs, reportDataIntake, resolveDataPaths, resolvePlanPaths, type LoadedInputs } from './load-inputs.js';
import { parseFormat, parseStatuses, parseYear } from './options.js';
import { createProgress } from './progress.js';
import { writeOutput } from './write-output.js';

export interface EvaluateOptions {
  plans?: string[];
  year?: string;
  plan?: string;
  domain?: string;
  lead?: string;
  format?: string;
  output?: string;
  lang?: string;
  failOn?: string;
  bom?: boolean;
  encoding?: 'utf-8' | 'gb18030';
  strict?: boolean;
}

export async function runEvaluate(dataArgs: string[], options: EvaluateOptions, io: Io): Promise<number> {
  const lang = resolveLang(options.lang, io.env);
  const format = parseFormat<Format>(options.format);
  const failOn = parseStatuses(options.failOn ?? 'fail', '--fail-on');
  const planPaths = resolvePlanPaths(options, io);
  const dataPaths = resolveDataPaths(dataArgs, io);
  const { report, plans, files, diagnostics, rows } = await evaluateInputs(dataArgs, options, io, lang);
  reportDataIntake({ diagnostics, data: { rows } }, io, lang);
  const text = renderers[format](report, {
    lang,
    color: format === 'table' && resolveColor(io.env, io.stdoutIsTTY, Boolean(options.output)),
    plans,
    inputs: { plans: [...planPaths].sort(byCodePoint), data: [...dataPaths].sort(byCodePoint) },
    failOn,
    width: Number(io.env.COLUMNS) || 80,
    bom: Boolean(options.bom),
  });
  if (options.output) await writeOutput(options.output, text, files, lang);
  else io.stdout(text);
  return exitCodeFor(report, failOn);
}

/** What `evaluate` prints from: the report, and what the table and the intake lines need besides. */
interface Evaluation {
  report: Report;
  plans: Plan[];
  /** Every file read (rules and data): --output must never overwrite one. */
  files: string[];
  diagnostics: Diagnostic[];
  rows: DataLoadResult['rows'];
}

/** Load, check the filters, evaluate. */
async function evaluateInputs(dataArgs: string[], options: EvaluateOptions, io: Io, lang: 'zh' | 'en'): Promise<Evaluation> {
  const progress = createProgress(io, lang);
  const inputs = await loadInputs(dataArgs, options, io, undefined, progress);
  const year = parseYear(options.year) ?? latestYear(inputs);
  checkFilters(inputs, options);
  progress.step(lang === 'zh' ? `评估 ${inputs.model.rules.length} 条规则…` : `evaluating ${inputs.model.rules.length} rules…`);
  const [{ evaluatePlans }, { buildDataIndex }] = await Promise.all([import('../evaluate/evaluate-plans.js'), import('../evaluate/data-index.js')]);
  const report = evaluatePlans(inputs.model, buildDataIndex(inputs.data.table, inputs.model), year, options);
  progress.done();
  const { diagnostics, data, model } = inputs;
  return { report, plans: model.plans, files: [...model.files, ...data.files], diagnostics, rows: data.rows };
}

export function exitCodeFor(report: Report, failOn: readonly Status[]): number {
  return report.results.some((r) => failOn.includes(r.status)) ? EXIT.failOn : EXIT.ok;
}

function checkFilters(inputs: LoadedInputs, options: EvaluateOptions): void {
  const { plans } = inputs.model;
  const fail = (message: string) => {
    throw new UsageError(message);
  };
  if (options.plan && !plans.some((p) => p.id === options.plan)) fail(`--plan "${options.plan}" matches no plan; expected one of: ${plans.map((p) => p.id).join(', ')}`);
  if (options.domain && !plans.some((p) => p.domains.some((d) => d.id === options.domain))) {
    fail(`--domain "${options.domain}" matches no domain; expected one of: ${[...new Set(plans.flatMap((p) => p.domains.map((d) => d.id)))].join(', ')}`);
  }
}
